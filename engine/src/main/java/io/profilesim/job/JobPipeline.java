package io.profilesim.job;

import io.profilesim.domain.Domain;

/**
 * The work of an Identity Resolution Job, step by step, as the job's status reports it. The job
 * service drives the steps in order and records the status between them; the pipeline does the
 * work.
 */
public interface JobPipeline {

  /**
   * PREPROCESSING: apply what is due (object expiry) and take the consistent snapshot of the
   * domain's profiles that the rest of the run works on. Data that arrives later waits for the next
   * run.
   */
  PreparedRun prepare(Domain domain);
}
