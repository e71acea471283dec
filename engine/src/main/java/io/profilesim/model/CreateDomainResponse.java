package io.profilesim.model;

import java.time.Instant;
import java.util.Map;

/**
 * The {@code CreateDomainResponse} shape of the service model.
 *
 * <p>Shape {@code CreateDomainResponse}. Required: {@code DomainName}, {@code DefaultExpirationDays}, {@code CreatedAt}, {@code LastUpdatedAt}.
 *
 * @param domainName the unique name of the domain.
 * @param defaultExpirationDays the default number of days until the data within the domain expires.
 * @param defaultEncryptionKey the default encryption key, which is an AWS managed key, is used when
 * no specific type of encryption key is specified.
 * @param deadLetterQueueUrl the URL of the SQS dead letter queue, which is used for reporting
 * errors associated with ingesting data from third party applications.
 * @param matching the process of matching duplicate profiles. If {@code Matching} = {@code true},
 * Amazon Connect Customer Profiles starts a weekly batch process called Identity Resolution Job.
 * @param ruleBasedMatching the process of matching duplicate profiles using the Rule-Based
 * matching. If {@code RuleBasedMatching} = true, Connect Customer Customer Profiles will start to
 * match and merge your profiles according...
 * @param dataStore the data store.
 * @param createdAt the timestamp of when the domain was created.
 * @param lastUpdatedAt the timestamp of when the domain was most recently edited.
 * @param tags the tags used to organize, track, or control access for this resource.
 */
public record CreateDomainResponse(
    String domainName,
    Integer defaultExpirationDays,
    String defaultEncryptionKey,
    String deadLetterQueueUrl,
    MatchingResponse matching,
    RuleBasedMatchingResponse ruleBasedMatching,
    DataStoreResponse dataStore,
    Instant createdAt,
    Instant lastUpdatedAt,
    Map<String, String> tags) {

  public CreateDomainResponse {
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
        .createdAt(createdAt)
        .lastUpdatedAt(lastUpdatedAt)
        .tags(tags);
  }

  /** Builds a {@link CreateDomainResponse}. */
  public static final class Builder {
    private String domainName;
    private Integer defaultExpirationDays;
    private String defaultEncryptionKey;
    private String deadLetterQueueUrl;
    private MatchingResponse matching;
    private RuleBasedMatchingResponse ruleBasedMatching;
    private DataStoreResponse dataStore;
    private Instant createdAt;
    private Instant lastUpdatedAt;
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
    public Builder matching(MatchingResponse matching) {
      this.matching = matching;
      return this;
    }

    /** Sets {@code RuleBasedMatching}. */
    public Builder ruleBasedMatching(RuleBasedMatchingResponse ruleBasedMatching) {
      this.ruleBasedMatching = ruleBasedMatching;
      return this;
    }

    /** Sets {@code DataStore}. */
    public Builder dataStore(DataStoreResponse dataStore) {
      this.dataStore = dataStore;
      return this;
    }

    /** Sets {@code CreatedAt}. */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets {@code LastUpdatedAt}. */
    public Builder lastUpdatedAt(Instant lastUpdatedAt) {
      this.lastUpdatedAt = lastUpdatedAt;
      return this;
    }

    /** Sets {@code Tags}. */
    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public CreateDomainResponse build() {
      return new CreateDomainResponse(
          domainName,
          defaultExpirationDays,
          defaultEncryptionKey,
          deadLetterQueueUrl,
          matching,
          ruleBasedMatching,
          dataStore,
          createdAt,
          lastUpdatedAt,
          tags);
    }
  }
}
