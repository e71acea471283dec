package io.profilesim.domain;

import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The store's mutable record of one profile. Only {@link ProfileStore} touches it, under the
 * domain's write lock; what leaves the store are a {@link Profile} made from its fields and the
 * immutable {@link FieldStamps} it points to.
 */
final class ProfileEntry {
  /**
   * The profile's id as its 128 bits ({@link IdGenerator.Id}), not its 32 hex digits: a String
   * would be two more Java objects per profile for every collection to copy. {@link #id} spells
   * it.
   */
  final long idHigh;

  final long idLow;

  /**
   * The profile's fields {@linkplain PackedProfile packed} into one array, or the record itself
   * when it has members the packing leaves out. One array rather than a record with an address
   * and strings: a store of millions keeps several objects fewer per profile for every collection
   * to copy. Never changed, only replaced, so a snapshot may hold it.
   */
  private Object fields;
  FieldStamps stamps;

  /** The profile's only object; most profiles hold one, and a list would cost two more objects. */
  private ProfileObject one;

  /** The profile's objects in storage order once it holds two or more. */
  private ArrayList<ProfileObject> many;

  /** Keys added by objects and AddProfileKey, {@linkplain KeyPairs packed}. */
  byte[] keys = KeyPairs.NONE;

  ProfileEntry(IdGenerator.Id id, Object fields, FieldStamps stamps) {
    this.idHigh = id.high();
    this.idLow = id.low();
    this.fields = withId(fields);
    this.stamps = stamps;
  }

  /** Returns the profile's id, 32 lower-case hex digits; a new String for each call. */
  String id() {
    return new IdGenerator.Id(idHigh, idLow).toString();
  }

  /** Returns the profile's fields, {@code profileId} set; a new record for each call. */
  Profile profile() {
    // A record holds its id already; only packed fields need it spelled.
    return fields instanceof Profile record ? record : profile(id(), fields);
  }

  /** Returns the fields as held, for {@link #profile(String, Object)} to read later. */
  Object fields() {
    return fields;
  }

  /** Replaces the profile's fields with those of {@link #pack}. */
  void fields(Object packed) {
    fields = withId(packed);
  }

  /**
   * Gives a record that could not be packed this profile's id once, when stored, so that reading
   * it is not a copy each time.
   */
  private Object withId(Object packed) {
    if (packed instanceof Profile p && !id().equals(p.profileId())) {
      return p.toBuilder().profileId(id()).build();
    }
    return packed;
  }

  /** Returns the fields as an entry holds them; {@code profile}'s id is left out. */
  static Object pack(Profile profile) {
    byte[] packed = PackedProfile.pack(profile);
    return packed != null ? packed : profile;
  }

  /** Returns a profile from fields as an entry holds them, the entry's id given. */
  static Profile profile(String id, Object fields) {
    return fields instanceof byte[] packed ? PackedProfile.unpack(packed, id) : (Profile) fields;
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
    return KeyPairs.contains(keys, name, value);
  }

  /**
   * Takes an object's packed key pairs as the profile's own when it has none yet: packed pairs are
   * never changed, so sharing them saves a copy per profile.
   */
  boolean adoptKeys(byte[] pairs) {
    if (keys.length > 0 || pairs.length == 0 || KeyPairs.hasRepeats(pairs)) {
      return false;
    }
    keys = pairs;
    return true;
  }

  /** Adds a key value; returns false if the profile already had it. */
  boolean addKey(String name, String value) {
    if (hasKey(name, value)) {
      return false;
    }
    keys = KeyPairs.with(keys, name, value);
    return true;
  }

  /** Removes a key value; returns false if the profile did not have it. */
  boolean removeKey(String name, String value) {
    byte[] shrunk = KeyPairs.without(keys, name, value);
    if (shrunk == null) {
      return false;
    }
    keys = shrunk;
    return true;
  }

  StoredProfile view() {
    return new StoredProfile(profile(), stamps, objectCount());
  }
}
