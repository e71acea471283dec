package io.profilesim.model;

import java.util.List;

/**
 * An object that defines the Key element of a ProfileObject. A Key is a special element that can be
 * used to search for a customer profile.
 *
 * <p>Shape {@code ObjectTypeKey}.
 *
 * @param standardIdentifiers the types of keys that a ProfileObject can have. Each ProfileObject
 * can have only 1 UNIQUE key but multiple PROFILE keys.
 * @param fieldNames the reference for the key name of the fields map.
 */
public record ObjectTypeKey(
    List<StandardIdentifier> standardIdentifiers,
    List<String> fieldNames) {

  public ObjectTypeKey {
    standardIdentifiers = Shapes.copyOf(standardIdentifiers);
    fieldNames = Shapes.copyOf(fieldNames);
  }
}
