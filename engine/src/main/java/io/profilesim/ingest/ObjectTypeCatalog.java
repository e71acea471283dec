package io.profilesim.ingest;

import io.profilesim.domain.Domain;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A domain's object types, in name order. Reads are lock-free (ingestion reads the type of every
 * object); changes replace the whole map under the domain's write lock, so a reader sees the types
 * before or after a change, never half of one.
 */
final class ObjectTypeCatalog {
  /** AWS quota: object types per domain. */
  static final int MAX_OBJECT_TYPES = 100;

  private volatile NavigableMap<String, ObjectType> types = Collections.emptyNavigableMap();

  /** Returns the catalog of a domain. */
  static ObjectTypeCatalog of(Domain domain) {
    return domain.attachment(ObjectTypeCatalog.class, ObjectTypeCatalog::new);
  }

  /** Returns the type of that name, or {@code null}. */
  ObjectType get(String name) {
    return types.get(name);
  }

  /** Returns every type, in name order. */
  NavigableMap<String, ObjectType> all() {
    return types;
  }

  /** Adds or replaces a type; the caller holds the domain's write lock. */
  void put(ObjectType type) {
    TreeMap<String, ObjectType> copy = new TreeMap<>(types);
    copy.put(type.name(), type);
    types = Collections.unmodifiableNavigableMap(copy);
  }

  /** Removes a type; the caller holds the domain's write lock. */
  void remove(String name) {
    TreeMap<String, ObjectType> copy = new TreeMap<>(types);
    copy.remove(name);
    types = Collections.unmodifiableNavigableMap(copy);
  }

  /**
   * Returns the SourcePriority of a field's source: its object type's, or the lowest priority for a
   * type without one, a deleted type and the profile API.
   */
  int priorityOf(String source) {
    ObjectType type = types.get(source);
    return type == null ? Integer.MAX_VALUE : type.sourcePriority();
  }
}
