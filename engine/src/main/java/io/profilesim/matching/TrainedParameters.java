package io.profilesim.matching;

import java.util.List;

/**
 * The model a run scored with, in readable form. It is Fellegi-Sunter with a third class: for
 * each compared attribute and each of its levels, m (the probability of that level when two
 * profiles are the same person), u (when they are unrelated people), h (when they are two members
 * of one household), and the weights {@code log2(m / u)} and {@code log2(h / u)}; and the priors,
 * the chances that two profiles drawn at random are the same person or share a household. A
 * pair's match weight is {@code priorMatchWeight + sum log2(m/u)}, less the household correction
 * {@code log2(1 + 2^(householdPriorWeight + sum log2(h/u)))}; its probability is
 * {@code 1 / (1 + 2^-weight)}. Serializes with Jackson; pass it back in
 * {@link MatchingSettings.Builder#parameters} to score without training ({@code m}, {@code u},
 * {@code h} and the priors are read, the weights are recomputed; without {@code h} there is no
 * household class).
 *
 * @param prior the chance that two random profiles of the domain are the same person
 * @param householdPrior the chance that two random profiles are two members of one household
 * @param priorMatchWeight {@code log2(prior / (1 - prior - householdPrior))}, where every pair
 *     starts
 * @param householdPriorWeight {@code log2(householdPrior / (1 - prior - householdPrior))}
 * @param comparisons one entry per attribute in the model, in settings order
 * @param emIterations how many EM iterations training ran (0 when the parameters were fixed)
 * @param converged whether EM stopped because the parameters stopped moving
 */
public record TrainedParameters(
    double prior,
    double householdPrior,
    double priorMatchWeight,
    double householdPriorWeight,
    List<ComparisonParameters> comparisons,
    int emIterations,
    boolean converged) {

  /** The household prior weight of a model without households: 2 to this power is zero. */
  static final double NO_HOUSEHOLDS = -1100;

  public TrainedParameters {
    comparisons = List.copyOf(comparisons);
  }

  /** Creates parameters, deriving the priors' weights. */
  static TrainedParameters of(double prior, double householdPrior,
      List<ComparisonParameters> comparisons, int emIterations, boolean converged) {
    double unrelated = 1 - prior - householdPrior;
    return new TrainedParameters(prior, householdPrior, log2(prior / unrelated),
        householdPrior > 0 ? log2(householdPrior / unrelated) : NO_HOUSEHOLDS,
        comparisons, emIterations, converged);
  }

  /** Returns the parameters of one attribute, or null. */
  public ComparisonParameters comparison(String attribute) {
    for (ComparisonParameters c : comparisons) {
      if (c.attribute().equals(attribute)) {
        return c;
      }
    }
    return null;
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /**
   * The parameters of one compared attribute.
   *
   * @param attribute the attribute name, as in the settings
   * @param levels its levels, strongest agreement first, "different" last
   */
  public record ComparisonParameters(String attribute, List<LevelParameters> levels) {
    public ComparisonParameters {
      levels = List.copyOf(levels);
    }
  }

  /**
   * One comparison level.
   *
   * @param level what the level means, for example {@code jaro-winkler >= 0.92}
   * @param m the probability of this level for two profiles of the same person
   * @param u the probability of this level for two profiles of unrelated people
   * @param h the probability of this level for two members of one household (null: no household
   *     class)
   * @param matchWeight {@code log2(m / u)}: the log-odds this level adds to a pair
   * @param householdWeight {@code log2(h / u)} (null without h)
   */
  public record LevelParameters(String level, double m, double u, Double h, double matchWeight,
      Double householdWeight) {
    static LevelParameters of(String level, double m, double u, Double h) {
      return new LevelParameters(level, m, u, h, log2(m / u), h == null ? null : log2(h / u));
    }
  }
}
