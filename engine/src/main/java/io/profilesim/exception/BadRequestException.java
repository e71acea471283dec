package io.profilesim.exception;

import java.util.List;

/**
 * The input is invalid (HTTP 400). When the request broke constraints of the service model, {@link
 * #violations()} lists each one and the message reads as AWS's request validation does:
 *
 * <pre>
 * 1 validation error detected: Value 'x!' at 'domainName' failed to satisfy constraint: Member must
 * satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$
 * </pre>
 */
public final class BadRequestException extends CustomerProfilesException {
  private final List<Violation> violations;

  /** Creates the error for a rule of the service that is not a model constraint. */
  public BadRequestException(String message) {
    super(message, 400, null);
    this.violations = List.of();
  }

  private BadRequestException(List<Violation> violations) {
    super(Violation.describe(violations), 400, null);
    this.violations = violations;
  }

  /**
   * Creates the error for one or more constraint violations, in the order found.
   *
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public static BadRequestException of(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one violation");
    }
    return new BadRequestException(List.copyOf(violations));
  }

  /** Returns the constraint violations, empty when the error is not about constraints. */
  public List<Violation> violations() {
    return violations;
  }
}
