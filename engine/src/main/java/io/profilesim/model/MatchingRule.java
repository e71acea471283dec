package io.profilesim.model;

import java.util.List;

/**
 * Specifies how does the rule-based matching process should match profiles. You can choose from the
 * following attributes to build the matching Rule: AccountNumber Address.Address Address.City
 * Address.Country Address.County Address.PostalCode Address.State Address.Province BirthDate
 * BusinessName EmailAddress FirstName Gender LastName MiddleName PhoneNumber Any customized profile
 * attributes that start...
 *
 * <p>Shape {@code MatchingRule}. Required: {@code Rule}.
 *
 * @param rule A single rule level of the {@code MatchRules}. Configures how the rule-based matching
 * process should match profiles.
 */
public record MatchingRule(
    List<String> rule) {

  public MatchingRule {
    rule = Shapes.copyOf(rule);
  }
}
