package io.profilesim;

import java.time.Instant;

/**
 * Where a profile field's value came from: which profile held it before a merge, which object type
 * (or {@code _profile} for CreateProfile / UpdateProfile) wrote it, and when it was last updated at
 * its source. Not an AWS shape: profilesim keeps it so that every merged value is explainable.
 *
 * @param profileId the profile that held the value
 * @param objectTypeName the object type that wrote it
 * @param lastUpdatedAt when it was last updated at its source
 */
public record FieldSource(String profileId, String objectTypeName, Instant lastUpdatedAt) {}
