package io.profilesim.samples.generate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** The small corruptions people and systems make when they type or convert values. */
final class Noise {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private Noise() {}

  /**
   * Returns {@code s} with one typing error: an inserted, deleted or substituted character (a key
   * next to the intended one) or two neighbours transposed. Strings shorter than two characters
   * and those a chosen error would not change come back with a substitution instead.
   */
  static String typo(String s, SplittableRandom random) {
    if (s.length() < 2) {
      return s;
    }
    int i = random.nextInt(s.length());
    String result = switch (random.nextInt(4)) {
      case 0 -> s.substring(0, i) + neighbour(s.charAt(i), random) + s.substring(i);
      case 1 -> s.length() < 3 ? substitute(s, i, random) : s.substring(0, i) + s.substring(i + 1);
      case 2 -> substitute(s, i, random);
      default -> transpose(s, Math.min(i, s.length() - 2));
    };
    return result.equals(s) ? substitute(s, i, random) : result;
  }

  private static String substitute(String s, int i, SplittableRandom random) {
    return s.substring(0, i) + neighbour(s.charAt(i), random) + s.substring(i + 1);
  }

  private static String transpose(String s, int i) {
    return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
  }

  /** A key next to {@code c} on a QWERTY keyboard, in {@code c}'s case; never {@code c} itself. */
  static char neighbour(char c, SplittableRandom random) {
    char lower = Character.toLowerCase(c);
    for (int row = 0; row < KEYBOARD_ROWS.length; row++) {
      int col = KEYBOARD_ROWS[row].indexOf(lower);
      if (col >= 0) {
        StringBuilder near = new StringBuilder(4);
        addKey(near, row, col - 1);
        addKey(near, row, col + 1);
        addKey(near, row - 1, col);
        addKey(near, row + 1, col);
        char n = near.charAt(random.nextInt(near.length()));
        return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
      }
    }
    char letter = (char) ('a' + random.nextInt(26));
    return letter == c ? 'e' : letter;
  }

  private static void addKey(StringBuilder keys, int row, int col) {
    if (row >= 0 && row < KEYBOARD_ROWS.length && col >= 0 && col < KEYBOARD_ROWS[row].length()) {
      keys.append(KEYBOARD_ROWS[row].charAt(col));
    }
  }

  /** Returns whether {@code s} has letters outside ASCII that lose an accent when stripped. */
  static boolean hasAccents(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code s} without combining accents: José to Jose, Müller to Muller. */
  static String dropAccents(String s) {
    return COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Returns {@code s} with a stray space: leading, trailing or doubled between words. */
  static String strayWhitespace(String s, SplittableRandom random) {
    int space = s.indexOf(' ');
    return switch (random.nextInt(3)) {
      case 0 -> " " + s;
      case 1 -> s + " ";
      default -> space > 0 ? s.substring(0, space) + "  " + s.substring(space + 1) : s + "  ";
    };
  }

  /**
   * Formats ten phone digits in one of the ways people write North American numbers: {@code
   * 555-010-0000}, {@code (555) 010-0000}, {@code (555) 010 0000}, {@code +1 555 010 0000},
   * {@code +15550100000}, {@code 555.010.0000}, {@code 5550100000}, {@code 1-555-010-0000},
   * {@code +1-555-010-0000}.
   */
  static String phone(String digits, int style) {
    String area = digits.substring(0, 3);
    String exchange = digits.substring(3, 6);
    String line = digits.substring(6);
    return switch (style) {
      case 0 -> area + "-" + exchange + "-" + line;
      case 1 -> "(" + area + ") " + exchange + "-" + line;
      case 2 -> "(" + area + ") " + exchange + " " + line;
      case 3 -> "+1 " + area + " " + exchange + " " + line;
      case 4 -> "+1" + digits;
      case 5 -> area + "." + exchange + "." + line;
      case 6 -> digits;
      case 7 -> "1-" + area + "-" + exchange + "-" + line;
      default -> "+1-" + area + "-" + exchange + "-" + line;
    };
  }

  /** The number of styles {@link #phone(String, int)} knows. */
  static final int PHONE_STYLES = 9;
}
