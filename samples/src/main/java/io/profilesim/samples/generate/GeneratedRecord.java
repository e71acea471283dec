package io.profilesim.samples.generate;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One generated source record with its ground truth: where it comes from, its values, the true
 * person and household behind it, and what the generator did to it. Immutable.
 */
public final class GeneratedRecord {
  private final Source source;
  private final String sourceKey;
  private final String cluster;
  private final String household;
  private final String[] values;
  private final Set<Variation> variations;

  /**
   * Takes ownership of {@code values} (aligned with {@link Source#fieldNames()}, {@code null} for
   * a missing value) and {@code variations}; the generator hands over fresh ones.
   */
  GeneratedRecord(Source source, String sourceKey, String cluster, String household,
      String[] values, EnumSet<Variation> variations) {
    this.source = Objects.requireNonNull(source, "source");
    this.sourceKey = Objects.requireNonNull(sourceKey, "sourceKey");
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.household = Objects.requireNonNull(household, "household");
    this.values = values;
    this.variations = Collections.unmodifiableSet(variations);
  }

  /** Returns the system the record comes from (its object type). */
  public Source source() {
    return source;
  }

  /** Returns the record's unique key, also its value of the source's key field. */
  public String sourceKey() {
    return sourceKey;
  }

  /** Returns the true person the record belongs to; records of one person share it. */
  public String cluster() {
    return cluster;
  }

  /** Returns the household the person lives in; people of one household share it. */
  public String household() {
    return household;
  }

  /** Returns what the generator did to this record (see {@link Variation}). */
  public Set<Variation> variations() {
    return variations;
  }

  /**
   * Returns the value of a field (dotted when nested, as in {@link Source#fieldNames()}), or
   * {@code null} when the record has none.
   *
   * @throws IllegalArgumentException if the source has no such field
   */
  public String value(String fieldName) {
    return values[source.fieldIndex(fieldName)];
  }

  /** Returns the values present, by field name in the source's field order. */
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> names = source.fieldNames();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        fields.put(names.get(i), values[i]);
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  /**
   * Returns the record as the JSON object a PutProfileObject request carries (its {@code _source}):
   * dotted names nested, missing values absent, every value a string.
   */
  public String objectJson() {
    return JsonRecords.toJson(source, values);
  }

  /** Returns the values aligned with the source's fields, without copying; do not modify. */
  String[] values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedRecord r && source == r.source && sourceKey.equals(r.sourceKey)
        && cluster.equals(r.cluster) && household.equals(r.household)
        && Arrays.equals(values, r.values) && variations.equals(r.variations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, sourceKey, cluster, household, Arrays.hashCode(values), variations);
  }

  @Override
  public String toString() {
    return "GeneratedRecord[source=" + source + ", sourceKey=" + sourceKey + ", cluster=" + cluster
        + ", household=" + household + ", fields=" + fields() + ", variations=" + variations + "]";
  }
}
