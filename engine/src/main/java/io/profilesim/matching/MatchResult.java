package io.profilesim.matching;

import java.util.List;

/**
 * The outcome of one matching run.
 *
 * @param groups the match groups (two or more profiles each), ordered by match id
 * @param profiles how many profiles were matched
 * @param blocking which pairs were compared and why
 * @param parameters the model that scored them, trained or fixed
 * @param grouping how the links became groups
 * @param dataQuality what could not be used in the data
 */
public record MatchResult(
    List<MatchGroup> groups,
    int profiles,
    BlockingReport blocking,
    TrainedParameters parameters,
    GroupingReport grouping,
    DataQualityReport dataQuality) {

  public MatchResult {
    groups = List.copyOf(groups);
  }

  /**
   * How links became groups.
   *
   * @param matchThreshold the probability a pair needed to be a link
   * @param links pairs at or above the threshold
   * @param heldByIdentityGuard links dropped because the given names differ and the birth dates do
   *     not agree
   * @param refusedByChainGuard links that would have put two conflicting profiles in one group
   * @param profilesInGroups profiles that ended up in some group
   */
  public record GroupingReport(
      double matchThreshold,
      long links,
      long heldByIdentityGuard,
      long refusedByChainGuard,
      int profilesInGroups) {}
}
