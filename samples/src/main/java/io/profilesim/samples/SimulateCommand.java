package io.profilesim.samples;

import io.profilesim.IngestionReport;
import io.profilesim.samples.batch.BatchRun;
import io.profilesim.samples.batch.InvalidInputException;
import io.profilesim.samples.batch.Scenario;
import io.profilesim.samples.batch.Simulation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profilesim simulate}: runs a scenario in virtual time and reports on it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    versionProvider = ProfilesimCli.Version.class,
    description = {
        "Runs a scenario: creates its domain and object types, ingests its files on its",
        "timeline and runs the weekly Identity Resolution Jobs, all in virtual time.",
        "",
        "Writes the jobs' S3 exports (s3/), get-domain.json, jobs.json, matches.json,",
        "dead-letter.jsonl, report.md and charts/. The same scenario gives the same bytes,",
        "except the report's timings section."})
final class SimulateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (JSON).")
  private Path scenarioFile;

  @Mixin
  private OutputOptions output;

  private final LongSupplier nanoTime;

  SimulateCommand(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  @Override
  public Integer call() {
    Scenario scenario;
    try {
      scenario = Scenario.load(scenarioFile);
    } catch (InvalidInputException e) {
      throw new BadInputException(spec.commandLine(), e.getMessage());
    }
    Path out = output.prepare(spec.commandLine(), "replace the run's files in it");
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, spec.qualifiedName(), "rows", nanoTime,
        ProgressLine.DEFAULT_INTERVAL_NANOS);
    BatchRun.Outcome outcome = Simulation.run(scenario, out, listener(progress), nanoTime);
    PrintWriter o = spec.commandLine().getOut();
    o.println(String.format(Locale.ROOT, "Simulated %d weeks of domain %s: %,d profiles, %,d match"
        + " groups, %,d merges; wrote %s", scenario.weeks(), scenario.domain().domainName(),
        outcome.domain().stats().profileCount(), outcome.matches().matches().size(),
        outcome.merges().size(), out.resolve("report.md")));
    progress.done();
    return ProfilesimCli.OK;
  }

  static BatchRun.Listener listener(ProgressLine progress) {
    return new BatchRun.Listener() {
      @Override
      public void ingesting(IngestionReport soFar) {
        progress.update(soFar.rows(), soFar.source());
      }

      @Override
      public void note(String line) {
        progress.note(line);
      }
    };
  }
}
