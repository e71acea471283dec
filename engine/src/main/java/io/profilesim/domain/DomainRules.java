package io.profilesim.domain;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.Violation;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.ConflictResolution;
import io.profilesim.model.ConflictResolvingModel;
import io.profilesim.model.Consolidation;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.RuleBasedMatchingRequest;
import io.profilesim.validation.ShapeValidator;
import java.util.List;

/**
 * The rules of a domain configuration that span members, checked after the model's own
 * constraints so that one error lists every problem of the request.
 */
public final class DomainRules {
  private DomainRules() {}

  /**
   * Validates a request shape and the domain-level rules of its matching blocks.
   *
   * @throws BadRequestException with every violation found
   */
  static void validate(Object request, MatchingRequest matching, RuleBasedMatchingRequest ruleBased) {
    List<Violation> violations = ShapeValidator.standard().check(request);
    if (matching != null) {
      checkMatching(matching, violations);
    }
    if (ruleBased != null) {
      checkConflictResolution(ruleBased.conflictResolution(), "ruleBasedMatching.", violations);
      checkRuleAttributes(ruleBased, violations);
    }
    if (!violations.isEmpty()) {
      throw BadRequestException.of(violations);
    }
  }

  private static void checkMatching(MatchingRequest matching, List<Violation> out) {
    AutoMerging autoMerging = matching.autoMerging();
    if (autoMerging == null) {
      return;
    }
    if (Boolean.TRUE.equals(autoMerging.enabled()) && Boolean.FALSE.equals(matching.enabled())) {
      out.add(new Violation("matching.autoMerging.enabled", "true",
          "AutoMerging cannot be enabled while Matching.Enabled is false: auto-merging runs only"
              + " inside the Identity Resolution Job, so nothing would ever be merged"));
    }
    checkAutoMerging(autoMerging.consolidation(), autoMerging.conflictResolution(),
        "matching.autoMerging", out);
  }

  /**
   * Adds the violations of auto-merging settings that span members: consolidation criteria naming
   * something a profile cannot hold, and SOURCE conflict resolution without a SourceName.
   * CreateDomain, UpdateDomain and GetAutoMergingPreview share these rules.
   *
   * @param parent the path of the members' parent, empty at the top of a request
   */
  public static void checkAutoMerging(Consolidation consolidation, ConflictResolution resolution,
      String parent, List<Violation> out) {
    String prefix = parent.isEmpty() ? "" : parent + ".";
    checkConflictResolution(resolution, prefix, out);
    if (consolidation != null && consolidation.matchingAttributesList() != null) {
      List<List<String>> criteria = consolidation.matchingAttributesList();
      for (int i = 0; i < criteria.size(); i++) {
        List<String> criterion = criteria.get(i);
        if (criterion == null) {
          continue;
        }
        for (String attribute : criterion) {
          if (attribute != null && !attribute.isEmpty() && !ProfileAttributes.isValid(attribute)) {
            out.add(new Violation(
                prefix + "consolidation.matchingAttributesList." + (i + 1) + ".member",
                attribute, unknownAttributeRule()));
          }
        }
      }
    }
  }

  private static void checkRuleAttributes(RuleBasedMatchingRequest ruleBased, List<Violation> out) {
    if (ruleBased.matchingRules() == null) {
      return;
    }
    for (int i = 0; i < ruleBased.matchingRules().size(); i++) {
      var rule = ruleBased.matchingRules().get(i);
      if (rule == null || rule.rule() == null) {
        continue;
      }
      for (String attribute : rule.rule()) {
        if (attribute != null && !attribute.isEmpty() && !ProfileAttributes.isValid(attribute)) {
          out.add(new Violation("ruleBasedMatching.matchingRules." + (i + 1) + ".member.rule",
              attribute, unknownAttributeRule()));
        }
      }
    }
  }

  private static String unknownAttributeRule() {
    return "Member must name a profile attribute: a standard field (FirstName, EmailAddress, ...),"
        + " an address or address part (Address, ShippingAddress.City, ...) or Attributes.<key>";
  }

  private static void checkConflictResolution(ConflictResolution cr, String prefix, List<Violation> out) {
    if (cr != null && cr.conflictResolvingModel() == ConflictResolvingModel.SOURCE
        && (cr.sourceName() == null || cr.sourceName().isEmpty())) {
      out.add(new Violation(prefix + "conflictResolution.sourceName", null,
          "Member must not be null when ConflictResolvingModel is SOURCE: it names the object type"
              + " whose values win"));
    }
  }
}
