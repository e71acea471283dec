package io.profilesim.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * When a profile field's value was last updated at its source, and which source gave it: the facts
 * auto-merging's RECENCY and SOURCE conflict resolution read.
 *
 * @param updatedAt the source's last-updated time of the value (from the object type's {@code
 *     sourceLastUpdatedTimestamp} field), or the ingestion time when the source has none
 * @param source the object type the value came from, or {@link FieldStamps#PROFILE_API} when
 *     CreateProfile or UpdateProfile wrote it
 */
public record FieldStamp(Instant updatedAt, String source) {
  public FieldStamp {
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(source, "source");
  }
}
