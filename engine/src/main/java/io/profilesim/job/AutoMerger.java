package io.profilesim.job;

import io.profilesim.MergeRecord;
import io.profilesim.domain.Domain;
import io.profilesim.model.AutoMerging;
import java.util.List;

/**
 * The MERGING step of a job: merges inside the match groups of a run as the domain's auto-merging
 * configuration says, applies the merges to the domain's store and returns them in the order
 * applied. The groups were found on a snapshot; the merger reads the profiles' current state when it
 * applies them, so what was ingested since the snapshot is neither lost nor merged blindly.
 */
@FunctionalInterface
public interface AutoMerger {

  /**
   * @param domain the domain whose profiles merge
   * @param matches the match groups of the run
   * @param autoMerging the configuration snapshot taken when the job started (enabled)
   * @param jobId the job, recorded in each merge's lineage
   */
  List<MergeRecord> autoMerge(Domain domain, MatchOutcome matches, AutoMerging autoMerging, String jobId);
}
