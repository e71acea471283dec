package io.profilesim.samples.batch;

/**
 * An input file (scenario, mapping, resolution or truth file) that cannot be used, found before any
 * work starts. The message names the file, the field, the value and what was expected.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }
}
