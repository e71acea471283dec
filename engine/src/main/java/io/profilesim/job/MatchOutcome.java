package io.profilesim.job;

import io.profilesim.model.MatchItem;
import java.util.List;

/**
 * The match groups a run found, as GetMatches returns them, and a readable report of how it found
 * them (blocking, trained parameters, data quality) that the export writes beside them.
 *
 * @param matches the match groups, each of two or more profiles
 * @param report any JSON-serializable description of the matching, or {@code null}
 * @param detail what the merging step needs beyond the match items (the engine's own result), or
 *     {@code null}
 */
public record MatchOutcome(List<MatchItem> matches, Object report, Object detail) {
  public MatchOutcome {
    matches = List.copyOf(matches);
  }
}
