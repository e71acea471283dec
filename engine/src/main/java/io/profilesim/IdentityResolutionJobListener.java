package io.profilesim;

import io.profilesim.model.GetIdentityResolutionJobResponse;

/**
 * Told each time an Identity Resolution Job changes status (PREPROCESSING, FIND_MATCHING, MERGING,
 * and its final status), on the thread that runs the job. Useful for progress reports and for tests
 * that act while a job runs. A listener must not call back into the same domain's job operations.
 */
@FunctionalInterface
public interface IdentityResolutionJobListener {
  /** The job, as GetIdentityResolutionJob would return it now. */
  void statusChanged(GetIdentityResolutionJobResponse job);

  /** A listener that does nothing. */
  static IdentityResolutionJobListener none() {
    return job -> {};
  }
}
