package io.profilesim.model;

import java.util.List;

/**
 * The {@code SearchProfilesRequest} shape of the service model.
 *
 * <p>Shape {@code SearchProfilesRequest}. Required: {@code DomainName}, {@code KeyName}, {@code Values}.
 *
 * @param nextToken the pagination token from the previous SearchProfiles API call.
 * @param maxResults the maximum number of objects returned per page. The default is 20 if this
 * parameter is not included in the request.
 * @param domainName the unique name of the domain.
 * @param keyName A searchable identifier of a customer profile. The predefined keys you can use to
 * search include: _account, _profileId, _assetId, _caseId, _orderId, _fullName, _phone, _email,
 * _ctrContactId, _marketoL...
 * @param values A list of key values.
 * @param additionalSearchKeys A list of {@code AdditionalSearchKey} objects that are each
 * searchable identifiers of a profile.
 * @param logicalOperator relationship between all specified search keys that will be used to search
 * for profiles.
 */
public record SearchProfilesRequest(
    String nextToken,
    Integer maxResults,
    String domainName,
    String keyName,
    List<String> values,
    List<AdditionalSearchKey> additionalSearchKeys,
    LogicalOperator logicalOperator) {

  public SearchProfilesRequest {
    values = Shapes.copyOf(values);
    additionalSearchKeys = Shapes.copyOf(additionalSearchKeys);
  }

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
        .keyName(keyName)
        .values(values)
        .additionalSearchKeys(additionalSearchKeys)
        .logicalOperator(logicalOperator);
  }

  /** Builds a {@link SearchProfilesRequest}. */
  public static final class Builder {
    private String nextToken;
    private Integer maxResults;
    private String domainName;
    private String keyName;
    private List<String> values;
    private List<AdditionalSearchKey> additionalSearchKeys;
    private LogicalOperator logicalOperator;

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

    /** Sets {@code KeyName}. */
    public Builder keyName(String keyName) {
      this.keyName = keyName;
      return this;
    }

    /** Sets {@code Values}. */
    public Builder values(List<String> values) {
      this.values = values;
      return this;
    }

    /** Sets {@code AdditionalSearchKeys}. */
    public Builder additionalSearchKeys(List<AdditionalSearchKey> additionalSearchKeys) {
      this.additionalSearchKeys = additionalSearchKeys;
      return this;
    }

    /** Sets {@code LogicalOperator}. */
    public Builder logicalOperator(LogicalOperator logicalOperator) {
      this.logicalOperator = logicalOperator;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public SearchProfilesRequest build() {
      return new SearchProfilesRequest(
          nextToken,
          maxResults,
          domainName,
          keyName,
          values,
          additionalSearchKeys,
          logicalOperator);
    }
  }
}
