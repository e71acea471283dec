package io.profilesim.exception;

/** You do not have sufficient access to perform this action. (HTTP 403) */
public final class AccessDeniedException extends CustomerProfilesException {
  /** Creates the error with the message the caller sees. */
  public AccessDeniedException(String message) {
    super(message, 403, null);
  }
}
