package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class EmTest {
  private static final double[][] M = {{0.9, 0.07, 0.03}, {0.85, 0.1, 0.05}, {0.8, 0.15, 0.05},
      {0.95, 0.05}};
  private static final double[][] U = {{0.01, 0.04, 0.95}, {0.02, 0.03, 0.95}, {0.05, 0.1, 0.85},
      {0.3, 0.7}};
  private static final double PRIOR = 0.02;

  /** Pairs drawn from the Fellegi-Sunter model itself, with a tenth of values missing. */
  private static long[] draw(int pairs, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] patterns = new long[pairs];
    for (int p = 0; p < pairs; p++) {
      double[][] dist = r.nextDouble() < PRIOR ? M : U;
      long pattern = 0;
      for (int k = 0; k < dist.length; k++) {
        int level = r.nextDouble() < 0.1 ? Patterns.MISSING : sample(dist[k], r);
        pattern |= (long) level << (Patterns.BITS * k);
      }
      patterns[p] = pattern;
    }
    return patterns;
  }

  private static int sample(double[] probabilities, SplittableRandom r) {
    double x = r.nextDouble();
    for (int l = 0; l < probabilities.length - 1; l++) {
      x -= probabilities[l];
      if (x < 0) {
        return l;
      }
    }
    return probabilities.length - 1;
  }

  private static Em.Model train(long[] patterns) {
    return train(List.of("A", "B", "C", "D"), patterns, U);
  }

  /** EM over the distinct patterns and their counts, every pair a candidate. */
  private static Em.Model train(List<String> names, long[] patterns, double[][] u) {
    long[] sorted = patterns.clone();
    Arrays.sort(sorted);
    long[] keys = new long[sorted.length];
    double[] counts = new double[sorted.length];
    int n = 0;
    for (long p : sorted) {
      if (n == 0 || keys[n - 1] != p) {
        keys[n++] = p;
      }
      counts[n - 1]++;
    }
    return Em.train(names, new int[] {3, 3, 3, 2}, Arrays.copyOf(keys, n),
        Arrays.copyOf(counts, n), u, patterns.length);
  }

  @Test
  void train_recoversKnownMAndPriorFromUnlabelledPairs() {
    Em.Model model = train(draw(200_000, 1));
    assertThat(model.converged()).isTrue();
    assertThat(model.prior()).isCloseTo(PRIOR, within(0.002));
    for (int k = 0; k < M.length; k++) {
      for (int l = 0; l < M[k].length; l++) {
        assertThat(model.m()[k][l]).as("m[%s][%s]", k, l).isCloseTo(M[k][l], within(0.02));
      }
    }
  }

  @Test
  void train_keepsHouseholdsOutOfTheMatchClass() {
    // Surname and address agree for matches and households; given name and birth date only for
    // matches (for households they are as for strangers). Households are three times as common
    // as matches.
    double[][] m = {{0.9, 0.05, 0.05}, {0.9, 0.05, 0.05}, {0.9, 0.05, 0.05}, {0.9, 0.1}};
    double[][] h = {{0.01, 0.04, 0.95}, {0.9, 0.05, 0.05}, {0.01, 0.04, 0.95}, {0.9, 0.1}};
    double[][] u = {{0.01, 0.04, 0.95}, {0.01, 0.04, 0.95}, {0.01, 0.04, 0.95}, {0.01, 0.99}};
    SplittableRandom r = new SplittableRandom(3);
    int pairs = 300_000;
    long[] patterns = new long[pairs];
    for (int p = 0; p < pairs; p++) {
      double x = r.nextDouble();
      double[][] dist = x < 0.01 ? m : x < 0.04 ? h : u;
      long pattern = 0;
      for (int k = 0; k < dist.length; k++) {
        pattern |= (long) sample(dist[k], r) << (Patterns.BITS * k);
      }
      patterns[p] = pattern;
    }
    Em.Model model = train(List.of("FirstName", "LastName", "BirthDate", "Address"), patterns, u);
    assertThat(model.prior()).isCloseTo(0.01, within(0.002));
    assertThat(model.householdPrior()).isCloseTo(0.03, within(0.004));
    assertThat(model.m()[0][2]).as("m(given name different)").isCloseTo(0.05, within(0.02));
    assertThat(model.m()[2][2]).as("m(birth date different)").isCloseTo(0.05, within(0.02));
    assertThat(model.h()[0][2]).as("h(given name different)").isCloseTo(0.95, within(0.02));
  }

  @Test
  void train_isDeterministic() {
    long[] patterns = draw(20_000, 2);
    Em.Model a = train(patterns);
    Em.Model b = train(patterns);
    assertThat(a.prior()).isEqualTo(b.prior());
    assertThat(a.m()).isDeepEqualTo(b.m());
    assertThat(a.iterations()).isEqualTo(b.iterations());
  }
}
