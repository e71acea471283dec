package io.profilesim;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What auto-merging would do to a domain's latest match groups, profile by profile: beyond AWS's
 * GetAutoMergingPreview, which gives only the counts. Computed on the profiles as they are now;
 * computing it changes nothing.
 *
 * @param domainName the domain
 * @param numberOfMatchesInSample the match groups reviewed: every group of the latest completed job
 * @param numberOfProfilesInSample the profiles of those groups that still exist
 * @param numberOfProfilesWillBeMerged the profiles that would be merged into another and deleted
 * @param groups each group, by MatchId
 */
public record AutoMergingPreview(
    String domainName,
    long numberOfMatchesInSample,
    long numberOfProfilesInSample,
    long numberOfProfilesWillBeMerged,
    List<Group> groups) {

  public AutoMergingPreview {
    Objects.requireNonNull(domainName, "domainName");
    groups = List.copyOf(groups);
  }

  /**
   * One match group.
   *
   * @param matchId the group's MatchId
   * @param confidenceScore the group's confidence score
   * @param reachesThreshold whether the score reaches MinAllowedConfidenceScoreForMerging; a group
   *     that does not merges nothing
   * @param profileIds the group's profiles that still exist, ascending
   * @param merges the merges, in the order they would apply (each names its criterion)
   * @param results the profiles that would absorb others, with their resulting fields
   */
  public record Group(
      String matchId,
      Double confidenceScore,
      boolean reachesThreshold,
      List<String> profileIds,
      List<MergeRecord> merges,
      List<Result> results) {
    public Group {
      profileIds = List.copyOf(profileIds);
      merges = List.copyOf(merges);
      results = List.copyOf(results);
    }
  }

  /**
   * A profile as it would be after the merges.
   *
   * @param profileId the profile that would remain
   * @param mergedProfileIds the profiles that would be merged into it
   * @param values its fields, by attribute name ({@code FirstName}, {@code Address.City}, {@code
   *     Attributes.tier}), standard fields first, then address parts, then custom attributes
   * @param sources where each of those values would come from
   */
  public record Result(
      String profileId,
      List<String> mergedProfileIds,
      Map<String, String> values,
      Map<String, FieldSource> sources) {
    public Result {
      mergedProfileIds = List.copyOf(mergedProfileIds);
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
      sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }
  }
}
