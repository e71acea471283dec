package io.profilesim.model;

/**
 * Configuration settings for how to perform the auto-merging of profiles.
 *
 * <p>Shape {@code AutoMerging}. Required: {@code Enabled}.
 *
 * @param enabled the flag that enables the auto-merging of duplicate profiles.
 * @param consolidation A list of matching attributes that represent matching criteria. If two
 * profiles meet at least one of the requirements in the matching attributes list, they will be
 * merged.
 * @param conflictResolution how the auto-merging process should resolve conflicts between different
 * profiles. For example, if Profile A and Profile B have the same {@code FirstName} and {@code
 * LastName} (and that is the matching...
 * @param minAllowedConfidenceScoreForMerging A number between 0 and 1 that represents the minimum
 * confidence score required for profiles within a matching group to be merged during the auto-merge
 * process.
 */
public record AutoMerging(
    Boolean enabled,
    Consolidation consolidation,
    ConflictResolution conflictResolution,
    Double minAllowedConfidenceScoreForMerging) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .enabled(enabled)
        .consolidation(consolidation)
        .conflictResolution(conflictResolution)
        .minAllowedConfidenceScoreForMerging(minAllowedConfidenceScoreForMerging);
  }

  /** Builds a {@link AutoMerging}. */
  public static final class Builder {
    private Boolean enabled;
    private Consolidation consolidation;
    private ConflictResolution conflictResolution;
    private Double minAllowedConfidenceScoreForMerging;

    private Builder() {}

    /** Sets {@code Enabled}. */
    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets {@code Consolidation}. */
    public Builder consolidation(Consolidation consolidation) {
      this.consolidation = consolidation;
      return this;
    }

    /** Sets {@code ConflictResolution}. */
    public Builder conflictResolution(ConflictResolution conflictResolution) {
      this.conflictResolution = conflictResolution;
      return this;
    }

    /** Sets {@code MinAllowedConfidenceScoreForMerging}. */
    public Builder minAllowedConfidenceScoreForMerging(Double minAllowedConfidenceScoreForMerging) {
      this.minAllowedConfidenceScoreForMerging = minAllowedConfidenceScoreForMerging;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public AutoMerging build() {
      return new AutoMerging(
          enabled,
          consolidation,
          conflictResolution,
          minAllowedConfidenceScoreForMerging);
    }
  }
}
