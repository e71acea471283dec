package io.profilesim.model;

import java.util.List;

/**
 * The {@code MergeProfilesRequest} shape of the service model.
 *
 * <p>Shape {@code MergeProfilesRequest}. Required: {@code DomainName}, {@code MainProfileId},
 * {@code ProfileIdsToBeMerged}.
 *
 * @param domainName the unique name of the domain.
 * @param mainProfileId the identifier of the profile to be taken.
 * @param profileIdsToBeMerged the identifier of the profile to be merged into MainProfileId.
 * @param fieldSourceProfileIds the identifiers of the fields in the profile that has the
 * information you want to apply to the merge.
 */
public record MergeProfilesRequest(
    String domainName,
    String mainProfileId,
    List<String> profileIdsToBeMerged,
    FieldSourceProfileIds fieldSourceProfileIds) {

  public MergeProfilesRequest {
    profileIdsToBeMerged = Shapes.copyOf(profileIdsToBeMerged);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .domainName(domainName)
        .mainProfileId(mainProfileId)
        .profileIdsToBeMerged(profileIdsToBeMerged)
        .fieldSourceProfileIds(fieldSourceProfileIds);
  }

  /** Builds a {@link MergeProfilesRequest}. */
  public static final class Builder {
    private String domainName;
    private String mainProfileId;
    private List<String> profileIdsToBeMerged;
    private FieldSourceProfileIds fieldSourceProfileIds;

    private Builder() {}

    /** Sets {@code DomainName}. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Sets {@code MainProfileId}. */
    public Builder mainProfileId(String mainProfileId) {
      this.mainProfileId = mainProfileId;
      return this;
    }

    /** Sets {@code ProfileIdsToBeMerged}. */
    public Builder profileIdsToBeMerged(List<String> profileIdsToBeMerged) {
      this.profileIdsToBeMerged = profileIdsToBeMerged;
      return this;
    }

    /** Sets {@code FieldSourceProfileIds}. */
    public Builder fieldSourceProfileIds(FieldSourceProfileIds fieldSourceProfileIds) {
      this.fieldSourceProfileIds = fieldSourceProfileIds;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public MergeProfilesRequest build() {
      return new MergeProfilesRequest(
          domainName,
          mainProfileId,
          profileIdsToBeMerged,
          fieldSourceProfileIds);
    }
  }
}
