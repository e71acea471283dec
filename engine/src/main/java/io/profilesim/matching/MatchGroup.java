package io.profilesim.matching;

import java.util.List;

/**
 * Two or more profiles the engine believes are one person.
 *
 * @param matchId derived from the sorted profile ids only, so the same group keeps its id from
 *     run to run
 * @param profileIds the group's profiles, sorted
 * @param confidenceScore the probability of the weakest link holding the group together: every
 *     profile is joined to the others through a chain of pairs each at least this likely to be
 *     the same person (so it is at least the match threshold)
 */
public record MatchGroup(String matchId, List<String> profileIds, double confidenceScore) {
  public MatchGroup {
    profileIds = List.copyOf(profileIds);
  }
}
