package io.profilesim.domain;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Which profiles hold a key pair, filed by the pair's 32-bit {@link KeyPairs#fingerprint}: the
 * index keeps no key String, since the profiles hold their pairs packed already, and one table
 * serves every key name. Most pairs belong to one profile, so a fingerprint maps to the entry itself and
 * only shared values (a household's phone) pay for an array.
 *
 * <p>Two pairs may share a fingerprint, so what {@link #get} returns are candidates, which the
 * store checks against each one's pairs; and a profile holding two pairs of one fingerprint is
 * filed once, so the store takes it out only when it holds neither. Among the 3 million pairs of a
 * million profiles about a thousand share one, each costing a check; so the index needs no more
 * bits, and holds the fingerprint only in its slot. Laid out as {@link SlotTable} says. Not
 * thread-safe: the store guards it with its lock.
 */
final class KeyIndex extends SlotTable {
  // Each entry is a ProfileEntry, or a ProfileEntry[] of several.

  /** What the index files a fingerprint as: itself, or for tests fewer bits, to force clashes. */
  private final IntUnaryOperator fold;

  KeyIndex() {
    this(IntUnaryOperator.identity());
  }

  KeyIndex(IntUnaryOperator fold) {
    this.fold = fold;
    init();
  }

  /** Files the profile under the pair's fingerprint; idempotent. */
  void add(int pairFingerprint, ProfileEntry entry) {
    int fingerprint = fold.applyAsInt(pairFingerprint);
    // One probe for the common case, a value no profile has yet.
    int slot = find(fingerprint, 0, 0);
    if (slot < 0) {
      add(fingerprint, slot, entry);
      return;
    }
    int p = positionAt(slot);
    Object current = entryAt(p);
    if (current instanceof ProfileEntry single) {
      if (single != entry) {
        replaceAt(p, new ProfileEntry[] {single, entry});
      }
      return;
    }
    ProfileEntry[] many = (ProfileEntry[]) current;
    for (ProfileEntry e : many) {
      if (e == entry) {
        return;
      }
    }
    ProfileEntry[] grown = Arrays.copyOf(many, many.length + 1);
    grown[many.length] = entry;
    replaceAt(p, grown);
  }

  /** Takes the profile out from under the pair's fingerprint; idempotent. */
  void remove(int pairFingerprint, ProfileEntry entry) {
    int slot = find(fold.applyAsInt(pairFingerprint), 0, 0);
    if (slot < 0) {
      return;
    }
    int p = positionAt(slot);
    Object current = entryAt(p);
    if (current == entry) {
      removeAt(slot);
    } else if (current instanceof ProfileEntry[] many) {
      int at = Arrays.asList(many).indexOf(entry);
      if (at < 0) {
        return;
      }
      if (many.length == 2) {
        replaceAt(p, many[1 - at]);
      } else {
        ProfileEntry[] shrunk = new ProfileEntry[many.length - 1];
        System.arraycopy(many, 0, shrunk, 0, at);
        System.arraycopy(many, at + 1, shrunk, at, many.length - at - 1);
        replaceAt(p, shrunk);
      }
    }
  }

  /** Returns whether the index files two pairs' fingerprints as one. */
  boolean filesTogether(int pairFingerprint, int otherPairFingerprint) {
    return fold.applyAsInt(pairFingerprint) == fold.applyAsInt(otherPairFingerprint);
  }

  /**
   * Returns the profiles filed under the pair's fingerprint without copying them: {@code null} for
   * none, a {@link ProfileEntry} for one, a {@code ProfileEntry[]} (never to be changed) for
   * several.
   */
  Object get(int pairFingerprint) {
    int slot = find(fold.applyAsInt(pairFingerprint), 0, 0);
    return slot < 0 ? null : entryAt(positionAt(slot));
  }

  /** The slot's hash is the whole fingerprint, and {@link SlotTable#find} compared it already. */
  @Override
  boolean hasKey(int p, long high, long low) {
    return true;
  }
}
