package io.profilesim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Structural copies for the collection members of shapes.
 *
 * <p>An absent member stays {@code null} so that absence and emptiness remain different (the service
 * model gives many lists and maps a minimum size, and an empty one must be reported, not mistaken for
 * an absent one). Null elements and keys are kept too: an invalid request must be representable so
 * the validator can report every violation. Maps are copied in key order so every output is
 * deterministic (a map of one entry has no order to keep).
 */
final class Shapes {
  /** The class of the JDK's immutable map of one entry ({@code Map.of(k, v)}). */
  private static final Class<?> SINGLE_ENTRY_MAP = Map.of("", "").getClass();

  private Shapes() {}

  static <T> List<T> copyOf(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  static <V> Map<String, V> copyOf(Map<String, V> map) {
    if (map == null) {
      return null;
    }
    if (map.getClass() == SINGLE_ENTRY_MAP) {
      // Already what a copy would be (immutable, one non-null entry): share it.
      return map;
    }
    boolean nullKey = hasNullKey(map);
    if (!nullKey && map.size() == 1) {
      // A profile often has a single custom attribute; Map.of holds it in a fraction of a TreeMap.
      Map.Entry<String, V> only = map.entrySet().iterator().next();
      if (only.getValue() != null) {
        return Map.of(only.getKey(), only.getValue());
      }
    }
    Map<String, V> copy = nullKey ? new LinkedHashMap<>(map) : new TreeMap<>(map);
    return Collections.unmodifiableMap(copy);
  }

  // Map.containsKey(null) throws on the JDK's immutable maps, so look instead of asking.
  private static boolean hasNullKey(Map<String, ?> map) {
    for (String key : map.keySet()) {
      if (key == null) {
        return true;
      }
    }
    return false;
  }
}
