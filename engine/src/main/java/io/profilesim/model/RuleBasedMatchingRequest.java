package io.profilesim.model;

import java.util.List;

/**
 * The request to enable the rule-based matching.
 *
 * <p>Shape {@code RuleBasedMatchingRequest}. Required: {@code Enabled}.
 *
 * @param enabled the flag that enables the rule-based matching process of duplicate profiles.
 * @param matchingRules configures how the rule-based matching process should match profiles. You
 * can have up to 15 {@code MatchingRule} in the {@code MatchingRules}.
 * @param maxAllowedRuleLevelForMerging matchingRule
 * @param maxAllowedRuleLevelForMatching indicates the maximum allowed rule level.
 * @param attributeTypesSelector configures information about the {@code AttributeTypesSelector}
 * where the rule-based identity resolution uses to match profiles.
 * @param conflictResolution the {@code ConflictResolution} member
 * @param exportingConfig the {@code ExportingConfig} member
 */
public record RuleBasedMatchingRequest(
    Boolean enabled,
    List<MatchingRule> matchingRules,
    Integer maxAllowedRuleLevelForMerging,
    Integer maxAllowedRuleLevelForMatching,
    AttributeTypesSelector attributeTypesSelector,
    ConflictResolution conflictResolution,
    ExportingConfig exportingConfig) {

  public RuleBasedMatchingRequest {
    matchingRules = Shapes.copyOf(matchingRules);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .enabled(enabled)
        .matchingRules(matchingRules)
        .maxAllowedRuleLevelForMerging(maxAllowedRuleLevelForMerging)
        .maxAllowedRuleLevelForMatching(maxAllowedRuleLevelForMatching)
        .attributeTypesSelector(attributeTypesSelector)
        .conflictResolution(conflictResolution)
        .exportingConfig(exportingConfig);
  }

  /** Builds a {@link RuleBasedMatchingRequest}. */
  public static final class Builder {
    private Boolean enabled;
    private List<MatchingRule> matchingRules;
    private Integer maxAllowedRuleLevelForMerging;
    private Integer maxAllowedRuleLevelForMatching;
    private AttributeTypesSelector attributeTypesSelector;
    private ConflictResolution conflictResolution;
    private ExportingConfig exportingConfig;

    private Builder() {}

    /** Sets {@code Enabled}. */
    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets {@code MatchingRules}. */
    public Builder matchingRules(List<MatchingRule> matchingRules) {
      this.matchingRules = matchingRules;
      return this;
    }

    /** Sets {@code MaxAllowedRuleLevelForMerging}. */
    public Builder maxAllowedRuleLevelForMerging(Integer maxAllowedRuleLevelForMerging) {
      this.maxAllowedRuleLevelForMerging = maxAllowedRuleLevelForMerging;
      return this;
    }

    /** Sets {@code MaxAllowedRuleLevelForMatching}. */
    public Builder maxAllowedRuleLevelForMatching(Integer maxAllowedRuleLevelForMatching) {
      this.maxAllowedRuleLevelForMatching = maxAllowedRuleLevelForMatching;
      return this;
    }

    /** Sets {@code AttributeTypesSelector}. */
    public Builder attributeTypesSelector(AttributeTypesSelector attributeTypesSelector) {
      this.attributeTypesSelector = attributeTypesSelector;
      return this;
    }

    /** Sets {@code ConflictResolution}. */
    public Builder conflictResolution(ConflictResolution conflictResolution) {
      this.conflictResolution = conflictResolution;
      return this;
    }

    /** Sets {@code ExportingConfig}. */
    public Builder exportingConfig(ExportingConfig exportingConfig) {
      this.exportingConfig = exportingConfig;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public RuleBasedMatchingRequest build() {
      return new RuleBasedMatchingRequest(
          enabled,
          matchingRules,
          maxAllowedRuleLevelForMerging,
          maxAllowedRuleLevelForMatching,
          attributeTypesSelector,
          conflictResolution,
          exportingConfig);
    }
  }
}
