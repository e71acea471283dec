package io.profilesim.samples.batch;

import io.profilesim.CustomerProfiles;
import java.time.Instant;

/** How batch runs configure the service, in one place, so a dry run checks what the run uses. */
final class BatchRuns {
  private BatchRuns() {}

  /** A builder for a simulation seeded with {@code seed} whose virtual time starts at {@code start}. */
  static CustomerProfiles.Builder builder(long seed, Instant start) {
    return CustomerProfiles.builder().seed(seed).simulation(start);
  }
}
