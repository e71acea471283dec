package io.profilesim;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a profile went: the merges that took it, one after another, to the profile that holds its
 * data now. Not an AWS shape: the service forgets merged profiles, profilesim keeps the chain so a
 * user can ask "where did profile X go?" and get an answer.
 *
 * @param profileId the profile asked about
 * @param currentProfileId the profile at the end of the chain ({@code profileId} itself when it was
 *     never merged), or {@code null} when that profile has since been deleted or has expired
 * @param steps the merges from {@code profileId} on, in order; empty when it was never merged
 */
public record ProfileLineage(String profileId, String currentProfileId, List<Step> steps) {
  public ProfileLineage {
    Objects.requireNonNull(profileId, "profileId");
    steps = List.copyOf(steps);
  }

  /**
   * One merge of a chain.
   *
   * @param mergedProfileId the profile merged and deleted
   * @param mainProfileId the profile it was merged into
   * @param jobId the Identity Resolution Job that merged it, or {@code null} for MergeProfiles
   * @param matchId the match group it belonged to, or {@code null} for MergeProfiles
   * @param criterion the 1-based consolidation criterion that selected it, or {@code null} when
   *     its whole group merged or the merge was manual
   * @param mergedAt when it was merged, by the service's clock
   */
  public record Step(String mergedProfileId, String mainProfileId, String jobId, String matchId,
      Integer criterion, Instant mergedAt) {
    public Step {
      Objects.requireNonNull(mergedProfileId, "mergedProfileId");
      Objects.requireNonNull(mainProfileId, "mainProfileId");
      Objects.requireNonNull(mergedAt, "mergedAt");
    }
  }
}
