package io.profilesim.samples.generate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Values drawn with a Zipf-like skew by their position in a list: the value at rank {@code n}
 * (from 0) weighs {@code 1 / (n + offset)^exponent}. Lists are written most frequent first, so a
 * few values are drawn often (and collide across people) and the rest rarely.
 */
final class WeightedList<T> {
  private final List<T> values;
  private final double[] cumulative;

  private WeightedList(List<T> values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /** Returns the values weighted by rank; {@code values} must not be empty. */
  static <T> WeightedList<T> zipf(List<T> values, double offset, double exponent) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a weighted list needs at least one value");
    }
    double[] cumulative = new double[values.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += 1 / Math.pow(i + 1 + offset, exponent);
      cumulative[i] = sum;
    }
    return new WeightedList<>(List.copyOf(values), cumulative);
  }

  /** Draws one value. */
  T pick(SplittableRandom random) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    // binarySearch returns -(insertion point) - 1 when u falls between two cumulative weights.
    int index = i >= 0 ? i : -i - 1;
    return values.get(Math.min(index, values.size() - 1));
  }

  /** Returns the value at a rank, most frequent first. */
  T get(int rank) {
    return values.get(rank);
  }

  int size() {
    return values.size();
  }

  /** Returns the share of draws that give the value at {@code rank}, for tests and manifests. */
  double share(int rank) {
    double previous = rank == 0 ? 0 : cumulative[rank - 1];
    return (cumulative[rank] - previous) / cumulative[cumulative.length - 1];
  }
}
