package io.profilesim.matching;

/**
 * Strings to ints by open addressing over arrays, with each key's hash kept beside it: a lookup
 * reads the key's String only when the hashes agree. The dictionaries of a million-profile job
 * see millions of lookups, and with {@code HashMap} each one went through a node, a boxed value
 * and the stored key, cache miss after cache miss.
 */
final class StringIntMap {
  private String[] keys;
  private int[] hashes;
  private int[] values;
  private int size;
  private int mask;

  StringIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** The value of {@code key}, or {@code absent} when it has none. */
  int get(String key, int absent) {
    int h = key.hashCode();
    for (int slot = slot(h); keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && keys[slot].equals(key)) {
        return values[slot];
      }
    }
    return absent;
  }

  /** Gives {@code key}, which must not be in the map yet, the value {@code value}. */
  void putNew(String key, int value) {
    int h = key.hashCode();
    int slot = slot(h);
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = h;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  int size() {
    return size;
  }

  private int slot(int h) {
    int x = h * 0x9E3779B1;
    return (x ^ (x >>> 16)) & mask;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != null) {
        int slot = slot(oldHashes[s]);
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[s];
        hashes[slot] = oldHashes[s];
        values[slot] = oldValues[s];
      }
    }
  }
}
