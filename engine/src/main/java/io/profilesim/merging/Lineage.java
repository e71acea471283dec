package io.profilesim.merging;

import io.profilesim.ProfileLineage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A domain's merges, by merged profile: a domain attachment, so it lives and dies with the domain.
 * Written under the domain's write lock, read without it.
 */
final class Lineage {
  private final Map<String, ProfileLineage.Step> byMerged = new ConcurrentHashMap<>();

  void record(ProfileLineage.Step step) {
    byMerged.put(step.mergedProfileId(), step);
  }

  /** Returns the merges from {@code profileId} on, following the chain to its end. */
  List<ProfileLineage.Step> chain(String profileId) {
    List<ProfileLineage.Step> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String id = profileId;
    ProfileLineage.Step step;
    // Ids are never reused, so a chain cannot loop; the guard keeps that from being an assumption.
    while (seen.add(id) && (step = byMerged.get(id)) != null) {
      chain.add(step);
      id = step.mainProfileId();
    }
    return chain;
  }
}
