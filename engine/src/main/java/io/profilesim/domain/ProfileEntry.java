package io.profilesim.domain;

import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's mutable record of one profile. Only {@link ProfileStore} touches it, under the
 * domain's write lock; what leaves the store are the immutable {@link Profile} and {@link
 * FieldStamps} it points to.
 */
final class ProfileEntry {
  private static final String[] NO_KEYS = new String[0];

  final String id;
  Profile profile;
  FieldStamps stamps;
  /** The profile's objects in storage order; {@code null} until it has one. */
  List<ProfileObject> objects;
  /** Keys added by objects and AddProfileKey, as pairs: name, normalized value, name, value... */
  String[] keys = NO_KEYS;

  ProfileEntry(String id, Profile profile, FieldStamps stamps) {
    this.id = id;
    this.profile = profile;
    this.stamps = stamps;
  }

  int objectCount() {
    return objects == null ? 0 : objects.size();
  }

  void addObject(ProfileObject object) {
    if (objects == null) {
      objects = new ArrayList<>(2);
    }
    objects.add(object);
  }

  boolean hasKey(String name, String value) {
    for (int i = 0; i < keys.length; i += 2) {
      if (keys[i].equals(name) && keys[i + 1].equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** Adds a key value; returns false if the profile already had it. */
  boolean addKey(String name, String value) {
    if (hasKey(name, value)) {
      return false;
    }
    String[] grown = java.util.Arrays.copyOf(keys, keys.length + 2);
    grown[keys.length] = name;
    grown[keys.length + 1] = value;
    keys = grown;
    return true;
  }

  /** Removes a key value; returns false if the profile did not have it. */
  boolean removeKey(String name, String value) {
    for (int i = 0; i < keys.length; i += 2) {
      if (keys[i].equals(name) && keys[i + 1].equals(value)) {
        String[] shrunk = new String[keys.length - 2];
        System.arraycopy(keys, 0, shrunk, 0, i);
        System.arraycopy(keys, i + 2, shrunk, i, keys.length - i - 2);
        keys = shrunk.length == 0 ? NO_KEYS : shrunk;
        return true;
      }
    }
    return false;
  }

  StoredProfile view() {
    return new StoredProfile(profile, stamps, objectCount());
  }
}
