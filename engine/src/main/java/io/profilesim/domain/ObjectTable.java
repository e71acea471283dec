package io.profilesim.domain;

/**
 * The store's objects by {@code ProfileObjectUniqueKey}, in the order they were added. A unique key
 * is 32 hex digits, 128 bits, which each object holds as two longs: the table reads keys from the
 * objects themselves, so a stored object costs no key String (two Java objects, 72 bytes, that
 * every collection finding them live would copy, in a store of millions). Laid out as {@link
 * SlotTable} says. Not thread-safe: the store guards it with its lock.
 */
final class ObjectTable extends SlotTable {
  /** The objects by position; null once removed. */
  private ProfileObject[] objects;

  ObjectTable() {
    init();
  }

  /** Returns the object with that unique key, or {@code null}. */
  ProfileObject get(String uniqueKey) {
    IdGenerator.Id key = IdGenerator.Id.parse(uniqueKey);
    if (key == null) {
      return null; // no stored object has a key of another form
    }
    int slot = find(key.high(), key.low());
    return slot < 0 ? null : objects[positionAt(slot)];
  }

  /** Returns the stored object with the unique key of {@code o}: {@code o}, another, or null. */
  ProfileObject withKeyOf(ProfileObject o) {
    int slot = find(o.keyHigh(), o.keyLow());
    return slot < 0 ? null : objects[positionAt(slot)];
  }

  /** Returns whether this very object is stored, not only one with its unique key. */
  boolean holds(ProfileObject o) {
    return withKeyOf(o) == o;
  }

  /** Adds an object, or replaces the one with its unique key; returns the replaced one or null. */
  ProfileObject put(ProfileObject o) {
    int slot = find(o.keyHigh(), o.keyLow());
    if (slot >= 0) {
      int p = positionAt(slot);
      ProfileObject previous = objects[p];
      objects[p] = o;
      return previous;
    }
    int p = add(hash(o.keyLow()), slot); // may replace the array, so not in the assignment's index
    objects[p] = o;
    return null;
  }

  /** Removes the object with that object's unique key; returns it, or {@code null}. */
  ProfileObject remove(ProfileObject o) {
    int slot = find(o.keyHigh(), o.keyLow());
    if (slot < 0) {
      return null;
    }
    int p = positionAt(slot);
    ProfileObject removed = objects[p];
    objects[p] = null;
    removeAt(slot);
    return removed;
  }

  /** The objects in the order they were added. The table must not change while they are read. */
  Iterable<ProfileObject> values() {
    return values(p -> objects[p]);
  }

  @Override
  int capacity() {
    return objects.length;
  }

  @Override
  void moveEntries(int capacity) {
    ProfileObject[] old = objects;
    objects = new ProfileObject[capacity];
    int to = 0;
    for (int p = 0; old != null && p < used(); p++) {
      if (old[p] != null) {
        objects[to++] = old[p];
      }
    }
  }

  @Override
  boolean isLive(int p) {
    return objects[p] != null;
  }

  @Override
  boolean hasKey(int p, Object key, long high, long low) {
    return objects[p].keyLow() == low && objects[p].keyHigh() == high;
  }

  private int find(long high, long low) {
    return find(hash(low), null, high, low);
  }

  /** A key's hash: its bits are a hash already, so any 32 of them serve. */
  private static int hash(long low) {
    return (int) low;
  }
}
