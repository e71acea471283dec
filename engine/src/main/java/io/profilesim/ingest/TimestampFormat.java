package io.profilesim.ingest;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * How an object type reads the time its source last updated a record, from the object's {@value
 * #FIELD_NAME} field.
 *
 * <ul>
 *   <li>A {@code SourceLastUpdatedTimestampFormat} is a {@link SimpleDateFormat} pattern, as AWS
 *       documents ({@code yyyy-MM-dd'T'HH:mm:ssXXX}, {@code dd/MM/yyyy HH:mm} ...). Parsing is
 *       strict, must consume the whole value, and reads times without a zone as UTC.
 *   <li>Beyond AWS, {@code EPOCH_MILLIS} and {@code EPOCH_SECONDS} read epoch numbers (no
 *       SimpleDateFormat pattern can be confused with them: P, O and C are not pattern letters).
 *   <li>With the field but no format, the value is an ISO-8601 instant or offset date-time.
 * </ul>
 */
final class TimestampFormat {
  /**
   * The name of the field, among an object type's {@code Fields}, that holds the source's
   * last-updated time. AWS speaks of "your {@code sourceLastUpdatedTimestamp}" without saying how
   * it is set up; profilesim takes the field of that name (compared ignoring case).
   */
  static final String FIELD_NAME = "sourceLastUpdatedTimestamp";

  static final String EPOCH_MILLIS = "EPOCH_MILLIS";
  static final String EPOCH_SECONDS = "EPOCH_SECONDS";

  private final String pattern;
  private final ThreadLocal<SimpleDateFormat> format;

  private TimestampFormat(String pattern, ThreadLocal<SimpleDateFormat> format) {
    this.pattern = pattern;
    this.format = format;
  }

  /**
   * Compiles a {@code SourceLastUpdatedTimestampFormat}; {@code null} means ISO-8601.
   *
   * @throws IllegalArgumentException if the pattern is not a valid SimpleDateFormat pattern
   */
  static TimestampFormat of(String pattern) {
    if (pattern == null || isEpoch(pattern)) {
      return new TimestampFormat(pattern, null);
    }
    SimpleDateFormat prototype = new SimpleDateFormat(pattern, Locale.ROOT);
    prototype.setLenient(false);
    prototype.setTimeZone(TimeZone.getTimeZone("UTC"));
    return new TimestampFormat(
        pattern, ThreadLocal.withInitial(() -> (SimpleDateFormat) prototype.clone()));
  }

  private static boolean isEpoch(String pattern) {
    return pattern.equalsIgnoreCase(EPOCH_MILLIS) || pattern.equalsIgnoreCase(EPOCH_SECONDS);
  }

  /**
   * Returns the instant a value denotes, in epoch milliseconds.
   *
   * @throws IllegalArgumentException if the value does not match the format
   */
  long parse(String value) {
    String v = value.trim();
    if (pattern == null) {
      return iso(v);
    }
    if (format == null) {
      try {
        long n = Long.parseLong(v);
        return pattern.equalsIgnoreCase(EPOCH_MILLIS) ? n : Math.multiplyExact(n, 1000L);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException(
            "not a whole number of epoch "
                + (pattern.equalsIgnoreCase(EPOCH_MILLIS) ? "milliseconds" : "seconds"));
      }
    }
    ParsePosition position = new ParsePosition(0);
    Date date = format.get().parse(v, position);
    if (date == null || position.getIndex() != v.length()) {
      throw new IllegalArgumentException("does not match " + pattern);
    }
    return date.getTime();
  }

  private static long iso(String v) {
    long fast = IsoInstant.parseMillis(v);
    if (fast != IsoInstant.NOT_PARSED) {
      return fast;
    }
    try {
      return Instant.parse(v).toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toInstant()
            .toEpochMilli();
      } catch (DateTimeException e2) {
        throw new IllegalArgumentException(
            "is not an ISO-8601 instant such as 2024-05-01T12:00:00Z"
                + " (no SourceLastUpdatedTimestampFormat is set)");
      }
    }
  }

  /** Returns the pattern as configured, or {@code null} for ISO-8601. */
  String pattern() {
    return pattern;
  }
}
