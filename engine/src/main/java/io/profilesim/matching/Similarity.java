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
