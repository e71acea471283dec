package io.profilesim.samples.batch;

import io.profilesim.samples.eval.ClusterMetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a resolution against a truth, at the level of match groups or of merges.
 *
 * @param level what the predicted clusters are
 * @param metrics pairwise and B-cubed precision, recall and F1
 * @param records records scored (every record of the truth)
 * @param unresolved records of the truth the resolution lacks (rejected at ingestion, say), scored
 *     as alone in their predicted cluster
 */
public record ResolutionEvaluation(Level level, ClusterMetrics metrics, int records,
    int unresolved) {

  /** What a record's predicted cluster is. */
  public enum Level {
    /** Its profile's match group in the last job, or the profile alone when in none. */
    MATCH,
    /** The profile it ended in after the run's merges. */
    MERGE;

    String clusterOf(ResolutionRow row) {
      return this == MERGE ? row.finalProfileId()
          : row.matchId() != null ? "match:" + row.matchId() : "profile:" + row.profileId();
    }
  }

  /**
   * Scores {@code rows} against {@code truth}.
   *
   * @param truthName the truth file, for messages
   * @throws InvalidInputException if a resolved record is not in the truth
   */
  public static ResolutionEvaluation of(List<ResolutionRow> rows, Map<String, String> truth,
      Level level, String truthName) {
    Map<String, String> predicted = new HashMap<>();
    for (ResolutionRow row : rows) {
      if (!truth.containsKey(row.sourceKey())) {
        throw new InvalidInputException(truthName + ": has no row for source_key '"
            + row.sourceKey() + "' of the resolution; expected a cluster for every resolved"
            + " record");
      }
      predicted.put(row.sourceKey(), level.clusterOf(row));
    }
    int unresolved = 0;
    for (String key : truth.keySet()) {
      if (!predicted.containsKey(key)) {
        predicted.put(key, "unresolved:" + key);
        unresolved++;
      }
    }
    return new ResolutionEvaluation(level, ClusterMetrics.of(predicted, truth), truth.size(),
        unresolved);
  }

  /** The result as Markdown, for people and for the README. */
  public String toMarkdown() {
    ClusterMetrics m = metrics;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Level: %s; %,d records", level.name().toLowerCase(
        Locale.ROOT), records));
    if (unresolved > 0) {
      sb.append(String.format(Locale.ROOT, " (%,d not in the resolution, scored as unmatched)",
          unresolved));
    }
    sb.append("\n\n| measure | precision | recall | F1 |\n|---|---|---|---|\n");
    sb.append(String.format(Locale.ROOT, "| pairwise | %.4f | %.4f | %.4f |\n",
        m.pairwisePrecision(), m.pairwiseRecall(), m.pairwiseF1()));
    sb.append(String.format(Locale.ROOT, "| B-cubed | %.4f | %.4f | %.4f |\n",
        m.bcubedPrecision(), m.bcubedRecall(), m.bcubedF1()));
    sb.append(String.format(Locale.ROOT, "\nPairs: %,d predicted, %,d true, %,d both.\n",
        m.predictedPairs(), m.truePairs(), m.correctPairs()));
    return sb.toString();
  }
}
