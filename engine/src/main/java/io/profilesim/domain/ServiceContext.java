package io.profilesim.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What every operation shares: the clock all time comes from, the account and region that form
 * ARNs, and the seed that makes generated identifiers reproducible.
 *
 * @param clock the source of every timestamp; a fixed or simulated clock makes runs reproducible
 * @param region the AWS region in ARNs, for example {@code us-east-1}
 * @param accountId the 12-digit AWS account in ARNs
 * @param seed mixed into every generated identifier
 */
public record ServiceContext(Clock clock, String region, String accountId, long seed) {
  public ServiceContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
  }

  /**
   * Returns the current instant in milliseconds, the precision the service reports; finer digits
   * would only make outputs differ between platforms.
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Returns the ARN of a domain: {@code arn:aws:profile:<region>:<account>:domains/<name>}. */
  public String domainArn(String domainName) {
    return "arn:aws:profile:" + region + ":" + accountId + ":domains/" + domainName;
  }
}
