package io.profilesim.matching;

import java.util.Arrays;

/**
 * Dense ids for long keys: each distinct key gets the next int, in the order keys are first seen.
 * Open addressing with linear probing over primitive arrays, so millions of blocking-key values
 * are ranked without boxing.
 */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private int[] ids;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    ids = new int[capacity];
    Arrays.fill(keys, EMPTY);
    mask = capacity - 1;
  }

  /**
   * The id of {@code key}, assigning the next one if it is new.
   *
   * @param key any long but {@link Long#MIN_VALUE}
   */
  int idOf(long key) {
    int slot = slot(key);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != EMPTY) {
        int slot = slot(oldKeys[s]);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[s];
        ids[slot] = oldIds[s];
      }
    }
  }
}
