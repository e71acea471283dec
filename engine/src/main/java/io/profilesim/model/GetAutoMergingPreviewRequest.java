package io.profilesim.model;

/**
 * The {@code GetAutoMergingPreviewRequest} shape of the service model.
 *
 * <p>Shape {@code GetAutoMergingPreviewRequest}. Required: {@code DomainName}, {@code
 * Consolidation}, {@code ConflictResolution}.
 *
 * @param domainName the unique name of the domain.
 * @param consolidation a list of matching attributes that represent matching criteria.
 * @param conflictResolution how the auto-merging process should resolve conflicts between different
 * profiles.
 * @param minAllowedConfidenceScoreForMerging minimum confidence score required for profiles within
 * a matching group to be merged during the auto-merge process.
 */
public record GetAutoMergingPreviewRequest(
    String domainName,
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
        .domainName(domainName)
        .consolidation(consolidation)
        .conflictResolution(conflictResolution)
        .minAllowedConfidenceScoreForMerging(minAllowedConfidenceScoreForMerging);
  }

  /** Builds a {@link GetAutoMergingPreviewRequest}. */
  public static final class Builder {
    private String domainName;
    private Consolidation consolidation;
    private ConflictResolution conflictResolution;
    private Double minAllowedConfidenceScoreForMerging;

    private Builder() {}

    /** Sets {@code DomainName}. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
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
    public GetAutoMergingPreviewRequest build() {
      return new GetAutoMergingPreviewRequest(
          domainName,
          consolidation,
          conflictResolution,
          minAllowedConfidenceScoreForMerging);
    }
  }
}
