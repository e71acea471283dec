package io.profilesim.model;

/**
 * The {@code ListProfileObjectsRequest} shape of the service model.
 *
 * <p>Shape {@code ListProfileObjectsRequest}. Required: {@code DomainName}, {@code ObjectTypeName}, {@code ProfileId}.
 *
 * @param nextToken the pagination token from the previous call to ListProfileObjects.
 * @param maxResults the maximum number of objects returned per page.
 * @param domainName the unique name of the domain.
 * @param objectTypeName the name of the profile object type.
 * @param profileId the unique identifier of a customer profile.
 * @param objectFilter applies a filter to the response to include profile objects with the
 * specified index values.
 */
public record ListProfileObjectsRequest(
    String nextToken,
    Integer maxResults,
    String domainName,
    String objectTypeName,
    String profileId,
    ObjectFilter objectFilter) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .nextToken(nextToken)
        .maxResults(maxResults)
        .domainName(domainName)
        .objectTypeName(objectTypeName)
        .profileId(profileId)
        .objectFilter(objectFilter);
  }

  /** Builds a {@link ListProfileObjectsRequest}. */
  public static final class Builder {
    private String nextToken;
    private Integer maxResults;
    private String domainName;
    private String objectTypeName;
    private String profileId;
    private ObjectFilter objectFilter;

    private Builder() {}

    /** Sets {@code NextToken}. */
    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /** Sets {@code MaxResults}. */
    public Builder maxResults(Integer maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    /** Sets {@code DomainName}. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Sets {@code ObjectTypeName}. */
    public Builder objectTypeName(String objectTypeName) {
      this.objectTypeName = objectTypeName;
      return this;
    }

    /** Sets {@code ProfileId}. */
    public Builder profileId(String profileId) {
      this.profileId = profileId;
      return this;
    }

    /** Sets {@code ObjectFilter}. */
    public Builder objectFilter(ObjectFilter objectFilter) {
      this.objectFilter = objectFilter;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public ListProfileObjectsRequest build() {
      return new ListProfileObjectsRequest(
          nextToken,
          maxResults,
          domainName,
          objectTypeName,
          profileId,
          objectFilter);
    }
  }
}
