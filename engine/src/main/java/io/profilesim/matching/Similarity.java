package io.profilesim.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The string similarities the comparison levels use. */
final class Similarity {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private Similarity() {}

  /**
   * Jaro-Winkler similarity in [0, 1], exactly as Commons Text's {@link JaroWinklerSimilarity}
   * computes it (matching window of half the longer length less one, transpositions halved,
   * prefix of up to four characters scaled by 0.1 once Jaro reaches 0.7), but without boxing:
   * matched positions are kept as bits of two longs. Strings longer than 64 characters go to
   * Commons Text itself.
   */
  static double jaroWinkler(String first, String second) {
    if (first.equals(second)) {
      return 1;
    }
    return jaroWinkler(first.toCharArray(), 0, first.length(), second.toCharArray(), 0,
        second.length());
  }

  /** {@link #jaroWinkler(String, String)} of value {@code a} of {@code x} and {@code b} of y. */
  static double jaroWinkler(Texts x, int a, Texts y, int b) {
    return jaroWinkler(x.chars, x.start[a], x.start[a + 1] - x.start[a], y.chars, y.start[b],
        y.start[b + 1] - y.start[b]);
  }

  /** {@link #jaroWinkler(String, String)} of two runs of characters. */
  private static double jaroWinkler(char[] x, int xFrom, int xLength, char[] y, int yFrom,
      int yLength) {
    boolean xLonger = xLength > yLength;
    char[] longer = xLonger ? x : y;
    int longFrom = xLonger ? xFrom : yFrom;
    int longLength = xLonger ? xLength : yLength;
    char[] shorter = xLonger ? y : x;
    int shortFrom = xLonger ? yFrom : xFrom;
    int shortLength = xLonger ? yLength : xLength;
    if (longLength > 64) {
      return JARO_WINKLER.apply(new String(x, xFrom, xLength), new String(y, yFrom, yLength));
    }
    int range = Math.max(longLength / 2 - 1, 0);
    long matchedShort = 0;
    long matchedLong = 0;
    int matches = 0;
    for (int mi = 0; mi < shortLength; mi++) {
      char c = shorter[shortFrom + mi];
      int end = Math.min(mi + range + 1, longLength);
      for (int xi = Math.max(mi - range, 0); xi < end; xi++) {
        if ((matchedLong & (1L << xi)) == 0 && c == longer[longFrom + xi]) {
          matchedShort |= 1L << mi;
          matchedLong |= 1L << xi;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    long s = matchedShort;
    long l = matchedLong;
    while (s != 0) {
      if (shorter[shortFrom + Long.numberOfTrailingZeros(s)]
          != longer[longFrom + Long.numberOfTrailingZeros(l)]) {
        transpositions++;
      }
      s &= s - 1;
      l &= l - 1;
    }
    int prefix = 0;
    int maxPrefix = Math.min(4, shortLength);
    while (prefix < maxPrefix && x[xFrom + prefix] == y[yFrom + prefix]) {
      prefix++;
    }
    double m = matches;
    double jaro = (m / xLength + m / yLength + (m - transpositions / 2.0) / m) / 3;
    return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
  }

  /**
   * The distinct values of a column in one array of characters, in code order, for
   * {@link #jaroWinkler(Texts, int, Texts, int)}: reading a value is then one bounds lookup and
   * a run of characters next to those of values coded near it, instead of a String, its header
   * and its byte array, each wherever the heap put it.
   */
  static final class Texts {
    private final char[] chars;
    private final int[] start;

    Texts(String[] values) {
      start = new int[values.length + 1];
      for (int v = 0; v < values.length; v++) {
        start[v + 1] = start[v] + values[v].length();
      }
      chars = new char[start[values.length]];
      for (int v = 0; v < values.length; v++) {
        values[v].getChars(0, values[v].length(), chars, start[v]);
      }
    }
  }

  /** Commons Text's own computation, the reference {@link #jaroWinkler} is tested against. */
  static double commonsJaroWinkler(String first, String second) {
    return JARO_WINKLER.apply(first, second);
  }

  /** Longs per signature: four of character counts, then the head (length, first characters). */
  static final int SIGNATURE_LONGS = 5;
  private static final int COUNT_LONGS = 4;
  private static final int CHAR_BITS = 12;
  private static final long HEAD_CHARS = (1L << 4 * CHAR_BITS) - 1;
  private static final int LENGTH_SHIFT = 48;

  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * A 320-bit summary of a string for {@link Floor#mayReach}, written at {@code out[5 * index]}:
   * its characters hashed into 32 buckets with an 8-bit count each (four longs), then its head:
   * its length above bit 48 and its first four characters below, 12 low bits each (characters
   * that differ only above those bits count as equal, which can only raise a bound). Strings of
   * more than 64 characters get no summary (all zero, length 0) and are never filtered out.
   */
  static void signature(String s, long[] out, int index) {
    if (s.isEmpty() || s.length() > 64) {
      return;
    }
    int base = SIGNATURE_LONGS * index;
    for (int i = 0; i < s.length(); i++) {
      int bucket = (s.charAt(i) * 0x9E3779B1) >>> 27;
      out[base + (bucket >>> 3)] += 1L << ((bucket & 7) * 8);
    }
    long head = (long) s.length() << LENGTH_SHIFT;
    for (int i = 0; i < Math.min(4, s.length()); i++) {
      head |= (long) (s.charAt(i) & ((1 << CHAR_BITS) - 1)) << (CHAR_BITS * i);
    }
    out[base + COUNT_LONGS] = head;
  }

  /** The signature of one string. */
  static long[] signature(String s) {
    long[] out = new long[SIGNATURE_LONGS];
    signature(s, out, 0);
    return out;
  }

  /**
   * An upper bound of {@link #jaroWinkler} from the two signatures alone, touching neither string
   * (at a million profiles, reaching a string's characters is a cache miss or three). Jaro counts
   * matching characters, and two strings cannot match more characters than their bucketed
   * character counts share, so the bound assumes that many matches and no transpositions; the
   * lengths and the common prefix come from the heads. Returns 1 when a string was too long to
   * summarize. {@link Floor#mayReach} decides the same without dividing.
   */
  static double jaroWinklerBound(long[] sigA, int ia, long[] sigB, int ib) {
    long headA = head(sigA, ia);
    long headB = head(sigB, ib);
    int la = (int) (headA >>> LENGTH_SHIFT);
    int lb = (int) (headB >>> LENGTH_SHIFT);
    if (la == 0 || lb == 0) {
      return 1;
    }
    int matches = Math.min(common(sigA, ia, sigB, ib), Math.min(la, lb));
    if (matches == 0) {
      return 0;
    }
    double jaro = ((double) matches / la + (double) matches / lb + 1) / 3;
    return jaro + prefix(headA, headB, la, lb) * 0.1 * (1 - jaro);
  }

  /**
   * A Jaro-Winkler floor made ready for {@link #mayReach}: with common prefix {@code p} and
   * {@code m} possible matches, the bound reaches {@code floor} exactly when
   * {@code m / la + m / lb >= k[p]}, that is {@code m (la + lb) >= k[p] la lb}, so the test
   * needs no division. Comparisons keep one per threshold.
   */
  static final class Floor {
    final double value;
    private final double[] k = new double[5];

    private Floor(double value) {
      this.value = value;
      for (int p = 0; p <= 4; p++) {
        double jaro = (value - 0.1 * p) / (1 - 0.1 * p);
        // A hair lower than exact, so rounding never rejects a pair the bound would keep.
        k[p] = (3 * jaro - 1) * (1 - 1e-9);
      }
    }

    static Floor of(double value) {
      return new Floor(value);
    }

    /**
     * False only when {@link #jaroWinklerBound} is below this floor, so Jaro-Winkler is too:
     * the strings need not be read.
     */
    boolean mayReach(long[] sigA, int ia, long[] sigB, int ib) {
      long headA = head(sigA, ia);
      long headB = head(sigB, ib);
      int la = (int) (headA >>> LENGTH_SHIFT);
      int lb = (int) (headB >>> LENGTH_SHIFT);
      if (la == 0 || lb == 0) {
        return true;
      }
      int matches = Math.min(common(sigA, ia, sigB, ib), Math.min(la, lb));
      return mayReach(la, lb, matches, prefix(headA, headB, la, lb));
    }

    /** The test itself: lengths, at most {@code matches} matching characters, a common prefix. */
    boolean mayReach(int la, int lb, int matches, int prefix) {
      return (double) matches * (la + lb) >= k[prefix] * la * lb;
    }
  }

  /**
   * A 96-bit summary of a string for the same bound as {@link Floor#mayReach}, small enough to
   * sit beside the value's code in a compare row ({@link Patterns.Rows}): the 40-byte signature
   * is a cache miss of its own for the second profile of every pair. Written as three ints at
   * {@code out[at]}: the characters hashed into 21 buckets, each count capped at 3 and kept as a
   * thermometer of three bits (1 = 001, 2 = 011, 3 or more = 111), so that AND and a bit count
   * give the sum over buckets of the smaller count; then the length above bit 24 and the first
   * four characters' 6-bit hashes below. Equal hashes of unequal characters can only raise the
   * bound. Strings of more than 64 characters get no summary (length 0) and always may reach.
   */
  static final class Sketch {
    static final int INTS = 3;
    private static final int BUCKETS = 21;
    /** The top bit of every bucket's thermometer: set where a count is 3 or more. */
    private static final long TOPS = 0x4924924924924924L;
    private static final int LENGTH_SHIFT = 24;
    private static final int CHAR_BITS = 6;

    private Sketch() {}

    static void write(String s, int[] out, int at) {
      if (s.isEmpty() || s.length() > 64) {
        return;
      }
      long thermometer = 0;
      for (int i = 0; i < s.length(); i++) {
        int shift = 3 * (int) (((s.charAt(i) * 0x9E3779B1L) & 0xFFFFFFFFL) * BUCKETS >>> 32);
        long count = thermometer >>> shift & 7;
        thermometer |= ((count << 1 | 1) & 7) << shift; // one more, up to 111
      }
      int head = s.length() << LENGTH_SHIFT;
      for (int i = 0; i < Math.min(4, s.length()); i++) {
        head |= ((s.charAt(i) * 0x9E3779B1) >>> 32 - CHAR_BITS) << (CHAR_BITS * i);
      }
      out[at] = (int) thermometer;
      out[at + 1] = (int) (thermometer >>> 32);
      out[at + 2] = head;
    }

    /**
     * False only when Jaro-Winkler of the two strings summarized at {@code rows[a]} and
     * {@code rows[b]} is below {@code floor}. The common count is exact below the cap; a bucket
     * where both counts reach it may share more, but no more in all than the smaller of the two
     * strings' characters beyond their capped counts.
     */
    static boolean mayReach(Floor floor, int[] rows, int a, int b) {
      int headA = rows[a + 2];
      int headB = rows[b + 2];
      int la = headA >>> LENGTH_SHIFT;
      int lb = headB >>> LENGTH_SHIFT;
      if (la == 0 || lb == 0) {
        return true;
      }
      long ta = thermometer(rows, a);
      long tb = thermometer(rows, b);
      long both = ta & tb;
      int common = Long.bitCount(both);
      if ((both & TOPS) != 0) {
        common += Math.min(la - Long.bitCount(ta), lb - Long.bitCount(tb));
      }
      int same = Integer.numberOfTrailingZeros(headA ^ headB) / CHAR_BITS;
      int prefix = Math.min(same, Math.min(4, Math.min(la, lb)));
      return floor.mayReach(la, lb, Math.min(common, Math.min(la, lb)), prefix);
    }

    private static long thermometer(int[] rows, int at) {
      return (rows[at] & 0xFFFFFFFFL) | (long) rows[at + 1] << 32;
    }
  }

  private static long head(long[] sig, int i) {
    return sig[SIGNATURE_LONGS * i + COUNT_LONGS];
  }

  /** The common prefix of two strings (at most four characters) from their heads. */
  private static int prefix(long headA, long headB, int la, int lb) {
    int equal = Long.numberOfTrailingZeros((headA ^ headB) & HEAD_CHARS) / CHAR_BITS;
    return Math.min(equal, Math.min(4, Math.min(la, lb)));
  }

  /**
   * Whether two strings may be within one edit, from their signatures alone: a substitution
   * changes two character counts by one, an insertion or deletion one, a swap none, so the
   * counts may differ by at most two in all. Returns true when a string was too long to
   * summarize.
   */
  static boolean mayBeWithinOneEdit(long[] sigA, int ia, long[] sigB, int ib) {
    int la = (int) (head(sigA, ia) >>> LENGTH_SHIFT);
    int lb = (int) (head(sigB, ib) >>> LENGTH_SHIFT);
    return la == 0 || lb == 0 || la + lb - 2 * common(sigA, ia, sigB, ib) <= 2;
  }

  /** The characters two signatures share, counted by bucket. */
  private static int common(long[] sigA, int ia, long[] sigB, int ib) {
    int common = 0;
    for (int k = 0; k < COUNT_LONGS; k++) {
      common += sharedBytes(sigA[SIGNATURE_LONGS * ia + k], sigB[SIGNATURE_LONGS * ib + k]);
    }
    return common;
  }

  /** The sum over eight byte lanes (counts up to 64) of the smaller of the two counts. */
  private static int sharedBytes(long x, long y) {
    // High bit of a lane set where x >= y (no borrow), then widened to the whole lane.
    long geq = ((x | HIGH_BITS) - y) & HIGH_BITS;
    long mask = (geq >>> 7) * 0xFF;
    long min = (y & mask) | (x & ~mask);
    return (int) ((min * LOW_BITS) >>> 56);
  }

  /**
   * Whether two strings differ by at most one edit: a substitution, an insertion, a deletion or a
   * swap of two adjacent characters (the typing errors of one keystroke).
   */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la < lb) {
      return withinOneEdit(b, a);
    }
    if (la - lb > 1) {
      return false;
    }
    int i = 0;
    while (i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == lb) {
      return true; // equal, or one character appended
    }
    if (la == lb) {
      if (sameFrom(a, i + 1, b, i + 1)) {
        return true; // one substitution
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && sameFrom(a, i + 2, b, i + 2); // adjacent transposition
    }
    return sameFrom(a, i + 1, b, i); // one deletion from the longer
  }

  /** {@link #packDigits} of anything but 1 to {@value #PACKED_DIGITS} digits. */
  static final long NOT_PACKED = -1;

  /** The most digits a long holds, four bits each, with their count in the top four. */
  static final int PACKED_DIGITS = 15;

  private static final long DIGIT_BITS = (1L << 4 * PACKED_DIGITS) - 1;

  /**
   * A string of 1 to {@value #PACKED_DIGITS} digits packed into a long, a digit per four bits
   * (the last digit lowest) and the count above them, or {@link #NOT_PACKED} for anything else;
   * see {@link #withinOneEdit(long, long)}. A digit never fills four bits, so no packing is -1.
   */
  static long packDigits(String s) {
    if (s.isEmpty() || s.length() > PACKED_DIGITS) {
      return NOT_PACKED;
    }
    long digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return NOT_PACKED;
      }
      digits = digits << 4 | (c - '0');
    }
    return (long) s.length() << 4 * PACKED_DIGITS | digits;
  }

  /**
   * {@link #withinOneEdit(String, String)} for two {@link #packDigits packed} digit strings, by bit
   * arithmetic alone: the exclusive or of the two shows where their digits differ, so the common
   * end is found in one step, not digit by digit (the compare stage asks this of phone numbers,
   * postal codes and the digits of emails, tens of millions of times at a million profiles).
   */
  static boolean withinOneEdit(long packedA, long packedB) {
    int la = (int) (packedA >>> 4 * PACKED_DIGITS);
    int lb = (int) (packedB >>> 4 * PACKED_DIGITS);
    long a = packedA & DIGIT_BITS;
    long b = packedB & DIGIT_BITS;
    if (la < lb) {
      int l = la;
      la = lb;
      lb = l;
      long v = a;
      a = b;
      b = v;
    }
    if (la - lb > 1) {
      return false;
    }
    long differ = a ^ b;
    if (la == lb) {
      if (differ == 0) {
        return true;
      }
      int low = Long.numberOfTrailingZeros(differ) >>> 2;
      int high = (63 - Long.numberOfLeadingZeros(differ)) >>> 2;
      return low == high // one digit replaced
          || (high == low + 1 && digit(a, low) == digit(b, high)
              && digit(a, high) == digit(b, low)); // two adjacent digits swapped
    }
    // The longer has one digit more: past the end both share, dropping it must leave the other.
    int shared = Math.min(Long.numberOfTrailingZeros(differ) >>> 2, lb);
    return a >>> 4 * (shared + 1) == b >>> 4 * shared;
  }

  /** The digit at {@code position} (0 for the last) of packed digits. */
  private static long digit(long digits, int position) {
    return digits >>> 4 * position & 0xF;
  }

  private static boolean sameFrom(String a, int i, String b, int j) {
    if (a.length() - i != b.length() - j) {
      return false;
    }
    for (; i < a.length(); i++, j++) {
      if (a.charAt(i) != b.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
