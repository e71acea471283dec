package io.profilesim.samples.batch;

import io.profilesim.IngestionReport;
import io.profilesim.model.DomainStats;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.MatchItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a batch run's report says. Everything but {@link #timings} is a function of the inputs, so
 * the report is the same text on every run apart from its timings section.
 *
 * @param title the run, for the heading
 * @param description what the run shows; may be empty
 * @param domain GetDomain after the run
 * @param objectTypes each object type with the files ingested through it
 * @param ingestions the files ingested, in order
 * @param jobs the jobs that ran, oldest first, with the domain's stats around each
 * @param weeks the domain's stats at the end of each simulated week (empty for one-off runs)
 * @param matchGenerationDate when the latest job's matches were generated, or {@code null}
 * @param matches the latest job's match groups
 * @param merges the merges of the run, in the order they were made
 * @param deadLetters rejected rows, counted by source and by the kind of reason
 * @param timings wall-clock seconds of each step, by step name, in order
 */
public record RunReport(
    String title,
    String description,
    GetDomainResponse domain,
    Map<String, List<String>> objectTypes,
    List<Ingested> ingestions,
    List<JobRun> jobs,
    List<Week> weeks,
    Instant matchGenerationDate,
    List<MatchItem> matches,
    List<Merge> merges,
    List<DeadLetterCount> deadLetters,
    Map<String, Double> timings) {

  public RunReport {
    objectTypes = Map.copyOf(objectTypes);
    ingestions = List.copyOf(ingestions);
    jobs = List.copyOf(jobs);
    weeks = List.copyOf(weeks);
    matches = List.copyOf(matches);
    merges = List.copyOf(merges);
    deadLetters = List.copyOf(deadLetters);
  }

  /** One file ingested at a virtual instant. */
  public record Ingested(Instant at, String file, String objectTypeName, IngestionReport counts) {}

  /** One job with the domain's stats when it started and when it ended. */
  public record JobRun(IdentityResolutionJob job, DomainStats before, DomainStats after) {}

  /** The domain's stats at the end of a week (1-based). */
  public record Week(int week, Instant end, DomainStats stats, int jobs) {}

  /**
   * One merge, as the job's {@code merges.jsonl} records it.
   *
   * @param criterion the 1-based consolidation criterion, or {@code null} for the whole group
   */
  public record Merge(String jobId, Integer criterion, String mainProfileId,
      List<String> mergedProfileIds) {
    public Merge {
      mergedProfileIds = List.copyOf(mergedProfileIds);
    }
  }

  /** Rejected rows of one source for one kind of reason. */
  public record DeadLetterCount(String source, String reason, long rows) {}
}
