package io.profilesim.model;

/**
 * The {@code GetAutoMergingPreviewResponse} shape of the service model.
 *
 * <p>Shape {@code GetAutoMergingPreviewResponse}. Required: {@code DomainName}.
 *
 * @param domainName the unique name of the domain.
 * @param numberOfMatchesInSample the number of match groups in the domain that have been reviewed
 * in this preview dry run.
 * @param numberOfProfilesInSample the number of profiles found in this preview dry run.
 * @param numberOfProfilesWillBeMerged the number of profiles that would be merged if this wasn't a
 * preview dry run.
 */
public record GetAutoMergingPreviewResponse(
    String domainName,
    Long numberOfMatchesInSample,
    Long numberOfProfilesInSample,
    Long numberOfProfilesWillBeMerged) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .domainName(domainName)
        .numberOfMatchesInSample(numberOfMatchesInSample)
        .numberOfProfilesInSample(numberOfProfilesInSample)
        .numberOfProfilesWillBeMerged(numberOfProfilesWillBeMerged);
  }

  /** Builds a {@link GetAutoMergingPreviewResponse}. */
  public static final class Builder {
    private String domainName;
    private Long numberOfMatchesInSample;
    private Long numberOfProfilesInSample;
    private Long numberOfProfilesWillBeMerged;

    private Builder() {}

    /** Sets {@code DomainName}. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Sets {@code NumberOfMatchesInSample}. */
    public Builder numberOfMatchesInSample(Long numberOfMatchesInSample) {
      this.numberOfMatchesInSample = numberOfMatchesInSample;
      return this;
    }

    /** Sets {@code NumberOfProfilesInSample}. */
    public Builder numberOfProfilesInSample(Long numberOfProfilesInSample) {
      this.numberOfProfilesInSample = numberOfProfilesInSample;
      return this;
    }

    /** Sets {@code NumberOfProfilesWillBeMerged}. */
    public Builder numberOfProfilesWillBeMerged(Long numberOfProfilesWillBeMerged) {
      this.numberOfProfilesWillBeMerged = numberOfProfilesWillBeMerged;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public GetAutoMergingPreviewResponse build() {
      return new GetAutoMergingPreviewResponse(
          domainName,
          numberOfMatchesInSample,
          numberOfProfilesInSample,
          numberOfProfilesWillBeMerged);
    }
  }
}
