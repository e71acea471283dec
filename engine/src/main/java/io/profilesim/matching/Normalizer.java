package io.profilesim.matching;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw attribute values into the forms the matcher compares. Each function is pure, returns
 * {@code null} for "no usable value", and is applied once per profile per job.
 *
 * <p>Rules (each is a convention: AWS documents only that matching is case-insensitive for emails,
 * tolerant of phone formats and of spelling mistakes):
 * <ul>
 *   <li>text: lower case, accents removed (NFD, combining marks dropped), punctuation to spaces,
 *       runs of spaces collapsed;
 *   <li>names: as text, then titles ({@code mr}, {@code dr} ...) and suffixes ({@code jr},
 *       {@code iii} ...) dropped and every space removed, so {@code O'Brien}, {@code o brien} and
 *       {@code OBRIEN} are one name and {@code Mary-Ann} equals {@code Maryann};
 *   <li>emails: spaces removed, lower case;
 *   <li>phones: digits only, an extension ({@code x12}, {@code ext 12}) dropped; a number written
 *       with {@code +} or {@code 00} carries its country code, any other number gets the default
 *       country code after its trunk zeros are dropped, so {@code 555-010-0000} equals
 *       {@code +1-555-010-0000}; fewer than 7 digits is not a phone number;
 *   <li>street lines: as text, with common street-type and direction words abbreviated
 *       ({@code street} = {@code st}, {@code avenue} = {@code ave}, {@code north} = {@code n} ...);
 *   <li>cities: as text with {@code saint}/{@code mount}/{@code fort} abbreviated;
 *   <li>postal codes: upper-case letters and digits only; a 9-digit US ZIP+4 keeps its 5-digit ZIP;
 *   <li>birth dates: ISO {@code yyyy-MM-dd} from {@code yyyy-MM-dd}, {@code yyyyMMdd},
 *       {@code yyyy/MM/dd}, {@code yyyy.MM.dd}, {@code MM/dd/yyyy} (or {@code dd/MM/yyyy} when the
 *       first number cannot be a month), {@code dd.MM.yyyy}, {@code dd-MM-yyyy}, an ISO date-time,
 *       and {@code 24 Jun 1971} / {@code June 24, 1971}; anything else is unparsable.
 * </ul>
 */
final class Normalizer {
  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "rev");
  private static final Set<String> SUFFIXES =
      Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");
  private static final Map<String, String> STREET_WORDS = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("road", "rd"),
      Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("drive", "dr"),
      Map.entry("court", "ct"), Map.entry("place", "pl"), Map.entry("lane", "ln"),
      Map.entry("crescent", "cres"), Map.entry("boulevard", "blvd"), Map.entry("highway", "hwy"),
      Map.entry("parkway", "pkwy"), Map.entry("circuit", "cct"), Map.entry("terrace", "tce"),
      Map.entry("square", "sq"), Map.entry("close", "cl"), Map.entry("circle", "cir"),
      Map.entry("apartment", "apt"), Map.entry("suite", "ste"), Map.entry("building", "bldg"),
      Map.entry("floor", "fl"), Map.entry("north", "n"), Map.entry("south", "s"),
      Map.entry("east", "e"), Map.entry("west", "w"), Map.entry("mount", "mt"),
      Map.entry("saint", "st"), Map.entry("number", "no"));
  private static final Map<String, String> CITY_WORDS =
      Map.of("saint", "st", "mount", "mt", "fort", "ft");
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec"};
  private static final int MIN_PHONE_DIGITS = 7;

  private Normalizer() {}

  /** Lower case, no accents, punctuation as spaces, single spaces, trimmed; null if empty. */
  static String text(String raw) {
    if (raw == null) {
      return null;
    }
    String s = stripAccents(raw);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (c == '\'' || c == '\u2019') {
        continue; // O'Brien and OBrien are the same word, not two
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == ' ') {
      sb.setLength(end - 1);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** A person's name part: text without titles, suffixes or spaces. */
  static String name(String raw) {
    String t = text(raw);
    if (t == null) {
      return null;
    }
    String[] words = t.split(" ");
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < words.length; i++) {
      boolean droppable = words.length > 1
          && ((i == 0 && TITLES.contains(words[i]))
              || (i == words.length - 1 && i > 0 && SUFFIXES.contains(words[i])));
      if (!droppable) {
        sb.append(words[i]);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** An email address: no spaces, lower case; null if empty. */
  static String email(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.length() == 0 ? null : sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether a normalized email has one {@code @} with text on both sides. */
  static boolean isWellFormedEmail(String email) {
    int at = email.indexOf('@');
    return at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1;
  }

  /**
   * The form two spellings of one mailbox share: the local part without {@code .}, {@code _},
   * {@code -} or a {@code +tag}, so {@code john_doe@x.com} and {@code johndoe@x.com} meet.
   */
  static String emailCanonical(String email) {
    int at = email.lastIndexOf('@');
    if (at < 0) {
      return email;
    }
    StringBuilder sb = new StringBuilder(email.length());
    for (int i = 0; i < at; i++) {
      char c = email.charAt(i);
      if (c == '+') {
        break;
      }
      if (c != '.' && c != '_' && c != '-') {
        sb.append(c);
      }
    }
    return sb.append(email, at, email.length()).toString();
  }

  /**
   * A phone number as its digits with a country code.
   *
   * @param defaultCountryCode digits prefixed to numbers written without an international prefix
   * @return the digits, or null when there are fewer than 7
   */
  static String phone(String raw, String defaultCountryCode) {
    if (raw == null) {
      return null;
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    int ext = extensionStart(lower);
    String s = ext < 0 ? lower : lower.substring(0, ext);
    StringBuilder digits = new StringBuilder(s.length());
    boolean plus = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0) {
        plus = true;
      }
    }
    if (digits.length() < MIN_PHONE_DIGITS) {
      return null;
    }
    String d = digits.toString();
    if (plus) {
      return d;
    }
    if (d.startsWith("00")) {
      return d.substring(2);
    }
    if (d.startsWith("011") && d.length() > 11) {
      return d.substring(3); // the North American international prefix
    }
    int start = 0;
    while (start < d.length() && d.charAt(start) == '0') {
      start++;
    }
    String national = d.substring(start);
    if (national.length() > 10 && national.startsWith(defaultCountryCode)) {
      return national; // already written with the country code, e.g. 1-555-010-0000
    }
    return defaultCountryCode + national;
  }

  private static int extensionStart(String s) {
    int ext = s.indexOf("ext");
    int x = s.indexOf('x');
    int hash = s.indexOf('#');
    int min = -1;
    for (int i : new int[] {ext, x, hash}) {
      if (i > 0 && (min < 0 || i < min)) {
        min = i;
      }
    }
    return min;
  }

  /** A street line: text with street-type and direction words abbreviated. */
  static String street(String raw) {
    return replaceWords(text(raw), STREET_WORDS);
  }

  /** A city: text with saint, mount and fort abbreviated. */
  static String city(String raw) {
    return replaceWords(text(raw), CITY_WORDS);
  }

  /** A state or province: text without spaces. */
  static String state(String raw) {
    String t = text(raw);
    return t == null ? null : t.replace(" ", "");
  }

  /** A postal code: upper-case letters and digits; ZIP+4 reduced to the ZIP. */
  static String postalCode(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    if (sb.length() == 9 && allDigits(sb)) {
      sb.setLength(5);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /**
   * A birth date in ISO form.
   *
   * @return {@code yyyy-MM-dd}, or null when the value is blank or cannot be read as a real date
   */
  static String birthDate(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    int t = s.indexOf('t');
    if (t == 10 && s.length() > 10 && Character.isDigit(s.charAt(0))) {
      s = s.substring(0, 10); // ISO date-time: the date part is the birth date
    }
    if (s.length() == 8 && allDigits(s)) {
      return iso(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
    }
    String[] parts = dateParts(s);
    if (parts == null) {
      return null;
    }
    if (allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2])) {
      return numericDate(parts, s.contains("/"));
    }
    return namedMonthDate(parts);
  }

  /** The three runs of letters or digits of a date, or null when there are not exactly three. */
  private static String[] dateParts(String s) {
    String[] parts = new String[3];
    int count = 0;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (count == 3) {
          return null;
        }
        parts[count++] = s.substring(start, i);
        start = -1;
      }
    }
    return count == 3 ? parts : null;
  }

  private static String numericDate(String[] p, boolean slashes) {
    if (p[0].length() > 4 || p[1].length() > 4 || p[2].length() > 4) {
      return null;
    }
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    int c = Integer.parseInt(p[2]);
    if (p[0].length() == 4) {
      return iso(a, b, c);
    }
    if (p[2].length() != 4) {
      return null;
    }
    if (slashes && a <= 12) {
      return iso(c, a, b); // US month/day/year, the common form with slashes
    }
    return iso(c, b, a); // day first: dd.MM.yyyy, dd-MM-yyyy, or a slash date whose day is > 12
  }

  private static String namedMonthDate(String[] p) {
    if (p[0].length() > 9 || p[1].length() > 9) {
      return null;
    }
    int month = month(p[0]);
    if (month > 0 && allDigits(p[1]) && allDigits(p[2]) && p[2].length() == 4) {
      return iso(Integer.parseInt(p[2]), month, Integer.parseInt(p[1]));
    }
    month = month(p[1]);
    if (month > 0 && allDigits(p[0]) && allDigits(p[2]) && p[2].length() == 4) {
      return iso(Integer.parseInt(p[2]), month, Integer.parseInt(p[0]));
    }
    return null;
  }

  private static int month(String word) {
    if (word.length() < 3) {
      return 0;
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (word.startsWith(MONTHS[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String iso(int year, int month, int day) {
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    char[] out = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
        (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '-', (char) ('0' + month / 10),
        (char) ('0' + month % 10), '-', (char) ('0' + day / 10), (char) ('0' + day % 10)};
    return new String(out);
  }

  private static int num(String s, int from, int to) {
    return Integer.parseInt(s.substring(from, to));
  }

  private static boolean allDigits(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String replaceWords(String text, Map<String, String> words) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(" ");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = words.getOrDefault(parts[i], parts[i]);
    }
    return String.join(" ", parts);
  }

  private static String stripAccents(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); j++) {
          char c = decomposed.charAt(j);
          if (Character.getType(c) != Character.NON_SPACING_MARK) {
            sb.append(c);
          }
        }
        return sb.toString();
      }
    }
    return s;
  }
}
