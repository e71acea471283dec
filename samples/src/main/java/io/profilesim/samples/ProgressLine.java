package io.profilesim.samples;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error at most every {@code interval}: {@code profilesim generate:
 * 250,000 of 1,000,000 records (25%)}. Progress is for people; it never goes into output files.
 */
final class ProgressLine {
  /** How often a long run reports, by default. */
  static final long DEFAULT_INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final String prefix;
  private final String unit;
  private final LongSupplier nanoTime;
  private final long intervalNanos;
  private final long start;
  private long last;

  ProgressLine(PrintWriter err, String prefix, String unit, LongSupplier nanoTime,
      long intervalNanos) {
    this.err = err;
    this.prefix = prefix;
    this.unit = unit;
    this.nanoTime = nanoTime;
    this.intervalNanos = intervalNanos;
    this.start = nanoTime.getAsLong();
    this.last = start;
  }

  /** Reports {@code done} of {@code total} if the interval has passed since the last report. */
  void update(long done, long total) {
    long now = nanoTime.getAsLong();
    if (now - last >= intervalNanos && done < total) {
      last = now;
      err.println(String.format(Locale.ROOT, "%s: %,d of %,d %s (%d%%)", prefix, done, total, unit,
          total == 0 ? 100 : done * 100 / total));
    }
  }

  /** Reports {@code done} so far, of a total not known ahead, if the interval has passed. */
  void update(long done, String what) {
    long now = nanoTime.getAsLong();
    if (now - last >= intervalNanos) {
      last = now;
      err.println(String.format(Locale.ROOT, "%s: %s: %,d %s", prefix, what, done, unit));
    }
  }

  /** Prints a line at once, whatever the interval. */
  void note(String line) {
    err.println(prefix + ": " + line);
  }

  /** Prints the closing line: how long the command took. */
  void done() {
    err.println(String.format(Locale.ROOT, "%s: done in %.1f s", prefix,
        (nanoTime.getAsLong() - start) / 1e9));
  }
}
