package io.profilesim.domain;

/**
 * A map from Strings to non-null values that iterates in insertion order, for the store's tables of
 * a million entries and more: profiles by id, profiles by key value. Laid out as {@link SlotTable}
 * says; keys and values sit side by side in one array. Not thread-safe: the store guards it with
 * its lock.
 */
final class StringMap<V> extends SlotTable {
  /** Key of entry p at 2p, its value at 2p + 1; both null once it is removed. */
  private Object[] entries;

  StringMap() {
    init();
  }

  boolean containsKey(String key) {
    return find(key.hashCode(), key, 0, 0) >= 0;
  }

  /** Returns the key's value, or {@code null} if it has none. */
  V get(String key) {
    int slot = find(key.hashCode(), key, 0, 0);
    return slot < 0 ? null : value(positionAt(slot));
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
    int slot = find(key.hashCode(), key, 0, 0);
    if (slot < 0) {
      return null;
    }
    int p = positionAt(slot);
    V previous = value(p);
    entries[2 * p] = null;
    entries[2 * p + 1] = null;
    removeAt(slot);
    return previous;
  }

  /** The values in insertion order. The map must not change while they are iterated. */
  Iterable<V> values() {
    return values(this::value);
  }

  private V put(String key, V value, boolean replace) {
    if (value == null) {
      throw new NullPointerException("value of " + key);
    }
    int h = key.hashCode();
    int slot = find(h, key, 0, 0);
    if (slot >= 0) {
      int p = positionAt(slot);
      V previous = value(p);
      if (replace) {
        entries[2 * p + 1] = value;
      }
      return previous;
    }
    int p = add(h, slot);
    entries[2 * p] = key;
    entries[2 * p + 1] = value;
    return null;
  }

  @Override
  int capacity() {
    return entries.length / 2;
  }

  @Override
  void moveEntries(int capacity) {
    Object[] old = entries;
    entries = new Object[2 * capacity];
    int to = 0;
    for (int p = 0; old != null && p < used(); p++) {
      if (old[2 * p] != null) {
        entries[2 * to] = old[2 * p];
        entries[2 * to + 1] = old[2 * p + 1];
        to++;
      }
    }
  }

  @Override
  boolean isLive(int p) {
    return entries[2 * p] != null;
  }

  @Override
  boolean hasKey(int p, Object key, long high, long low) {
    return key.equals(entries[2 * p]);
  }

  @SuppressWarnings("unchecked")
  private V value(int p) {
    return (V) entries[2 * p + 1];
  }
}
