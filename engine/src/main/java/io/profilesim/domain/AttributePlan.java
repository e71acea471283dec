package io.profilesim.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of profile attributes, named as {@link ProfileFields} names them, compiled once so
 * that a new profile can be made straight from their values by number. Ingestion compiles the
 * attributes an object type writes when the type is defined; each profile the type creates is
 * then packed from the object's values without a {@link io.profilesim.model.Profile} record being
 * built first, and without a look-up by name.
 */
public final class AttributePlan {
  private final List<String> attributes;
  private final PackedProfile.Layout layout;

  /**
   * For each derived key, the numbers of the attributes it is made of ({@link
   * StandardKeys#SOURCES}' entry, in order), -1 for one this list lacks.
   */
  private final Map<String, int[]> derivedSources;

  private AttributePlan(String[] attributes) {
    this.attributes = List.of(attributes);
    this.layout = PackedProfile.layout(attributes);
    this.derivedSources = new HashMap<>();
    StandardKeys.SOURCES.forEach(
        (key, fields) ->
            derivedSources.put(
                key, fields.stream().mapToInt(this.attributes::indexOf).toArray()));
  }

  /**
   * Compiles a list of distinct writable attributes ({@link ProfileFields#isWritable}).
   *
   * @throws IllegalArgumentException if an attribute is not writable or is listed twice
   */
  public static AttributePlan of(String... attributes) {
    return new AttributePlan(attributes.clone());
  }

  /** Returns the attributes, numbered by their place in the list. */
  public List<String> attributes() {
    return attributes;
  }

  /** Packs the new profile these values make: {@code values[i]} for attribute {@code i}. */
  byte[] pack(String[] values) {
    return PackedProfile.pack(layout, values);
  }

  /**
   * Returns the normalized values of a derived key that the new profile these values make has, as
   * {@link StandardKeys#values(String, io.profilesim.model.Profile)} gives them for that profile.
   */
  List<String> derivedValues(String keyName, String[] values) {
    int[] sources = derivedSources.get(keyName);
    if (sources == null) {
      throw new IllegalArgumentException("not a derived key: " + keyName);
    }
    String[] fields = new String[sources.length];
    for (int i = 0; i < sources.length; i++) {
      fields[i] = sources[i] < 0 ? null : values[sources[i]];
    }
    return StandardKeys.fromFields(keyName, fields);
  }
}
