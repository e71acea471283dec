package io.profilesim.job;

import io.profilesim.model.MatchItem;
import java.util.List;

/**
 * The match groups a run found, as GetMatches returns them, and a readable report of how it found
 * them (blocking, trained parameters, data quality) that the export writes beside them.
 *
 * @param matches the match groups, each of two or more profiles
 * @param report any JSON-serializable description of the matching, or {@code null}
 */
public record MatchOutcome(List<MatchItem> matches, Object report) {
  public MatchOutcome {
    matches = List.copyOf(matches);
  }
}
