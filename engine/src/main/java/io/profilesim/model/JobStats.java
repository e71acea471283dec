package io.profilesim.model;

/**
 * Statistics about the Identity Resolution Job.
 *
 * <p>Shape {@code JobStats}.
 *
 * @param numberOfProfilesReviewed the number of profiles reviewed.
 * @param numberOfMatchesFound the number of matches found.
 * @param numberOfMergesDone the number of merges completed.
 */
public record JobStats(
    Long numberOfProfilesReviewed,
    Long numberOfMatchesFound,
    Long numberOfMergesDone) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .numberOfProfilesReviewed(numberOfProfilesReviewed)
        .numberOfMatchesFound(numberOfMatchesFound)
        .numberOfMergesDone(numberOfMergesDone);
  }

  /** Builds a {@link JobStats}. */
  public static final class Builder {
    private Long numberOfProfilesReviewed;
    private Long numberOfMatchesFound;
    private Long numberOfMergesDone;

    private Builder() {}

    /** Sets {@code NumberOfProfilesReviewed}. */
    public Builder numberOfProfilesReviewed(Long numberOfProfilesReviewed) {
      this.numberOfProfilesReviewed = numberOfProfilesReviewed;
      return this;
    }

    /** Sets {@code NumberOfMatchesFound}. */
    public Builder numberOfMatchesFound(Long numberOfMatchesFound) {
      this.numberOfMatchesFound = numberOfMatchesFound;
      return this;
    }

    /** Sets {@code NumberOfMergesDone}. */
    public Builder numberOfMergesDone(Long numberOfMergesDone) {
      this.numberOfMergesDone = numberOfMergesDone;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public JobStats build() {
      return new JobStats(numberOfProfilesReviewed, numberOfMatchesFound, numberOfMergesDone);
    }
  }
}
