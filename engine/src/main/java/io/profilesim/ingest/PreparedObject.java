package io.profilesim.ingest;

import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.ProfileObject;
import io.profilesim.domain.ProfileStore;

/**
 * An object ready to be stored: everything computed from it before the domain's lock is taken.
 *
 * @param object the object to store
 * @param uniqueKey its {@code ProfileObjectUniqueKey}, which the object holds as two numbers
 * @param changedAttributes the profile attributes its mapping writes, ascending
 * @param changedValues their values, by position
 * @param newProfile the fields of the profile the object creates when it finds none (with the
 *     EmailAddress and PhoneNumber of EMAIL_ADDRESS and PHONE_NUMBER fields without a Target,
 *     AWS's "inferred profile"), packed with their derived key values outside the lock, all but
 *     the profile id, which is given under it; or {@code null} when its type may not create
 *     profiles
 * @param newStamps the provenance of those fields
 * @param sourceMillis when the source last updated it (or the ingestion time)
 * @param keyValues the normalized value of each of its type's keys, by position in {@link
 *     ObjectType#keys()}, {@code null} where the object has none
 */
record PreparedObject(
    ProfileObject object,
    String uniqueKey,
    String[] changedAttributes,
    String[] changedValues,
    ProfileStore.NewProfile newProfile,
    FieldStamps newStamps,
    long sourceMillis,
    String[] keyValues) {}
