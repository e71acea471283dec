package io.profilesim.domain;

import io.profilesim.model.DataStoreRequest;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.RuleBasedMatchingRequest;
import java.time.Instant;
import java.util.Map;

/**
 * The configuration of a domain as last written by CreateDomain or UpdateDomain, with its tags and
 * times. Immutable: a change makes a new instance, so readers never see half an update.
 *
 * @param ruleBasedMatchingChangedAt when rule-based matching was last turned on or reconfigured, or
 *     {@code null} if it never was; its status is derived from it
 * @param ruleBasedMatchingOnNewDomain whether that happened when the domain was created (AWS then
 *     skips the one-hour PENDING stage)
 */
public record DomainConfig(
    String domainName,
    Integer defaultExpirationDays,
    String defaultEncryptionKey,
    String deadLetterQueueUrl,
    MatchingRequest matching,
    RuleBasedMatchingRequest ruleBasedMatching,
    DataStoreRequest dataStore,
    Map<String, String> tags,
    Instant createdAt,
    Instant lastUpdatedAt,
    Instant ruleBasedMatchingChangedAt,
    boolean ruleBasedMatchingOnNewDomain) {

  public DomainConfig {
    tags = tags == null || tags.isEmpty() ? Map.of() : Map.copyOf(tags);
  }

  /** Returns whether the weekly Identity Resolution Job is turned on. */
  public boolean matchingEnabled() {
    return matching != null && Boolean.TRUE.equals(matching.enabled());
  }

  DomainConfig withTags(Map<String, String> newTags) {
    return new DomainConfig(domainName, defaultExpirationDays, defaultEncryptionKey,
        deadLetterQueueUrl, matching, ruleBasedMatching, dataStore, newTags, createdAt,
        lastUpdatedAt, ruleBasedMatchingChangedAt, ruleBasedMatchingOnNewDomain);
  }
}
