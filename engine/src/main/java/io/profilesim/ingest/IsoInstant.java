package io.profilesim.ingest;

/**
 * Reads the common ISO-8601 form {@code 2024-05-01T12:30:00Z} (optionally with a fraction of a
 * second and a {@code +hh:mm} offset) without java.time's general parser, which took a third of
 * ingestion's time when every object carries a timestamp. Anything else is left to java.time.
 */
final class IsoInstant {
  /** Returned when the text is not in the common form. */
  static final long NOT_PARSED = Long.MIN_VALUE;

  private IsoInstant() {}

  /** Returns the instant in epoch milliseconds, or {@link #NOT_PARSED}. */
  static long parseMillis(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return NOT_PARSED;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > daysIn(year, month)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return NOT_PARSED;
    }
    int at = 19;
    int millis = 0;
    if (at < n && s.charAt(at) == '.') {
      int start = ++at;
      while (at < n && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
        if (at - start < 3) {
          millis = millis * 10 + (s.charAt(at) - '0');
        }
        at++;
      }
      if (at == start || at - start > 9) {
        return NOT_PARSED;
      }
      for (int i = at - start; i < 3; i++) {
        millis *= 10;
      }
    }
    int offsetSeconds;
    if (at == n - 1 && s.charAt(at) == 'Z') {
      offsetSeconds = 0;
    } else if (at == n - 6
        && (s.charAt(at) == '+' || s.charAt(at) == '-')
        && s.charAt(at + 3) == ':') {
      int oh = digits(s, at + 1, 2);
      int om = digits(s, at + 4, 2);
      if (oh < 0 || oh > 18 || om < 0 || om > 59) {
        return NOT_PARSED;
      }
      offsetSeconds = (s.charAt(at) == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    } else {
      return NOT_PARSED;
    }
    long epochDay = epochDay(year, month, day);
    long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
    return seconds * 1000 + millis;
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Hinnant's algorithm). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }
}
