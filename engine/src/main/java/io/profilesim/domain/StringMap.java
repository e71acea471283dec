package io.profilesim.domain;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A map from Strings to non-null values that iterates in insertion order, for the store's tables of
 * a million entries and more: profiles by id, objects by unique key, profiles by key value.
 *
 * <p>Entries sit in arrays in the order they were added; a table of slots, each holding an entry's
 * hash and position, finds them by open addressing. Against {@code HashMap} and {@code
 * LinkedHashMap} this saves a node object per entry, which matters because the store keeps every
 * entry live and each young collection copies what is live; and growing rebuilds the slots from the
 * stored hashes without reading a key, where a {@code HashMap} visits every node.
 *
 * <p>A removed entry leaves a hole in the arrays until they next fill up, when the live entries are
 * moved together, in their order. Not thread-safe: the store guards it with its lock.
 */
final class StringMap<V> {
  private static final long EMPTY = 0L;
  /** A slot whose entry was removed: a probe goes on past it. Its position part is 0. */
  private static final long REMOVED = 1L << 32;

  /** Per slot: the entry's hash in the high half and its position + 1 in the low half. */
  private long[] slots;
  /** Key of entry p at 2p, its value at 2p + 1; both null once it is removed. */
  private Object[] entries;
  /** Positions used so far, removed ones included. */
  private int used;
  private int size;
  private int modifications;

  StringMap() {
    allocate(8);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean containsKey(String key) {
    return find(key, key.hashCode()) >= 0;
  }

  /** Returns the key's value, or {@code null} if it has none. */
  V get(String key) {
    int slot = find(key, key.hashCode());
    return slot < 0 ? null : value(position(slots[slot]));
  }

  /** Gives the key a value; returns the value it had, or {@code null}. */
  V put(String key, V value) {
    return put(key, value, true);
  }

  /** Gives the key a value unless it has one; returns the value it had, or {@code null}. */
  V putIfAbsent(String key, V value) {
    return put(key, value, false);
  }

  /** Removes the key; returns the value it had, or {@code null}. */
  V remove(String key) {
    int slot = find(key, key.hashCode());
    if (slot < 0) {
      return null;
    }
    int p = position(slots[slot]);
    V previous = value(p);
    entries[2 * p] = null;
    entries[2 * p + 1] = null;
    slots[slot] = REMOVED;
    size--;
    modifications++;
    return previous;
  }

  /** The values in insertion order. The map must not change while they are iterated. */
  Iterable<V> values() {
    return ValueIterator::new;
  }

  private V put(String key, V value, boolean replace) {
    if (value == null) {
      throw new NullPointerException("value of " + key);
    }
    int h = key.hashCode();
    int slot = find(key, h);
    if (slot >= 0) {
      int p = position(slots[slot]);
      V previous = value(p);
      if (replace) {
        entries[2 * p + 1] = value;
      }
      return previous;
    }
    int p = used;
    if (2 * used == entries.length) {
      // Compacting a map that is mostly holes is enough; otherwise it doubles.
      allocate(4 * size > entries.length ? entries.length : entries.length / 2);
      p = used;
      place(h, p);
    } else {
      // The slot the failed probe ended at: the store's tables are large, and probing them again
      // would be a second pass over lines that may have left the cache.
      slots[-slot - 1] = slot(h, p);
    }
    used++;
    entries[2 * p] = key;
    entries[2 * p + 1] = value;
    size++;
    modifications++;
    return null;
  }

  /**
   * Returns the slot holding the key; if there is none, {@code -1 - s} where {@code s} is the slot
   * an entry of that key belongs in: the first of its probe sequence that holds no live entry.
   */
  private int find(String key, int h) {
    int mask = slots.length - 1;
    int free = -1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == EMPTY) {
        return -1 - (free >= 0 ? free : i);
      }
      int p = position(s);
      if (p < 0) {
        free = free >= 0 ? free : i;
      } else if ((int) (s >>> 32) == h && key.equals(entries[2 * p])) {
        return i;
      }
    }
  }

  /** Puts position p in the first slot of its probe sequence that holds no live entry. */
  private void place(int h, int p) {
    int mask = slots.length - 1;
    int i = spread(h) & mask;
    while (position(slots[i]) >= 0) {
      i = (i + 1) & mask;
    }
    slots[i] = slot(h, p);
  }

  private static long slot(int h, int p) {
    return ((long) h << 32) | (p + 1L);
  }

  /**
   * Moves the live entries, in order, to arrays with room for {@code capacity} and rebuilds the
   * slots. The slots are twice the capacity: each position ever used has at most one non-empty
   * slot, so at least half the slots stay empty and every probe ends.
   */
  private void allocate(int capacity) {
    long[] oldSlots = slots;
    Object[] oldEntries = entries;
    int oldUsed = used;
    entries = new Object[2 * capacity];
    slots = new long[2 * capacity];
    // Where each old position moved; only needed when removals left holes.
    int[] moved = oldUsed == size ? null : new int[oldUsed];
    used = 0;
    for (int p = 0; p < oldUsed; p++) {
      if (oldEntries[2 * p] != null) {
        if (moved != null) {
          moved[p] = used;
        }
        entries[2 * used] = oldEntries[2 * p];
        entries[2 * used + 1] = oldEntries[2 * p + 1];
        used++;
      }
    }
    if (oldSlots == null) {
      return;
    }
    // Placed in the order of their old slots, entries land in the new slots nearly in order too
    // (a home slot stays or moves up by the old length), where the order of positions would
    // scatter the writes over the whole table: a miss each, millions of them in a large store.
    for (long s : oldSlots) {
      int p = position(s);
      if (p >= 0) {
        place((int) (s >>> 32), moved == null ? p : moved[p]);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private V value(int p) {
    return (V) entries[2 * p + 1];
  }

  /** The entry position a slot holds; -1 for an empty or removed slot. */
  private static int position(long slot) {
    return (int) slot - 1;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }

  @Override
  public String toString() {
    return "StringMap[size=" + size + ", positions=" + used + "/" + entries.length / 2 + "]";
  }

  private final class ValueIterator implements Iterator<V> {
    private final int expected = modifications;
    private int next = skipHoles(0);

    @Override
    public boolean hasNext() {
      return next < used;
    }

    @Override
    public V next() {
      if (modifications != expected) {
        throw new ConcurrentModificationException();
      }
      if (next >= used) {
        throw new NoSuchElementException();
      }
      V v = value(next);
      next = skipHoles(next + 1);
      return v;
    }

    private int skipHoles(int from) {
      int p = from;
      while (p < used && entries[2 * p] == null) {
        p++;
      }
      return p;
    }
  }
}
