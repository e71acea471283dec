package io.profilesim.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The string similarities the comparison levels use. */
final class Similarity {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private Similarity() {}

  /** Commons Text's Jaro-Winkler similarity, in [0, 1]. */
  static double jaroWinkler(String a, String b) {
    return JARO_WINKLER.apply(a, b);
  }

  /**
   * A 64-bit summary of a string for {@link #jaroWinklerAtMost}: its characters hashed into 16
   * buckets with a 4-bit count each (saturating at 15), plus nothing else.
   */
  static long signature(String s) {
    long sig = 0;
    for (int i = 0; i < s.length(); i++) {
      int bucket = (s.charAt(i) * 0x9E3779B1 >>> 28) & 0xF;
      long count = (sig >>> (bucket * 4)) & 0xF;
      if (count < 0xF) {
        sig += 1L << (bucket * 4);
      }
    }
    return sig;
  }

  /**
   * An upper bound of {@link #jaroWinkler}: Jaro counts matching characters, and two strings
   * cannot match more characters than their bucketed character counts share, so the bound
   * assumes that many matches, no transpositions and the longest possible common prefix. It lets
   * clearly different strings skip the full computation.
   */
  static double jaroWinklerAtMost(String a, String b, long sigA, long sigB) {
    int common = 0;
    for (int k = 0; k < 16; k++) {
      common += (int) Math.min((sigA >>> (k * 4)) & 0xF, (sigB >>> (k * 4)) & 0xF);
    }
    int shorter = Math.min(a.length(), b.length());
    int matches = Math.min(common, shorter);
    if (matches == 0) {
      return 0;
    }
    double jaro = ((double) matches / a.length() + (double) matches / b.length() + 1) / 3;
    int prefix = 0;
    while (prefix < 4 && prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  /** Jaro-Winkler when it may reach {@code floor}, otherwise 0 without computing it. */
  static double jaroWinkler(String a, String b, long sigA, long sigB, double floor) {
    if (jaroWinklerAtMost(a, b, sigA, sigB) < floor) {
      return 0;
    }
    return jaroWinkler(a, b);
  }

  /**
   * Whether two strings differ by at most one edit: a substitution, an insertion, a deletion or a
   * swap of two adjacent characters (the typing errors of one keystroke).
   */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true; // one substitution
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2); // adjacent transposition
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }
}
