package io.profilesim.exception;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One broken constraint of a request: where, what value, and which rule.
 *
 * @param path the member path in lower camel case, dot-separated, list items as {@code N.member}
 *     (1-based), for example {@code matching.jobSchedule.time}
 * @param value the offending value as AWS prints it, or {@code null} when the member is absent
 * @param constraint the rule, for example {@code Member must not be null}
 */
public record Violation(String path, String value, String constraint) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(constraint, "constraint");
  }

  /** Returns the AWS sentence for this violation. */
  public String message() {
    String shown = value == null ? "null" : "'" + value + "'";
    return "Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint;
  }

  static String describe(List<Violation> violations) {
    int n = violations.size();
    return n
        + (n == 1 ? " validation error detected: " : " validation errors detected: ")
        + violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }
}
