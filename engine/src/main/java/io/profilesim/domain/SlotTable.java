package io.profilesim.domain;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * What the store's large tables ({@link IdTable}, {@link KeyIndex}) share: entries sit in one
 * array in the order they were added; a table of slots, each holding an entry's hash and
 * position, finds them by open addressing; a subclass says which key an entry has. Against {@code
 * HashMap} this saves a node object per entry, which matters because the store keeps every entry
 * live and each young collection copies what is live; and growing rebuilds the slots from the
 * hashes they hold, without reading a key.
 *
 * <p>A removed entry leaves a hole in the array until it next fills up, when the live entries
 * are moved together, in their order. Not thread-safe: the store guards its tables with its lock.
 */
abstract class SlotTable {
  private static final long EMPTY = 0L;
  /** A slot whose entry was removed: a probe goes on past it. Its position part is 0. */
  private static final long REMOVED = 1L << 32;

  /** Per slot: the entry's hash in the high half and its position + 1 in the low half. */
  private long[] slots;
  /** The entries by position, in the order they were added; null where one was removed. */
  private Object[] entries;
  /** Positions used so far, removed ones included. */
  private int used;
  private int size;
  private int modifications;

  /**
   * Returns whether the live entry at position {@code p} has the key a subclass looks up, 128 bits
   * ({@code high}, {@code low}); for {@link KeyIndex}, whose key is the slot's hash itself,
   * always.
   */
  abstract boolean hasKey(int p, long high, long low);

  /** Makes the first arrays; subclasses call it once their own fields are set. */
  final void init() {
    resize(8);
  }

  /** Returns the entry at position {@code p}: live, or null once removed. */
  final Object entryAt(int p) {
    return entries[p];
  }

  /** Replaces the live entry at position {@code p}. */
  final void replaceAt(int p, Object entry) {
    entries[p] = entry;
  }

  final int size() {
    return size;
  }

  final boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the slot holding the key; if there is none, {@code -1 - s} where {@code s} is the slot
   * an entry of that key belongs in: the first of its probe sequence that holds no live entry.
   */
  final int find(int h, long high, long low) {
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
      } else if ((int) (s >>> 32) == h && hasKey(p, high, low)) {
        return i;
      }
    }
  }

  /** Returns the position of the entry in a slot {@link #find} returned. */
  final int positionAt(int slot) {
    return position(slots[slot]);
  }

  /**
   * Adds a non-null entry of hash {@code h}, given the {@code -1 - s} that {@link #find} returned
   * for its key.
   */
  final void add(int h, int missed, Object entry) {
    int p = used;
    if (used == entries.length) {
      // Compacting a table that is mostly holes is enough; otherwise it doubles.
      resize(2 * size > entries.length ? 2 * entries.length : entries.length);
      p = used;
      place(h, p);
    } else {
      // The slot the failed probe ended at: the store's tables are large, and probing them again
      // would be a second pass over lines that may have left the cache.
      slots[-missed - 1] = slot(h, p);
    }
    entries[p] = entry;
    used++;
    size++;
    modifications++;
  }

  /** Removes the entry in a slot {@link #find} returned. */
  final void removeAt(int slot) {
    entries[positionAt(slot)] = null;
    slots[slot] = REMOVED;
    size--;
    modifications++;
  }

  /** The live entries in the order they were added, each read by {@code valueAt}. */
  final <V> Iterable<V> values(IntFunction<V> valueAt) {
    return () -> new Values<>(valueAt);
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

  /**
   * Moves the live entries to arrays with room for {@code capacity} and rebuilds the slots. The
   * slots are twice the capacity: each position ever used has at most one non-empty slot, so at
   * least half the slots stay empty and every probe ends.
   */
  private void resize(int capacity) {
    long[] oldSlots = slots;
    int oldUsed = used;
    // Where each old position moves; only needed when removals left holes.
    int[] moved = oldUsed == size ? null : new int[oldUsed];
    if (moved != null) {
      for (int p = 0, to = 0; p < oldUsed; p++) {
        moved[p] = to;
        to += entries[p] != null ? 1 : 0;
      }
    }
    moveEntries(capacity);
    used = size;
    slots = new long[2 * capacity];
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

  /** Moves the live entries, in their order, to an array with room for {@code capacity}. */
  private void moveEntries(int capacity) {
    Object[] old = entries;
    entries = new Object[capacity];
    int to = 0;
    for (int p = 0; old != null && p < used; p++) {
      if (old[p] != null) {
        entries[to++] = old[p];
      }
    }
  }

  private static long slot(int h, int p) {
    return ((long) h << 32) | (p + 1L);
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
    return getClass().getSimpleName()
        + "[size="
        + size
        + ", positions="
        + used
        + "/"
        + entries.length
        + "]";
  }

  private final class Values<V> implements Iterator<V> {
    private final IntFunction<V> valueAt;
    private final int expected = modifications;
    private int next;

    Values(IntFunction<V> valueAt) {
      this.valueAt = valueAt;
      this.next = skipHoles(0);
    }

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
      V v = valueAt.apply(next);
      next = skipHoles(next + 1);
      return v;
    }

    private int skipHoles(int from) {
      int p = from;
      while (p < used && entries[p] == null) {
        p++;
      }
      return p;
    }
  }
}
