package io.profilesim.exception;

/**
 * An error returned by a Customer Profiles operation: the service's HTTP status, its error code (the
 * shape name AWS puts in {@code X-Amzn-ErrorType}) and its {@code Message}.
 *
 * <p>The subclasses are the five errors the service model declares. They are unchecked, as every
 * exception of a public API here is.
 */
public abstract sealed class CustomerProfilesException extends RuntimeException
    permits BadRequestException,
        AccessDeniedException,
        ResourceNotFoundException,
        ThrottlingException,
        InternalServerException {

  private final int statusCode;

  CustomerProfilesException(String message, int statusCode, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
  }

  /** Returns the HTTP status code the service answers with, for example 400. */
  public final int statusCode() {
    return statusCode;
  }

  /** Returns the AWS error code, for example {@code BadRequestException}. */
  public final String errorCode() {
    return getClass().getSimpleName();
  }

  /** Returns whether an SDK would retry this error (a server fault or throttling). */
  public boolean isRetryable() {
    return false;
  }
}
