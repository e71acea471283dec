package io.profilesim.domain;

import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** The profile's only object; most profiles hold one, and a list would cost two more objects. */
  private ProfileObject one;

  /** The profile's objects in storage order once it holds two or more. */
  private ArrayList<ProfileObject> many;

  /** Keys added by objects and AddProfileKey, as pairs: name, normalized value, name, value... */
  String[] keys = NO_KEYS;

  ProfileEntry(String id, Profile profile, FieldStamps stamps) {
    this.id = id;
    this.profile = profile;
    this.stamps = stamps;
  }

  int objectCount() {
    return many != null ? many.size() : one != null ? 1 : 0;
  }

  /** Returns the objects in storage order; a view to read, not to change. */
  List<ProfileObject> objects() {
    return many != null ? many : one != null ? List.of(one) : List.of();
  }

  void addObject(ProfileObject object) {
    if (many != null) {
      many.add(object);
    } else if (one == null) {
      one = object;
    } else {
      many = new ArrayList<>(4);
      many.add(one);
      many.add(object);
      one = null;
    }
  }

  void removeObject(ProfileObject object) {
    if (many == null) {
      if (one == object) {
        one = null;
      }
      return;
    }
    many.remove(object);
    if (many.size() == 1) {
      one = many.get(0);
      many = null;
    }
  }

  /** Removes and returns every object. */
  List<ProfileObject> takeObjects() {
    List<ProfileObject> all = objects();
    one = null;
    many = null;
    return all;
  }

  void sortObjects() {
    if (many != null) {
      many.sort(Comparator.comparingLong(ProfileObject::sequence));
    }
  }

  boolean hasKey(String name, String value) {
    for (int i = 0; i < keys.length; i += 2) {
      if (keys[i].equals(name) && keys[i + 1].equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes an object's key pairs as the profile's own when it has none yet: the arrays are never
   * changed in place, so sharing one saves a copy per profile.
   */
  boolean adoptKeys(String[] pairs) {
    if (keys.length > 0 || pairs.length == 0) {
      return false;
    }
    for (int i = 0; i < pairs.length; i += 2) {
      for (int j = 0; j < i; j += 2) {
        if (pairs[i].equals(pairs[j]) && pairs[i + 1].equals(pairs[j + 1])) {
          return false;
        }
      }
    }
    keys = pairs;
    return true;
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
