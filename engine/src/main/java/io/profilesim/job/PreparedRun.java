package io.profilesim.job;

import io.profilesim.MergeRecord;
import io.profilesim.model.AutoMerging;
import java.util.List;

/** A run of a job over one snapshot of a domain's profiles. */
public interface PreparedRun {

  /** Returns how many profiles the snapshot holds ({@code JobStats.NumberOfProfilesReviewed}). */
  long profilesReviewed();

  /** FIND_MATCHING: returns the match groups of the snapshot. */
  MatchOutcome findMatches();

  /**
   * MERGING: merges inside the match groups as the auto-merging configuration says, applies the
   * merges to the domain and returns them in the order applied.
   *
   * @param jobId the job, recorded in each merge's lineage
   */
  List<MergeRecord> autoMerge(MatchOutcome matches, AutoMerging autoMerging, String jobId);
}
