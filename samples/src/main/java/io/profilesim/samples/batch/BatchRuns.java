package io.profilesim.samples.batch;

import io.profilesim.CustomerProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** How batch runs configure the service, in one place, so a dry run checks what the run uses. */
final class BatchRuns {
  private BatchRuns() {}

  /** A builder for an instance seeded with {@code seed} whose time starts at {@code start}. */
  static CustomerProfiles.Builder builder(long seed, Instant start) {
    return CustomerProfiles.builder().seed(seed).clock(Clock.fixed(start, ZoneOffset.UTC));
  }
}
