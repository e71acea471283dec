package io.profilesim.matching;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

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
    for (int k = 0; k < comparisons.size(); k++) {
      pattern = withoutImplied(pattern, k, comparisons.get(k).impliedBy);
    }
    return pattern;
  }

  /**
   * The pattern with comparison {@code k}'s exact level made missing when comparison {@code
   * finer}'s exact level implies it ({@link Comparison#impliedBy}): two profiles of one postal
   * code are in one state, whoever they are, so the state is no evidence either way.
   */
  static long withoutImplied(long pattern, int k, int finer) {
    if (finer >= 0 && level(pattern, k) == 0 && level(pattern, finer) == 0) {
      return pattern | (long) MISSING << (BITS * k);
    }
    return pattern;
  }

  /** The level of comparison {@code k} in a packed vector, or {@link Comparison#MISSING}. */
  static int level(long pattern, int k) {
    int nibble = (int) (pattern >>> (BITS * k)) & MISSING;
    return nibble == MISSING ? Comparison.MISSING : nibble;
  }

  /** Pairs whose rows are gathered at once, before the first of them is compared. */
  private static final int GATHER = 16;

  /**
   * The vectors of all pairs, computed on the pool from the compared columns copied into
   * {@link Rows}, so that a pair reads two runs of adjacent ints instead of two scattered ints
   * per column: memory latency, not arithmetic, is what comparing costs. The rows of
   * {@value #GATHER} pairs are copied side by side first: the second profile's row is a cache
   * miss for a third of the pairs at a million profiles, and a loop of copies alone lets the
   * processor wait for many of those misses at once, where comparing pair by pair waits for
   * each in turn.
   */
  static long[] of(Rows rows, long[] pairs, ExecutorService pool) {
    long[] patterns = new long[pairs.length];
    Parallel.forRange(pool, pairs.length, rows::newCaches, (caches, from, to) -> {
      int[] gathered = new int[2 * GATHER * rows.width];
      for (int p = from; p < to; p += GATHER) {
        int n = Math.min(GATHER, to - p);
        rows.gather(pairs, p, n, gathered);
        for (int q = 0; q < n; q++) {
          long pair = pairs[p + q];
          patterns[p + q] = rows.pattern(Blocking.first(pair), Blocking.second(pair), gathered,
              2 * q * rows.width, caches);
        }
      }
    });
    return patterns;
  }

  /**
   * The compared columns' codes, profile by profile, one int per comparison: a profile's single
   * value of it, {@link Column#MISSING}, or {@link #SEVERAL} when it holds more than one, which
   * the comparison then reads from its column. After the codes come the facts some comparisons
   * keep about a single value ({@link Comparison#rowInts}: an email's canonical mailbox and
   * sketch, a phone's digits), so that most levels are decided from the pair's two rows. Memory
   * latency, not arithmetic, is what comparing costs: a pair reads the first profile's row, at
   * hand as pairs come in its order, and the second's, a few adjacent cache lines, where a slot
   * per possible value (four phones, four addresses) or facts kept per value elsewhere each cost
   * a cache miss of their own.
   */
  static final class Rows {
    /** A profile's code for a comparison where it holds several values. */
    static final int SEVERAL = -2;

    private final List<Comparison> comparisons;
    /** The comparisons as an array: the compare loop indexes it for every pair. */
    private final Comparison[] compared;
    private final int[] codes;
    /** Ints per profile: a code per comparison, then the facts. */
    private final int width;
    /** Where in a row each comparison's facts start. */
    private final int[] facts;
    /** The comparisons whose exact level another's implies ({@link #withoutImplied}). */
    private final int[] implied;

    private Rows(List<Comparison> comparisons, int[] codes, int width, int[] facts) {
      this.comparisons = comparisons;
      this.compared = comparisons.toArray(new Comparison[0]);
      this.codes = codes;
      this.width = width;
      this.facts = facts;
      this.implied = IntStream.range(0, compared.length).filter(k -> compared[k].impliedBy >= 0)
          .toArray();
    }

    List<Comparison> comparisons() {
      return comparisons;
    }

    /**
     * The rows of every profile, written on the pool row by row: at a million profiles the
     * sketches alone take a few hundred milliseconds on one thread.
     */
    static Rows of(List<Comparison> comparisons, ExecutorService pool) {
      Comparison[] compared = comparisons.toArray(new Comparison[0]);
      int[] facts = new int[compared.length];
      boolean[] hasFacts = new boolean[compared.length];
      int width = compared.length;
      for (int k = 0; k < facts.length; k++) {
        facts[k] = width;
        width += compared[k].rowInts();
        hasFacts[k] = compared[k].rowInts() > 0;
      }
      int size = compared.length == 0 ? 0
          : compared[0].column.codes.length / compared[0].column.slots;
      int[] codes = new int[size * width];
      int w = width;
      Parallel.forRange(pool, size, (from, to) -> {
        for (int i = from; i < to; i++) {
          for (int k = 0; k < compared.length; k++) {
            int code = only(compared[k].column, i);
            codes[i * w + k] = code;
            if (code >= 0 && hasFacts[k]) {
              compared[k].writeRow(i, code, codes, i * w + facts[k]);
            }
          }
        }
      });
      return new Rows(comparisons, codes, width, facts);
    }

    /** Profile {@code i}'s one value in the column, {@link Column#MISSING} or {@link #SEVERAL}. */
    private static int only(Column c, int i) {
      int only = Column.MISSING;
      for (int s = 0; s < c.slots; s++) {
        int code = c.code(i, s);
        if (code != Column.MISSING) {
          if (only != Column.MISSING) {
            return SEVERAL;
          }
          only = code;
        }
      }
      return only;
    }

    /** One cache per comparison (null where it has none), for one thread's run of pairs. */
    LevelCache[] newCaches() {
      LevelCache[] caches = new LevelCache[comparisons.size()];
      for (int k = 0; k < caches.length; k++) {
        caches[k] = comparisons.get(k).newCache();
      }
      return caches;
    }

    /** Profile {@code i}'s code for comparison {@code k}: its one value, MISSING or SEVERAL. */
    int code(int k, int i) {
      return codes[i * width + k];
    }

    /**
     * The value profiles {@code i} and {@code j} share for comparison {@code k} (for
     * term-frequency weights), or -1: {@link Comparison#sharedValue} for a pair whose level is
     * exact, read without touching {@code j}'s row where possible. Scoring runs over pairs in
     * order of {@code i}, so {@code i}'s row is at hand while {@code j}'s is a cache miss: when
     * {@code i} holds one value only, an exact level of a comparison that looks at nothing else
     * means that value is the shared one.
     */
    int sharedValue(int k, int i, int j) {
      Comparison c = compared[k];
      int a = codes[i * width + k];
      if (a >= 0 && !c.looksBeyondItsColumn()) {
        return a;
      }
      int b = codes[j * width + k];
      if (a >= 0 && b >= 0) {
        return a == b ? a : -1;
      }
      return c.sharedValue(i, j);
    }

    /** Copies the two rows of pairs {@code p} to {@code p + n - 1} into {@code gathered}. */
    void gather(long[] pairs, int p, int n, int[] gathered) {
      for (int q = 0; q < n; q++) {
        long pair = pairs[p + q];
        System.arraycopy(codes, Blocking.first(pair) * width, gathered, 2 * q * width, width);
        System.arraycopy(codes, Blocking.second(pair) * width, gathered, (2 * q + 1) * width,
            width);
      }
    }

    /**
     * The pattern of profiles {@code i} and {@code j}, whose rows are {@code rows[at]} and the
     * row after it.
     */
    long pattern(int i, int j, int[] rows, int at, LevelCache[] caches) {
      long pattern = 0;
      int rowA = at;
      int rowB = at + width;
      for (int k = 0; k < compared.length; k++) {
        int a = rows[rowA + k];
        int b = rows[rowB + k];
        int level;
        if (a == Column.MISSING || b == Column.MISSING) {
          level = Comparison.MISSING;
        } else if (a >= 0 && b >= 0) {
          level = compared[k].level(a, b, rows, rowA + facts[k], rowB + facts[k], i, j,
              caches[k]);
        } else {
          level = compared[k].level(i, j, caches[k]);
        }
        pattern |= (long) (level < 0 ? MISSING : level) << (BITS * k);
      }
      for (int k : implied) {
        pattern = withoutImplied(pattern, k, compared[k].impliedBy);
      }
      return pattern;
    }
  }
}
