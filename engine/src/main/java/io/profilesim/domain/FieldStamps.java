package io.profilesim.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provenance of a profile's field values: for each attribute (named as {@link
 * ProfileAttributes} names them: {@code FirstName}, {@code ShippingAddress.City}, {@code
 * Attributes.tier}) the time its value was last updated at its source and the source that gave it.
 *
 * <p>Immutable; every change returns a new instance, so a snapshot of a store holds stamps that
 * later writes cannot change. A million profiles each hold one, so the layout is compact: the
 * sorted attribute names are shared between instances with the same names, and when every field
 * carries the same stamp (the usual case: one object or one API call wrote them all) the time and
 * source are stored once.
 */
public final class FieldStamps {
  /** The source of values written by CreateProfile and UpdateProfile. */
  public static final String PROFILE_API = "_profile";

  /** No stamps at all. */
  public static final FieldStamps EMPTY = new FieldStamps(new String[0], null, null, 0, null);

  private static final int MAX_SHARED_NAME_SETS = 10_000;
  private static final Map<List<String>, String[]> SHARED_NAMES = new ConcurrentHashMap<>();
  private static final FieldStamps[] UNIFORM = new FieldStamps[1 << 10];

  private final String[] names;
  private final long[] times;
  private final String[] sources;
  private final long time;
  private final String source;

  private FieldStamps(String[] names, long[] times, String[] sources, long time, String source) {
    this.names = names;
    this.times = times;
    this.sources = sources;
    this.time = time;
    this.source = source;
  }

  /** Returns a builder for stamps that differ from field to field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns how many fields carry a stamp. */
  public int size() {
    return names.length;
  }

  /** Returns the stamped attribute names in ascending order. */
  public List<String> attributes() {
    return List.of(names);
  }

  /** Returns the stamp of an attribute, or {@code null} when it has none. */
  public FieldStamp get(String attribute) {
    int i = Arrays.binarySearch(names, attribute);
    return i < 0 ? null : new FieldStamp(Instant.ofEpochMilli(timeAt(i)), sourceAt(i));
  }

  /** Returns the stamp time of an attribute in epoch milliseconds, or {@code Long.MIN_VALUE}. */
  public long updatedAtMillis(String attribute) {
    int i = Arrays.binarySearch(names, attribute);
    return i < 0 ? Long.MIN_VALUE : timeAt(i);
  }

  /** Returns the source of an attribute's value, or {@code null} when it has no stamp. */
  public String source(String attribute) {
    int i = Arrays.binarySearch(names, attribute);
    return i < 0 ? null : sourceAt(i);
  }

  /** Returns the attributes whose value came from {@code source}, in ascending order. */
  public List<String> attributesFrom(String source) {
    List<String> from = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (sourceAt(i).equals(source)) {
        from.add(names[i]);
      }
    }
    return from;
  }

  /**
   * Returns these stamps with each of {@code attributes} stamped {@code millis} by {@code source}.
   */
  public FieldStamps with(Collection<String> attributes, long millis, String source) {
    if (attributes.isEmpty()) {
      return this;
    }
    // Ingestion calls this for every object, so merge two sorted arrays rather than rebuild a map.
    String[] added = attributes.toArray(new String[0]);
    Arrays.sort(added);
    if (names.length == 0 && isStrictlyAscending(added)) {
      return uniform(Builder.shared(added), millis, source);
    }
    int n = 0;
    String[] merged = new String[names.length + added.length];
    long[] mergedTimes = new long[merged.length];
    String[] mergedSources = new String[merged.length];
    int i = 0;
    int j = 0;
    while (i < names.length || j < added.length) {
      int c = i == names.length ? 1 : j == added.length ? -1 : names[i].compareTo(added[j]);
      if (c < 0) {
        merged[n] = names[i];
        mergedTimes[n] = timeAt(i);
        mergedSources[n++] = sourceAt(i++);
      } else {
        if (c == 0) {
          i++;
        }
        if (n == 0 || !merged[n - 1].equals(added[j])) {
          merged[n] = added[j];
          mergedTimes[n] = millis;
          mergedSources[n++] = source;
        }
        j++;
      }
    }
    return of(
        Arrays.copyOf(merged, n), Arrays.copyOf(mergedTimes, n), Arrays.copyOf(mergedSources, n));
  }

  /**
   * Returns the stamps of a new profile, one stamp on every field, the instance made for the same
   * names, time and source before when it is still in the table: profiles loaded from one export
   * often share the export's time. The table is direct-mapped and read and written without a lock,
   * which is safe for immutable stamps.
   */
  private static FieldStamps uniform(String[] sharedNames, long millis, String source) {
    int h = 31 * (31 * sharedNames.length + Long.hashCode(millis)) + source.hashCode();
    int slot = (h ^ (h >>> 16)) & (UNIFORM.length - 1);
    FieldStamps cached = UNIFORM[slot];
    if (cached != null
        && cached.names == sharedNames
        && cached.time == millis
        && source.equals(cached.source)) {
      return cached;
    }
    FieldStamps made = new FieldStamps(sharedNames, null, null, millis, source);
    UNIFORM[slot] = made;
    return made;
  }

  private static boolean isStrictlyAscending(String[] sorted) {
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i - 1].equals(sorted[i])) {
        return false;
      }
    }
    return true;
  }

  /** Returns stamps over sorted, distinct names, stored compactly. */
  private static FieldStamps of(String[] names, long[] times, String[] sources) {
    if (names.length == 0) {
      return EMPTY;
    }
    boolean uniform = true;
    for (int i = 1; i < names.length && uniform; i++) {
      uniform = times[i] == times[0] && sources[i].equals(sources[0]);
    }
    String[] shared = Builder.shared(names);
    return uniform
        ? new FieldStamps(shared, null, null, times[0], sources[0])
        : new FieldStamps(shared, times, sources, 0, null);
  }

  /** Returns these stamps without the given attributes. */
  public FieldStamps without(Collection<String> attributes) {
    if (attributes.isEmpty() || names.length == 0) {
      return this;
    }
    Builder b = toBuilder();
    attributes.forEach(b.entries::remove);
    return b.build();
  }

  /** Returns a builder holding these stamps. */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], timeAt(i), sourceAt(i));
    }
    return b;
  }

  private long timeAt(int i) {
    return times == null ? time : times[i];
  }

  private String sourceAt(int i) {
    return sources == null ? source : sources[i];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldStamps other) || other.names.length != names.length) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      if (!names[i].equals(other.names[i])
          || timeAt(i) != other.timeAt(i)
          || !sourceAt(i).equals(other.sourceAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < names.length; i++) {
      h = 31 * h + Objects.hash(names[i], timeAt(i), sourceAt(i));
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names[i])
          .append('=')
          .append(Instant.ofEpochMilli(timeAt(i)))
          .append(" from ")
          .append(sourceAt(i));
    }
    return sb.append('}').toString();
  }

  /** Collects stamps field by field; a later {@code put} of the same attribute wins. */
  public static final class Builder {
    private final TreeMap<String, Object[]> entries = new TreeMap<>();

    private Builder() {}

    /** Stamps an attribute. */
    public Builder put(String attribute, long millis, String source) {
      entries.put(
          Objects.requireNonNull(attribute, "attribute"),
          new Object[] {millis, Objects.requireNonNull(source, "source")});
      return this;
    }

    /** Stamps an attribute. */
    public Builder put(String attribute, FieldStamp stamp) {
      return put(attribute, stamp.updatedAt().toEpochMilli(), stamp.source());
    }

    /** Removes an attribute's stamp. */
    public Builder remove(String attribute) {
      entries.remove(attribute);
      return this;
    }

    /** Returns the stamps collected so far. */
    public FieldStamps build() {
      int n = entries.size();
      String[] names = new String[n];
      long[] times = new long[n];
      String[] sources = new String[n];
      int i = 0;
      for (Map.Entry<String, Object[]> e : entries.entrySet()) {
        names[i] = e.getKey();
        times[i] = (Long) e.getValue()[0];
        sources[i++] = (String) e.getValue()[1];
      }
      return FieldStamps.of(names, times, sources);
    }

    /** Reuses an identical, already built names array: most profiles share a handful of them. */
    private static String[] shared(String[] names) {
      String[] existing = SHARED_NAMES.get(Arrays.asList(names));
      if (existing != null) {
        return existing;
      }
      if (SHARED_NAMES.size() < MAX_SHARED_NAME_SETS) {
        existing = SHARED_NAMES.putIfAbsent(Arrays.asList(names), names);
      }
      return existing == null ? names : existing;
    }
  }
}
