package io.profilesim.exception;

/**
 * An internal service error (HTTP 500, a server fault): a defect in profilesim, never the caller's
 * input. The cause is kept for diagnosis.
 */
public final class InternalServerException extends CustomerProfilesException {
  /** Creates the error with the message the caller sees and the failure behind it. */
  public InternalServerException(String message, Throwable cause) {
    super(message, 500, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
