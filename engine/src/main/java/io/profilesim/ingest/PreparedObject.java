package io.profilesim.ingest;

import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.ProfileObject;
import io.profilesim.model.Profile;
import java.util.List;
import java.util.Map;

/**
 * An object ready to be stored: everything computed from it before the domain's lock is taken.
 *
 * @param object the object to store
 * @param changes the profile fields its mapping writes, by attribute
 * @param newProfile the fields of the profile the object creates when it finds none (with the
 *     EmailAddress and PhoneNumber of EMAIL_ADDRESS and PHONE_NUMBER fields without a Target,
 *     AWS's "inferred profile"), or {@code null} when its type may not create profiles
 * @param newStamps the provenance of those fields
 * @param sourceMillis when the source last updated it (or the ingestion time)
 * @param keys its key values
 */
record PreparedObject(
    ProfileObject object,
    Map<String, String> changes,
    Profile newProfile,
    FieldStamps newStamps,
    long sourceMillis,
    Keys keys) {

  /**
   * An object's key values, each as a pair {name, normalized value}.
   *
   * @param unique the UNIQUE key's value
   * @param primary the lookup keys tried first, in key order
   * @param secondary the SECONDARY lookup keys, tried when the first find nothing
   * @param kept the keys its profile keeps
   * @param newOnly the NEW_ONLY keys, kept only by a profile the object creates
   * @param objectKeys the keys the object keeps, as name, value, name, value...
   */
  record Keys(
      String unique,
      List<String[]> primary,
      List<String[]> secondary,
      List<String[]> kept,
      List<String[]> newOnly,
      String[] objectKeys) {}
}
