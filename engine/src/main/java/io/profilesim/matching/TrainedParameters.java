package io.profilesim.matching;

import java.util.List;

/**
 * The Fellegi-Sunter model a run scored with, in readable form: for each compared attribute and
 * each of its levels, m (the probability of that level when the two profiles are the same person),
 * u (the probability when they are not) and the match weight {@code log2(m / u)} the level adds
 * to a pair's log-odds; and the prior, the probability that two profiles drawn at random are the
 * same person. Serializes with Jackson; pass it back in {@link MatchingSettings.Builder#parameters}
 * to score without training ({@code m} and {@code u} are read, the weights are recomputed).
 *
 * @param prior the probability that two random profiles of the domain are the same person
 * @param priorMatchWeight {@code log2(prior / (1 - prior))}, where every pair starts
 * @param comparisons one entry per attribute in the model, in settings order
 * @param emIterations how many EM iterations training ran (0 when the parameters were fixed)
 * @param converged whether EM stopped because the parameters stopped moving
 */
public record TrainedParameters(
    double prior,
    double priorMatchWeight,
    List<ComparisonParameters> comparisons,
    int emIterations,
    boolean converged) {

  public TrainedParameters {
    comparisons = List.copyOf(comparisons);
  }

  /** Creates parameters, deriving the prior's match weight. */
  static TrainedParameters of(double prior, List<ComparisonParameters> comparisons,
      int emIterations, boolean converged) {
    return new TrainedParameters(prior, log2(prior / (1 - prior)), comparisons, emIterations,
        converged);
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
   * @param u the probability of this level for two profiles of different people
   * @param matchWeight {@code log2(m / u)}: the log-odds this level adds to a pair
   */
  public record LevelParameters(String level, double m, double u, double matchWeight) {
    static LevelParameters of(String level, double m, double u) {
      return new LevelParameters(level, m, u, log2(m / u));
    }
  }
}
