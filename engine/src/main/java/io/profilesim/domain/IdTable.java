package io.profilesim.domain;

/**
 * The store's profiles by id and objects by {@code ProfileObjectUniqueKey}, in the order they were
 * added. Both are 32 hex digits, 128 bits, which each entry holds as two longs: the table reads
 * keys from the entries themselves, so a stored entry costs no key String (two Java objects, 72
 * bytes, that every collection finding them live would copy, in a store of millions). Laid out as
 * {@link SlotTable} says. Not thread-safe: the store guards it with its lock.
 *
 * @param <E> what the table holds, keyed by its id
 */
abstract class IdTable<E> extends SlotTable {
  private IdTable() {
    init();
  }

  /** Returns a table of profiles by id. */
  static IdTable<ProfileEntry> ofProfiles() {
    return new IdTable<>() {
      @Override
      long idHigh(ProfileEntry e) {
        return e.idHigh;
      }

      @Override
      long idLow(ProfileEntry e) {
        return e.idLow;
      }
    };
  }

  /** Returns a table of objects by {@code ProfileObjectUniqueKey}. */
  static IdTable<ProfileObject> ofObjects() {
    return new IdTable<>() {
      @Override
      long idHigh(ProfileObject o) {
        return o.idHigh();
      }

      @Override
      long idLow(ProfileObject o) {
        return o.idLow();
      }
    };
  }

  /** The high half of an entry's id, as {@link IdGenerator.Id#high} spells it. */
  abstract long idHigh(E e);

  /** The low half of an entry's id. */
  abstract long idLow(E e);

  /** Returns the entry with that id, or {@code null}. */
  E get(String id) {
    IdGenerator.Id key = IdGenerator.Id.parse(id);
    if (key == null) {
      return null; // no stored entry has an id of another form
    }
    int slot = find(key.high(), key.low());
    return slot < 0 ? null : at(positionAt(slot));
  }

  /** Returns the stored entry with the id of {@code e}: {@code e}, another, or null. */
  E withIdOf(E e) {
    int slot = find(idHigh(e), idLow(e));
    return slot < 0 ? null : at(positionAt(slot));
  }

  /** Returns whether this very entry is stored, not only one with its id. */
  boolean holds(E e) {
    return withIdOf(e) == e;
  }

  /** Adds an entry, or replaces the one with its id; returns the replaced one or null. */
  E put(E e) {
    return put(e, true);
  }

  /** Adds an entry unless one has its id; returns that one, or null if {@code e} was added. */
  E putIfAbsent(E e) {
    return put(e, false);
  }

  /** Removes the entry with that entry's id; returns it, or {@code null}. */
  E remove(E e) {
    int slot = find(idHigh(e), idLow(e));
    if (slot < 0) {
      return null;
    }
    int p = positionAt(slot);
    E removed = at(p);
    removeAt(slot);
    return removed;
  }

  /** The entries in the order they were added. The table must not change while they are read. */
  Iterable<E> values() {
    return values(this::at);
  }

  @Override
  boolean hasKey(int p, long high, long low) {
    E e = at(p);
    return idLow(e) == low && idHigh(e) == high;
  }

  private E put(E e, boolean replace) {
    int slot = find(idHigh(e), idLow(e));
    if (slot >= 0) {
      int p = positionAt(slot);
      E previous = at(p);
      if (replace) {
        replaceAt(p, e);
      }
      return previous;
    }
    add(hash(idLow(e)), slot, e);
    return null;
  }

  @SuppressWarnings("unchecked") // only E is ever stored
  private E at(int p) {
    return (E) entryAt(p);
  }

  private int find(long high, long low) {
    return find(hash(low), high, low);
  }

  /** An id's hash: its bits are a hash already, so any 32 of them serve. */
  private static int hash(long low) {
    return (int) low;
  }
}
