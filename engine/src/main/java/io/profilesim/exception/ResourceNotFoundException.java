package io.profilesim.exception;

/** The requested resource does not exist, or access was denied. (HTTP 404) */
public final class ResourceNotFoundException extends CustomerProfilesException {
  /** Creates the error with the message the caller sees. */
  public ResourceNotFoundException(String message) {
    super(message, 404, null);
  }
}
