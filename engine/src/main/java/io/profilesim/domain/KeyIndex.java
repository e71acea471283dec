package io.profilesim.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which profiles have a key value. Key names are global to a domain, so the index is keyed by name
 * and then by normalized value. Most values belong to one profile, so a value maps to the entry
 * itself and only shared values (a household's phone) pay for an array.
 */
final class KeyIndex {
  private final Map<String, StringMap<Object>> byName = new HashMap<>();

  /** Records that the profile has the value; idempotent. */
  void add(String name, String value, ProfileEntry entry) {
    StringMap<Object> values = byName.computeIfAbsent(name, n -> new StringMap<>());
    // One probe for the common case, a value no profile has yet.
    Object current = values.putIfAbsent(value, entry);
    if (current == null) {
      return;
    }
    if (current instanceof ProfileEntry single) {
      if (single != entry) {
        values.put(value, new ProfileEntry[] {single, entry});
      }
    } else {
      ProfileEntry[] many = (ProfileEntry[]) current;
      for (ProfileEntry e : many) {
        if (e == entry) {
          return;
        }
      }
      ProfileEntry[] grown = Arrays.copyOf(many, many.length + 1);
      grown[many.length] = entry;
      values.put(value, grown);
    }
  }

  /** Records that the profile no longer has the value; idempotent. */
  void remove(String name, String value, ProfileEntry entry) {
    StringMap<Object> values = byName.get(name);
    Object current = values == null ? null : values.get(value);
    if (current == null) {
      return;
    }
    if (current == entry) {
      values.remove(value);
    } else if (current instanceof ProfileEntry[] many) {
      int at = -1;
      for (int i = 0; i < many.length; i++) {
        if (many[i] == entry) {
          at = i;
        }
      }
      if (at < 0) {
        return;
      }
      if (many.length == 2) {
        values.put(value, many[1 - at]);
      } else {
        ProfileEntry[] shrunk = new ProfileEntry[many.length - 1];
        System.arraycopy(many, 0, shrunk, 0, at);
        System.arraycopy(many, at + 1, shrunk, at, many.length - at - 1);
        values.put(value, shrunk);
      }
    }
    if (values.isEmpty()) {
      byName.remove(name);
    }
  }

  /**
   * Returns what the index holds for the value without copying it: {@code null} for no profile, a
   * {@link ProfileEntry} for one, a {@code ProfileEntry[]} (never to be changed) for several.
   */
  Object get(String name, String value) {
    StringMap<Object> values = byName.get(name);
    return values == null ? null : values.get(value);
  }
}
