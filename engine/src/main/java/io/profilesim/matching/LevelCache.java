package io.profilesim.matching;

/**
 * A small direct-mapped cache of comparison levels by pair of value codes, one per thread and
 * comparison. Names and cities repeat across pairs, so their fuzzy similarity is computed once per
 * pair of distinct values instead of once per pair of profiles. A collision simply overwrites: the
 * cache changes speed, never results.
 */
final class LevelCache {
  private static final int BITS = 14;
  private static final int MASK = (1 << BITS) - 1;

  private final long[] keys = new long[1 << BITS];
  private final byte[] levels = new byte[1 << BITS];

  LevelCache() {
    java.util.Arrays.fill(keys, -1L);
  }

  /** The cached level of a code pair, or -1. */
  int get(long key) {
    int slot = slot(key);
    return keys[slot] == key ? levels[slot] : -1;
  }

  void put(long key, int level) {
    int slot = slot(key);
    keys[slot] = key;
    levels[slot] = (byte) level;
  }

  /** The key of an unordered pair of codes. */
  static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> (64 - BITS)) & MASK;
  }
}
