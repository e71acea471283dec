package io.profilesim.samples.batch;

import io.profilesim.samples.batch.Scenario.DataSource;
import io.profilesim.samples.batch.Scenario.Ingestion;
import io.profilesim.samples.batch.RunReport.Week;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Runs a scenario: week by week in virtual time, ingesting on its timeline. */
public final class Simulation {
  private Simulation() {}

  /**
   * Runs {@code scenario} and writes its outputs (see {@link BatchRun}) into {@code out}, which
   * must exist.
   *
   * @param nanoTime the ticker of the report's timings (and nothing else)
   */
  public static BatchRun.Outcome run(Scenario scenario, Path out, BatchRun.Listener listener,
      LongSupplier nanoTime) {
    try (BatchRun run = BatchRun.start(scenario.seed(), scenario.start(), out, listener,
        nanoTime)) {
      run.setUp(scenario.domain(), scenario.objectTypes());
      List<Ingestion> timeline = scenario.timeline();
      List<Week> weeks = new ArrayList<>();
      int next = 0;
      for (int week = 1; week <= scenario.weeks(); week++) {
        Instant end = scenario.start().plus(Duration.ofDays(7L * week));
        int jobsBefore = run.jobsStarted();
        while (next < timeline.size() && timeline.get(next).at().isBefore(end)) {
          Ingestion ingestion = timeline.get(next++);
          run.advanceTo(ingestion.at());
          DataSource source = scenario.source(ingestion.source());
          run.ingest(source.objectTypeName(), source.file(), source.path(), source.format());
        }
        run.advanceTo(end);
        weeks.add(new Week(week, end, run.stats(), run.jobsStarted() - jobsBefore));
      }
      String title = scenario.domain().domainName() + " (" + scenario.file().getFileName() + ", "
          + scenario.weeks() + " weeks from " + scenario.start() + ", seed " + scenario.seed()
          + ")";
      return run.finish(title, scenario.description(), weeks);
    }
  }
}
