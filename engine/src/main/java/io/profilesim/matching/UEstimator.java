package io.profilesim.matching;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;

/**
 * Estimates u, the level probabilities among pairs of different people, from pairs drawn at
 * random (almost all of which are different people). Up to {@link #SAMPLE} pairs: every pair when
 * the job has that few, otherwise a sample drawn with the seed (300,000 pairs put about 600 on a
 * level as rare as 0.2%, enough for its u).
 *
 * <p>Exact agreement is rare among random pairs (two random profiles seldom share an email), so a
 * sample would often see it zero times; its u is therefore computed from the value counts instead:
 * the chance that two random profiles holding the attribute share a value, {@code sum c(c-1) /
 * (P(P-1))} over values held by {@code c} of the {@code P} profiles. The sample then splits the
 * rest among the other levels. Every level gets half a pair of smoothing so none is ever zero.
 */
final class UEstimator {
  static final int SAMPLE = 300_000;

  private UEstimator() {}

  static double[][] estimate(Patterns.Rows rows, int size, long seed, ExecutorService pool) {
    List<Comparison> comparisons = rows.comparisons();
    long[] pairs = samplePairs(size, seed);
    long[] patterns = Patterns.of(rows, pairs, pool);
    boolean exhaustive = pairs.length == (long) size * (size - 1) / 2;
    double[][] u = new double[comparisons.size()][];
    for (int k = 0; k < comparisons.size(); k++) {
      u[k] = levels(comparisons.get(k), k, patterns, exhaustive);
    }
    return u;
  }

  private static double[] levels(Comparison c, int k, long[] patterns, boolean exhaustive) {
    int n = c.levels.size();
    double[] counts = new double[n];
    for (long p : patterns) {
      int l = Patterns.level(p, k);
      if (l >= 0) {
        counts[l]++;
      }
    }
    double[] u = new double[n];
    if (exhaustive) {
      double total = 0;
      for (int l = 0; l < n; l++) {
        total += counts[l] + 0.5;
      }
      for (int l = 0; l < n; l++) {
        u[l] = (counts[l] + 0.5) / total;
      }
      return u;
    }
    double exact = exactAgreement(c.column);
    double rest = 0;
    for (int l = 1; l < n; l++) {
      rest += counts[l] + 0.5;
    }
    u[0] = exact;
    for (int l = 1; l < n; l++) {
      u[l] = (1 - exact) * (counts[l] + 0.5) / rest;
    }
    return u;
  }

  /** The probability that two random profiles holding the attribute share a value. */
  static double exactAgreement(Column c) {
    double sharing = 0;
    for (int count : c.counts) {
      sharing += (double) count * (count - 1);
    }
    double p = c.present;
    double floor = 0.5 / (p * (p - 1)); // as if half a pair agreed: never zero
    return Math.max(sharing / (p * (p - 1)), floor);
  }

  /** All pairs when there are at most {@link #SAMPLE}, otherwise a seeded random sample. */
  static long[] samplePairs(int size, long seed) {
    long possible = (long) size * (size - 1) / 2;
    if (possible <= SAMPLE) {
      long[] all = new long[(int) possible];
      int at = 0;
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          all[at++] = Blocking.pair(i, j);
        }
      }
      return all;
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[] sample = new long[SAMPLE];
    for (int s = 0; s < SAMPLE; s++) {
      int i = random.nextInt(size);
      int j = random.nextInt(size - 1);
      if (j >= i) {
        j++;
      }
      sample[s] = Blocking.pair(Math.min(i, j), Math.max(i, j));
    }
    return sample;
  }
}
