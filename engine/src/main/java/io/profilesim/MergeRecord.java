package io.profilesim;

import java.util.List;
import java.util.Map;

/**
 * One merge: profiles folded into a main profile, by an auto-merge of a match group or by
 * MergeProfiles. Not an AWS shape: the service does not publish merges, profilesim exports and keeps
 * them so a user can ask where a profile went and why each field has its value.
 *
 * @param jobId the Identity Resolution Job that merged, or {@code null} for MergeProfiles
 * @param matchId the match group the profiles belonged to, or {@code null} for MergeProfiles
 * @param confidenceScore the match group's confidence score, or {@code null}
 * @param criterion the 1-based index of the consolidation criterion that selected the profiles
 *     ({@code MatchingAttributesList} order), or {@code null} when the whole group merged or the
 *     merge was manual
 * @param mainProfileId the profile that remains
 * @param mergedProfileIds the profiles merged into it and deleted, in order
 * @param fieldSources for each field of the resulting profile (standard names, {@code Address.City}
 *     form for address parts, {@code Attributes.<key>}), where its value came from
 */
public record MergeRecord(
    String jobId,
    String matchId,
    Double confidenceScore,
    Integer criterion,
    String mainProfileId,
    List<String> mergedProfileIds,
    Map<String, FieldSource> fieldSources) {

  public MergeRecord {
    mergedProfileIds = List.copyOf(mergedProfileIds);
    fieldSources = fieldSources == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fieldSources));
  }
}
