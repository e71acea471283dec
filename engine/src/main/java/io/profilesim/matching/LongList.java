package io.profilesim.matching;

import java.util.Arrays;

/** A growable list of primitive longs. */
final class LongList {
  private long[] items;
  private int size;

  LongList(int capacity) {
    items = new long[Math.max(capacity, 16)];
  }

  void add(long v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, (int) Math.min(Integer.MAX_VALUE - 8, items.length * 2L));
    }
    items[size++] = v;
  }

  int size() {
    return size;
  }

  long get(int i) {
    return items[i];
  }

  long[] toArray() {
    return Arrays.copyOf(items, size);
  }
}
