package io.profilesim.exception;

/** You exceeded the maximum number of requests. (HTTP 429) */
public final class ThrottlingException extends CustomerProfilesException {
  /** Creates the error with the message the caller sees. */
  public ThrottlingException(String message) {
    super(message, 429, null);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
