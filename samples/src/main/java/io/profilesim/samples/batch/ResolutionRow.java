package io.profilesim.samples.batch;

import java.util.Objects;

/**
 * One line of {@code resolution.csv}: where an ingested record went.
 *
 * @param sourceKey the record's UNIQUE key value
 * @param profileId the profile the record was ingested into
 * @param finalProfileId the profile it belongs to after the run's merges (chains followed); the
 *     profile itself when it was not merged away
 * @param matchId the match group of {@code profileId} in the last job, or {@code null}
 * @param confidenceScore that group's confidence score, or {@code null}
 */
public record ResolutionRow(String sourceKey, String profileId, String finalProfileId,
    String matchId, Double confidenceScore) {
  public ResolutionRow {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(finalProfileId, "finalProfileId");
  }
}
