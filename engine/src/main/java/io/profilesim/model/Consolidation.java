package io.profilesim.model;

import java.util.List;

/**
 * The matching criteria to be used during the auto-merging process.
 *
 * <p>Shape {@code Consolidation}. Required: {@code MatchingAttributesList}.
 *
 * @param matchingAttributesList A list of matching criteria.
 */
public record Consolidation(
    List<List<String>> matchingAttributesList) {

  public Consolidation {
    matchingAttributesList = Shapes.copyOf(matchingAttributesList);
  }
}
