package io.profilesim.domain;

import io.profilesim.model.Profile;
import java.util.Objects;

/**
 * One profile as a snapshot of the store sees it: its fields (with {@code ProfileId} set), where
 * and when each field's value came from, and how many objects it holds. Immutable, so a snapshot
 * stays as it was while the store moves on.
 *
 * @param profile the profile's fields, {@code profileId} included
 * @param stamps the source and last-updated time of each field's value
 * @param objectCount how many objects the profile holds
 */
public record StoredProfile(Profile profile, FieldStamps stamps, int objectCount) {
  public StoredProfile {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(stamps, "stamps");
  }

  /** Returns the profile's id. */
  public String profileId() {
    return profile.profileId();
  }
}
