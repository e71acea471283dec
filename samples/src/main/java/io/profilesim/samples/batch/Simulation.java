package io.profilesim.samples.batch;

import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.samples.batch.RunReport.Week;
import io.profilesim.samples.batch.Scenario.DataSource;
import io.profilesim.samples.batch.Scenario.Ingestion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      Map<String, UniqueKeyReader> keys = traceableKeys(scenario);
      RecordProfiles records = new RecordProfiles();
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
          UniqueKeyReader key = keys.get(source.objectTypeName());
          if (key != null) {
            records.trace(run.profiles(), scenario.domain().domainName(), key, source.file(),
                source.format());
          }
        }
        run.advanceTo(end);
        weeks.add(new Week(week, end, run.stats(), run.jobsStarted() - jobsBefore));
      }
      String title = scenario.domain().domainName() + " (" + scenario.file().getFileName() + ", "
          + scenario.weeks() + " weeks from " + scenario.start() + ", seed " + scenario.seed()
          + ")";
      BatchRun.Outcome outcome = run.finish(title, scenario.description(), weeks);
      ResolutionFile.write(out.resolve(Resolution.RESOLUTION), records.rows(outcome));
      return outcome;
    }
  }

  /**
   * The UNIQUE key of each object type whose records can be traced to their profiles; a type
   * whose UNIQUE key is LOOKUP_ONLY (not kept on profiles) is left out of {@code resolution.csv}.
   */
  private static Map<String, UniqueKeyReader> traceableKeys(Scenario scenario) {
    Map<String, UniqueKeyReader> keys = new HashMap<>();
    for (PutProfileObjectTypeRequest type : scenario.objectTypes()) {
      try {
        keys.put(type.objectTypeName(), UniqueKeyReader.of(type, type.objectTypeName()));
      } catch (InvalidInputException e) {
        // Traced nowhere: its records are simply absent from resolution.csv.
      }
    }
    return keys;
  }
}
