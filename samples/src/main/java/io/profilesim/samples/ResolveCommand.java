package io.profilesim.samples;

import io.profilesim.samples.batch.InvalidInputException;
import io.profilesim.samples.batch.Resolution;
import io.profilesim.samples.batch.ResolutionRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profilesim resolve}: one file through one object type, one job, and where each went. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    versionProvider = ProfilesimCli.Version.class,
    description = {
        "Ingests one file through one object type into a new domain, runs one Identity",
        "Resolution Job at once and writes where each record went (resolution.csv:",
        "source_key,profile_id,final_profile_id,match_id,confidence_score) with the outputs",
        "of simulate. The same inputs give the same bytes, except the report's timings."})
final class ResolveCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--domain", required = true, paramLabel = "DOMAIN.json",
      description = "CreateDomain request (AWS JSON) with Matching enabled and a"
          + " DeadLetterQueueUrl.")
  private Path domain;

  @Option(names = "--object-type", required = true, paramLabel = "TYPE.json",
      description = "PutProfileObjectType request (AWS JSON; DomainName may be left out).")
  private Path objectType;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "The records: .csv with a header, or JSON Lines (.jsonl, .ndjson, .json).")
  private Path input;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of every generated identifier (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--start", paramLabel = "INSTANT", defaultValue = "2026-01-05T00:00:00Z",
      description = "Virtual time of the run (default: ${DEFAULT-VALUE}).")
  private String start;

  @Option(names = "--trim",
      description = "Strip spaces around CSV cells and column names first (FEBRL writes \", \").")
  private boolean trim;

  @Mixin
  private OutputOptions output;

  private final LongSupplier nanoTime;

  ResolveCommand(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  @Override
  public Integer call() {
    Instant at;
    try {
      at = Instant.parse(start);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadInputException(spec.commandLine(), "--start '" + start + "' is not an"
          + " instant; expected ISO-8601 UTC such as 2026-01-05T00:00:00Z");
    }
    Resolution resolution;
    try {
      resolution = Resolution.load(domain, objectType, input, seed, at, trim);
    } catch (InvalidInputException e) {
      throw new BadInputException(spec.commandLine(), e.getMessage());
    }
    Path out = output.prepare(spec.commandLine(), "replace the run's files in it");
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, spec.qualifiedName(), "rows", nanoTime,
        ProgressLine.DEFAULT_INTERVAL_NANOS);
    List<ResolutionRow> rows = resolution.run(out, SimulateCommand.listener(progress), nanoTime);
    long matched = rows.stream().filter(r -> r.matchId() != null).count();
    long merged = rows.stream().filter(r -> !Objects.equals(r.profileId(), r.finalProfileId()))
        .count();
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "Resolved %,d records: %,d in"
        + " match groups, %,d merged into another profile; wrote %s", rows.size(), matched, merged,
        out.resolve(Resolution.RESOLUTION)));
    progress.done();
    return ProfilesimCli.OK;
  }
}
