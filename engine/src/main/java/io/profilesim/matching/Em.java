package io.profilesim.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Expectation-maximisation of m and the prior, with u held fixed, over the distinct comparison
 * vectors of the candidate pairs and their counts (no labels).
 *
 * <p>The model is the population of all {@code n (n - 1) / 2} pairs, as in Splink, so the prior
 * is the probability that two random profiles match. Pairs that no blocking key proposed are
 * taken as non-matches (their expected share of matches is zero): they add nothing to m and only
 * their number to the prior's denominator. Counting them this way keeps u, estimated on random
 * pairs, valid, where training on candidates alone would meet non-matches that agree far more
 * often than random ones (they were blocked together) and mistake them for matches.
 *
 * <p>Start: m puts 0.85 on exact agreement and spreads the rest evenly; the prior starts at one
 * match per ten candidate pairs. Each m gets one pseudo-pair spread over its levels so that no
 * level's weight is infinite. Stops when no m or log-prior moves by more than 1e-6, or after 500
 * iterations.
 */
final class Em {
  static final int MAX_ITERATIONS = 500;
  static final double TOLERANCE = 1e-6;

  private Em() {}

  /** The trained model. */
  record Model(double prior, double[][] m, int iterations, boolean converged) {}

  static Model train(List<Comparison> comparisons, long[] patterns, double[][] u,
      long possiblePairs) {
    long[] sorted = patterns.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    long[] keys = new long[sorted.length];
    double[] counts = new double[sorted.length];
    for (int p = 0; p < sorted.length; p++) {
      if (distinct == 0 || keys[distinct - 1] != sorted[p]) {
        keys[distinct++] = sorted[p];
      }
      counts[distinct - 1]++;
    }
    return train(comparisons.size(), levelCounts(comparisons), Arrays.copyOf(keys, distinct),
        Arrays.copyOf(counts, distinct), u, possiblePairs);
  }

  private static int[] levelCounts(List<Comparison> comparisons) {
    return comparisons.stream().mapToInt(c -> c.levels.size()).toArray();
  }

  /** EM over distinct vectors {@code keys} seen {@code counts} times. */
  static Model train(int k, int[] levels, long[] keys, double[] counts, double[][] u,
      long possiblePairs) {
    double[][] m = new double[k][];
    for (int c = 0; c < k; c++) {
      m[c] = new double[levels[c]];
      m[c][0] = 0.85;
      for (int l = 1; l < levels[c]; l++) {
        m[c][l] = 0.15 / (levels[c] - 1);
      }
    }
    double total = Arrays.stream(counts).sum();
    double prior = Math.min(0.5, Math.max(total, 1) * 0.1 / Math.max(possiblePairs, 1));
    int iteration = 0;
    boolean converged = false;
    while (iteration < MAX_ITERATIONS && !converged) {
      iteration++;
      double[][] matched = new double[k][];
      for (int c = 0; c < k; c++) {
        matched[c] = new double[levels[c]];
      }
      double expectedMatches = 0;
      double logitPrior = TrainedParameters.log2(prior / (1 - prior));
      for (int p = 0; p < keys.length; p++) {
        double w = logitPrior;
        for (int c = 0; c < k; c++) {
          int l = Patterns.level(keys[p], c);
          if (l >= 0) {
            w += TrainedParameters.log2(m[c][l] / u[c][l]);
          }
        }
        double posterior = counts[p] / (1 + Math.pow(2, -w));
        expectedMatches += posterior;
        for (int c = 0; c < k; c++) {
          int l = Patterns.level(keys[p], c);
          if (l >= 0) {
            matched[c][l] += posterior;
          }
        }
      }
      double change = 0;
      for (int c = 0; c < k; c++) {
        double sum = Arrays.stream(matched[c]).sum() + 1;
        for (int l = 0; l < levels[c]; l++) {
          double next = (matched[c][l] + 1.0 / levels[c]) / sum;
          change = Math.max(change, Math.abs(next - m[c][l]));
          m[c][l] = next;
        }
      }
      double nextPrior = Math.min(0.5, Math.max(expectedMatches, 1e-3) / possiblePairs);
      change = Math.max(change, Math.abs(Math.log(nextPrior / prior)));
      prior = nextPrior;
      converged = change < TOLERANCE;
    }
    return new Model(prior, m, iteration, converged);
  }
}
