package io.profilesim.samples.batch;

import io.profilesim.CustomerProfiles;
import io.profilesim.FileFormat;
import io.profilesim.model.MatchItem;
import io.profilesim.model.Profile;
import io.profilesim.model.SearchProfilesRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each ingested record went, for {@code resolution.csv}: a record, named by its UNIQUE key
 * value, is traced to the profile that holds it right after its file was ingested (before a later
 * job merges it away), then along the run's merges.
 */
final class RecordProfiles {
  private final Map<String, String> profileOfKey = new LinkedHashMap<>();

  /**
   * Traces the records of a file just ingested. Rejected rows (no key, or dead-lettered) find no
   * profile and are left out; a key seen before keeps its first profile.
   */
  void trace(CustomerProfiles profiles, String domainName, UniqueKeyReader keys, Path data,
      FileFormat format) {
    keys.read(data, format, key -> {
      if (key == null || profileOfKey.containsKey(key)) {
        return;
      }
      List<Profile> found = profiles.searchProfiles(new SearchProfilesRequest(null, 2,
          domainName, keys.keyName(), List.of(key), null, null)).items();
      if (found.size() == 1) {
        profileOfKey.put(key, found.get(0).profileId());
      }
    });
  }

  /**
   * The rows, in the order the records were traced. A record's match group is the latest job's
   * group holding its profile, or else the one holding the profile it ended in (after a week's
   * merges, the latest job saw the surviving profile).
   */
  List<ResolutionRow> rows(BatchRun.Outcome outcome) {
    Map<String, String> finals = outcome.finalProfiles();
    Map<String, MatchItem> groups = outcome.groups();
    List<ResolutionRow> rows = new ArrayList<>(profileOfKey.size());
    profileOfKey.forEach((key, profile) -> {
      String last = finals.getOrDefault(profile, profile);
      MatchItem group = groups.containsKey(profile) ? groups.get(profile) : groups.get(last);
      rows.add(new ResolutionRow(key, profile, last,
          group == null ? null : group.matchId(),
          group == null ? null : group.confidenceScore()));
    });
    return rows;
  }
}
