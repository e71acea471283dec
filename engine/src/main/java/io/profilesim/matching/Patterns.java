package io.profilesim.matching;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The compare stage: a pair's comparison vector, its level for every comparison, packed four bits
 * per comparison into one long (15 = missing). Identical vectors are identical longs, so EM can
 * run over distinct vectors and their counts instead of over pairs.
 */
final class Patterns {
  static final int BITS = 4;
  static final int MISSING = 0xF;

  private Patterns() {}

  /** The packed vector of profiles {@code i} and {@code j}. */
  static long of(List<Comparison> comparisons, int i, int j) {
    long pattern = 0;
    for (int k = 0; k < comparisons.size(); k++) {
      int level = comparisons.get(k).level(i, j);
      pattern |= (long) (level < 0 ? MISSING : level) << (BITS * k);
    }
    return pattern;
  }

  /** The level of comparison {@code k} in a packed vector, or {@link Comparison#MISSING}. */
  static int level(long pattern, int k) {
    int nibble = (int) (pattern >>> (BITS * k)) & MISSING;
    return nibble == MISSING ? Comparison.MISSING : nibble;
  }

  /** The vectors of all pairs, computed on the pool. */
  static long[] of(List<Comparison> comparisons, long[] pairs, ExecutorService pool) {
    long[] patterns = new long[pairs.length];
    Parallel.forRange(pool, pairs.length, (from, to) -> {
      for (int p = from; p < to; p++) {
        patterns[p] = of(comparisons, Blocking.first(pairs[p]), Blocking.second(pairs[p]));
      }
    });
    return patterns;
  }
}
