package io.profilesim.model;

import java.util.Map;

/**
 * The {@code UpdateDomainRequest} shape of the service model.
 *
 * <p>Shape {@code UpdateDomainRequest}. Required: {@code DomainName}.
 *
 * @param domainName the unique name of the domain.
 * @param defaultExpirationDays the default number of days until the data within the domain expires.
 * @param defaultEncryptionKey the default encryption key, which is an AWS managed key, is used when
 * no specific type of encryption key is specified.
 * @param deadLetterQueueUrl the URL of the SQS dead letter queue, which is used for reporting
 * errors associated with ingesting data from third party applications.
 * @param matching the process of matching duplicate profiles. If {@code Matching} = {@code true},
 * Amazon Connect Customer Profiles starts a weekly batch process called Identity Resolution Job.
 * @param ruleBasedMatching the process of matching duplicate profiles using the rule-Based
 * matching. If {@code RuleBasedMatching} = true, Connect Customer Customer Profiles will start to
 * match and merge your profiles according...
 * @param dataStore set to true to enabled data store for this domain.
 * @param tags the tags used to organize, track, or control access for this resource.
 */
public record UpdateDomainRequest(
    String domainName,
    Integer defaultExpirationDays,
    String defaultEncryptionKey,
    String deadLetterQueueUrl,
    MatchingRequest matching,
    RuleBasedMatchingRequest ruleBasedMatching,
    DataStoreRequest dataStore,
    Map<String, String> tags) {

  public UpdateDomainRequest {
    tags = Shapes.copyOf(tags);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .domainName(domainName)
        .defaultExpirationDays(defaultExpirationDays)
        .defaultEncryptionKey(defaultEncryptionKey)
        .deadLetterQueueUrl(deadLetterQueueUrl)
        .matching(matching)
        .ruleBasedMatching(ruleBasedMatching)
        .dataStore(dataStore)
        .tags(tags);
  }

  /** Builds a {@link UpdateDomainRequest}. */
  public static final class Builder {
    private String domainName;
    private Integer defaultExpirationDays;
    private String defaultEncryptionKey;
    private String deadLetterQueueUrl;
    private MatchingRequest matching;
    private RuleBasedMatchingRequest ruleBasedMatching;
    private DataStoreRequest dataStore;
    private Map<String, String> tags;

    private Builder() {}

    /** Sets {@code DomainName}. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Sets {@code DefaultExpirationDays}. */
    public Builder defaultExpirationDays(Integer defaultExpirationDays) {
      this.defaultExpirationDays = defaultExpirationDays;
      return this;
    }

    /** Sets {@code DefaultEncryptionKey}. */
    public Builder defaultEncryptionKey(String defaultEncryptionKey) {
      this.defaultEncryptionKey = defaultEncryptionKey;
      return this;
    }

    /** Sets {@code DeadLetterQueueUrl}. */
    public Builder deadLetterQueueUrl(String deadLetterQueueUrl) {
      this.deadLetterQueueUrl = deadLetterQueueUrl;
      return this;
    }

    /** Sets {@code Matching}. */
    public Builder matching(MatchingRequest matching) {
      this.matching = matching;
      return this;
    }

    /** Sets {@code RuleBasedMatching}. */
    public Builder ruleBasedMatching(RuleBasedMatchingRequest ruleBasedMatching) {
      this.ruleBasedMatching = ruleBasedMatching;
      return this;
    }

    /** Sets {@code DataStore}. */
    public Builder dataStore(DataStoreRequest dataStore) {
      this.dataStore = dataStore;
      return this;
    }

    /** Sets {@code Tags}. */
    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public UpdateDomainRequest build() {
      return new UpdateDomainRequest(
          domainName,
          defaultExpirationDays,
          defaultEncryptionKey,
          deadLetterQueueUrl,
          matching,
          ruleBasedMatching,
          dataStore,
          tags);
    }
  }
}
