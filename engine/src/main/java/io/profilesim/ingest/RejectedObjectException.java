package io.profilesim.ingest;

/**
 * An object that cannot be ingested, with the reason the dead-letter queue (or the caller's
 * BadRequestException) receives. Never leaves this package.
 */
final class RejectedObjectException extends RuntimeException {
  RejectedObjectException(String reason) {
    super(reason, null, false, false);
  }
}
