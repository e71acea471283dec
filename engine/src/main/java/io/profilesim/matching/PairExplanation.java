package io.profilesim.matching;

import java.util.List;

/**
 * Why two profiles score what they score: a waterfall from the prior through each attribute's
 * weight to the match probability. Term-frequency adjustments are not shown: they depend on how
 * often each value occurs in a whole domain, which two profiles alone do not tell.
 *
 * @param profileIdA the first profile
 * @param profileIdB the second profile
 * @param priorMatchWeight where every pair starts, in log2-odds
 * @param attributes one step per compared attribute, in model order
 * @param householdCorrection the log2-odds taken off because the pair could be two members of one
 *     household (0 or negative)
 * @param matchWeight the prior plus every step plus the household correction
 * @param probability {@code 1 / (1 + 2^-matchWeight)}
 * @param identityGuard true when the given names differ and the birth dates do not agree, so the
 *     pair would not be linked whatever its probability
 * @param sharedBlockingKeys the blocking keys under which the two would be compared
 */
public record PairExplanation(
    String profileIdA,
    String profileIdB,
    double priorMatchWeight,
    List<Step> attributes,
    double householdCorrection,
    double matchWeight,
    double probability,
    boolean identityGuard,
    List<String> sharedBlockingKeys) {

  public PairExplanation {
    attributes = List.copyOf(attributes);
    sharedBlockingKeys = List.copyOf(sharedBlockingKeys);
  }

  /**
   * One attribute's step.
   *
   * @param attribute the attribute
   * @param valueA the first profile's normalized values, {@code |}-separated, or null
   * @param valueB the second profile's normalized values, or null
   * @param level the level they reached, or {@code missing}
   * @param matchWeight the log2-odds the level adds (0 when missing)
   */
  public record Step(String attribute, String valueA, String valueB, String level,
      double matchWeight) {}
}
