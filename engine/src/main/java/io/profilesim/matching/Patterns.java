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

  /**
   * The vectors of all pairs, computed on the pool from the compared columns copied into
   * {@link Rows}, so that a pair reads two runs of adjacent ints instead of two scattered ints
   * per column: memory latency, not arithmetic, is what comparing costs.
   */
  static long[] of(Rows rows, long[] pairs, ExecutorService pool) {
    long[] patterns = new long[pairs.length];
    Parallel.forRange(pool, pairs.length, rows::newCaches, (caches, from, to) -> {
      for (int p = from; p < to; p++) {
        patterns[p] = rows.pattern(Blocking.first(pairs[p]), Blocking.second(pairs[p]), caches);
      }
    });
    return patterns;
  }

  /** The compared columns' codes, profile by profile. */
  static final class Rows {
    private final List<Comparison> comparisons;
    /** The comparisons as an array: the compare loop indexes it for every pair. */
    private final Comparison[] compared;
    private final int[] codes;
    private final int width;
    private final int[] offsets;

    private Rows(List<Comparison> comparisons, int[] codes, int width, int[] offsets) {
      this.comparisons = comparisons;
      this.compared = comparisons.toArray(new Comparison[0]);
      this.codes = codes;
      this.width = width;
      this.offsets = offsets;
    }

    List<Comparison> comparisons() {
      return comparisons;
    }

    static Rows of(List<Comparison> comparisons) {
      int[] offsets = new int[comparisons.size()];
      int width = 0;
      for (int k = 0; k < comparisons.size(); k++) {
        offsets[k] = width;
        width += comparisons.get(k).column.slots;
      }
      int size = comparisons.isEmpty() ? 0
          : comparisons.get(0).column.codes.length / comparisons.get(0).column.slots;
      int[] codes = new int[size * width];
      for (int k = 0; k < comparisons.size(); k++) {
        Column c = comparisons.get(k).column;
        for (int i = 0; i < size; i++) {
          System.arraycopy(c.codes, i * c.slots, codes, i * width + offsets[k], c.slots);
        }
      }
      return new Rows(comparisons, codes, width, offsets);
    }

    /** One cache per comparison (null where it has none), for one thread's run of pairs. */
    LevelCache[] newCaches() {
      LevelCache[] caches = new LevelCache[comparisons.size()];
      for (int k = 0; k < caches.length; k++) {
        caches[k] = comparisons.get(k).newCache();
      }
      return caches;
    }

    /**
     * The value profiles {@code i} and {@code j} share for comparison {@code k} (for
     * term-frequency weights), or -1: {@link Comparison#sharedValue} for a pair whose level is
     * exact, read without touching {@code j}'s row where possible. Scoring runs over pairs in
     * order of {@code i}, so {@code i}'s row is at hand while {@code j}'s is a cache miss: a
     * one-slot column reads {@code j}'s code from the column itself (a few bytes per profile),
     * and when {@code i} holds one value only, an exact level of a comparison that looks at
     * nothing else means that value is the shared one.
     */
    int sharedValue(int k, int i, int j) {
      Comparison c = compared[k];
      Column column = c.column;
      int rowA = i * width + offsets[k];
      if (column.slots == 1) {
        int a = codes[rowA];
        return a != Column.MISSING && a == column.codes[j] ? a : -1;
      }
      int only = Column.MISSING;
      int held = 0;
      for (int sa = 0; sa < column.slots; sa++) {
        if (codes[rowA + sa] != Column.MISSING) {
          only = held++ == 0 ? codes[rowA + sa] : only;
        }
      }
      if (held == 1 && !c.looksBeyondItsColumn()) {
        return only;
      }
      int rowB = j * width + offsets[k];
      for (int sa = 0; sa < column.slots; sa++) {
        int a = codes[rowA + sa];
        if (a == Column.MISSING) {
          continue;
        }
        for (int sb = 0; sb < column.slots; sb++) {
          if (a == codes[rowB + sb]) {
            return a;
          }
        }
      }
      return -1;
    }

    long pattern(int i, int j, LevelCache[] caches) {
      long pattern = 0;
      int rowA = i * width;
      int rowB = j * width;
      for (int k = 0; k < offsets.length; k++) {
        int level = compared[k]
            .level(codes, rowA + offsets[k], rowB + offsets[k], i, j, caches[k]);
        pattern |= (long) (level < 0 ? MISSING : level) << (BITS * k);
      }
      return pattern;
    }
  }
}
