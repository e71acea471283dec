package io.profilesim.matching;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares one attribute of two profiles and returns a level: 0 is exact agreement after
 * normalization, higher levels are weaker agreement, the last level is "different", and
 * {@link #MISSING} means one side has no value, which is never evidence either way.
 *
 * <p>Multi-valued attributes (the three emails, four phones, four addresses) take the best level
 * over every pair of values, as AWS compares "all phone numbers", "all address types".
 *
 * <p>The fuzzy thresholds, which are conventions: Jaro-Winkler 0.92 keeps one typo in a name of six
 * or more letters and little else; 0.80 admits two typos or a truncation ({@code rob} /
 * {@code robert}) and still separates most unrelated names; "one edit" (substitution, insertion,
 * deletion or swap of neighbours) is the one-keystroke error in digits, dates and postal codes.
 */
abstract class Comparison {
  static final int MISSING = -1;
  /** {@link #rowLevel}: the rows alone do not tell. */
  static final int UNDECIDED = -2;
  static final double CLOSE = 0.92;
  static final double SIMILAR = 0.80;
  private static final Similarity.Floor CLOSE_FLOOR = Similarity.Floor.of(CLOSE);
  private static final Similarity.Floor SIMILAR_FLOOR = Similarity.Floor.of(SIMILAR);

  final String name;
  final List<String> levels;
  final Column column;
  final boolean termFrequency;
  private long[] signatures;
  private Similarity.Texts texts;

  /**
   * The index, among the job's comparisons, of one whose exact agreement implies exact agreement
   * here (a postal code implies its state), or -1. {@link Patterns} then counts such a pair's
   * exact level here as no evidence: counting both would count one fact twice.
   */
  int impliedBy = -1;

  Comparison(String name, List<String> levels, Column column, boolean termFrequency) {
    this.name = name;
    this.levels = List.copyOf(levels);
    this.column = column;
    this.termFrequency = termFrequency;
  }

  /** Whether value pairs repeat enough (names, cities) for a cache of levels to pay. */
  boolean cached() {
    return false;
  }

  /**
   * A cache for one thread's run of {@link #level(int, int, LevelCache)} and {@link #level(int,
   * int, int, int, LevelCache)}, or null for comparisons cheaper to compute than to look up, or
   * with too many values to repeat. Callers hold it for a chunk of pairs: a thread-local looked up
   * per pair cost a fifth of the compare stage.
   */
  final LevelCache newCache() {
    return cached() ? new LevelCache() : null;
  }

  /** Jaro-Winkler of two value codes, or 0 when it cannot reach {@code floor}. */
  final double jaroWinkler(int a, int b, Similarity.Floor floor) {
    long[] sig = signatures();
    if (!floor.mayReach(sig, a, sig, b)) {
      return 0; // decided without reading either string
    }
    Similarity.Texts t = texts();
    return Similarity.jaroWinkler(t, a, t, b);
  }

  final Similarity.Texts texts() {
    Similarity.Texts t = texts;
    if (t == null) {
      t = new Similarity.Texts(column.values);
      texts = t; // racing threads build equal copies: harmless
    }
    return t;
  }

  final long[] signatures() {
    long[] sig = signatures;
    if (sig == null) {
      sig = signatures(column);
      signatures = sig; // racing threads compute the same array: harmless
    }
    return sig;
  }

  static long[] signatures(Column c) {
    long[] sig = new long[Similarity.SIGNATURE_LONGS * c.distinct()];
    for (int v = 0; v < c.distinct(); v++) {
      Similarity.signature(c.values[v], sig, v);
    }
    return sig;
  }

  /** The level of profiles {@code i} and {@code j}, or {@link #MISSING}. */
  int level(int i, int j) {
    return level(i, j, null);
  }

  /**
   * The level of profiles {@code i} and {@code j}: the best over every pair of their values, or
   * {@link #MISSING}; through {@code c} when not null.
   */
  final int level(int i, int j, LevelCache c) {
    int[] codes = column.codes;
    int slots = column.slots;
    int best = MISSING;
    for (int sa = 0; sa < slots; sa++) {
      int a = codes[i * slots + sa];
      if (a == Column.MISSING) {
        continue;
      }
      for (int sb = 0; sb < slots; sb++) {
        int b = codes[j * slots + sb];
        if (b == Column.MISSING) {
          continue;
        }
        if (a == b) {
          return 0;
        }
        int l = c == null ? valueLevel(a, b) : cachedLevel(c, a, b);
        if (best == MISSING || l < best) {
          best = l;
        }
      }
    }
    return best == MISSING ? MISSING : adjust(i, j, best, c);
  }

  /**
   * {@link #level(int, int, LevelCache)} of profiles {@code i} and {@code j} that hold one value
   * each, {@code a} and {@code b}: the common case, decided without reading the column. Their
   * {@link #rowInts} facts are at {@code rows[ra]} and {@code rows[rb]}.
   */
  final int level(int a, int b, int[] rows, int ra, int rb, int i, int j, LevelCache c) {
    if (a == b) {
      return 0;
    }
    int level = rowLevel(rows, ra, rb);
    if (level == UNDECIDED) {
      level = c == null ? valueLevel(a, b) : cachedLevel(c, a, b);
    }
    return adjust(a, b, rows, ra, rb, level, c);
  }

  /**
   * How many ints of facts about a profile's value this comparison keeps in a compare row beside
   * the value's code ({@link Patterns.Rows}), so that most levels are decided from the two rows
   * alone: at a million profiles, anything kept per value or per profile elsewhere is a cache
   * miss for the second profile of nearly every pair. None by default.
   */
  int rowInts() {
    return 0;
  }

  /**
   * Writes the {@link #rowInts} facts of profile {@code i}, whose value is {@code code}; called
   * only when there are any.
   */
  void writeRow(int i, int code, int[] row, int at) {}

  /**
   * The level of two different values decided from their {@link #rowInts} facts at
   * {@code rows[ra]} and {@code rows[rb]} alone (most pairs are), else {@link #UNDECIDED}: then
   * {@link #valueLevel} decides, through the cache if there is one.
   */
  int rowLevel(int[] rows, int ra, int rb) {
    return UNDECIDED;
  }

  /** The value both profiles share at level 0 (for term-frequency weights), or -1. */
  int sharedValue(int i, int j) {
    return column.shared(i, j);
  }

  int different() {
    return levels.size() - 1;
  }

  /** The level of two different value codes. */
  abstract int valueLevel(int a, int b);

  /** A hook for comparisons that look beyond their own column (name swaps). */
  int adjust(int i, int j, int level, LevelCache c) {
    return level;
  }

  /**
   * {@link #adjust} of two profiles holding values {@code a} and {@code b}, their {@link
   * #rowInts} facts at {@code rows[ra]} and {@code rows[rb]}.
   */
  int adjust(int a, int b, int[] rows, int ra, int rb, int level, LevelCache c) {
    return level;
  }

  /** Whether {@link #adjust} may give a level its own column's values do not (name swaps). */
  boolean looksBeyondItsColumn() {
    return false;
  }

  /** Writes a long into a row as two ints, the low half first. */
  static void putLong(int[] row, int at, long value) {
    row[at] = (int) value;
    row[at + 1] = (int) (value >>> 32);
  }

  /** Reads a long {@link #putLong} wrote. */
  static long getLong(int[] rows, int at) {
    return (rows[at] & 0xFFFFFFFFL) | (long) rows[at + 1] << 32;
  }

  private int cachedLevel(LevelCache c, int a, int b) {
    long key = LevelCache.key(a, b);
    int l = c.get(key);
    if (l < 0) {
      l = valueLevel(a, b);
      c.put(key, l);
    }
    return l;
  }

  String value(int code) {
    return column.values[code];
  }

  /** Names: exact, nickname (optional), Jaro-Winkler 0.92, 0.80 or an initial, different. */
  static final class Name extends Comparison {
    private final int[][] groups;
    /** Each value's nickname groups as bits of a long (group id mod 64): 0 for most names. */
    private final long[] groupBits;
    private final Column swapWith;
    private final long[] swapSignatures;
    private final Similarity.Texts swapTexts;
    /** For each value, the code of the same text in the swap column, or -1. */
    private final int[] crossCodes;
    private final int offset;

    Name(String name, Column column, Nicknames nicknames, Column swapWith, boolean tf) {
      super(name, labels(nicknames != null), column, tf);
      this.swapWith = swapWith;
      this.swapSignatures = swapWith == null ? null : signatures(swapWith);
      this.swapTexts = swapWith == null ? null : new Similarity.Texts(swapWith.values);
      this.crossCodes = swapWith == null ? null : crossCodes(column, swapWith);
      this.offset = nicknames == null ? 0 : 1;
      this.groups = nicknames == null ? null : new int[column.distinct()][];
      this.groupBits = nicknames == null ? null : new long[column.distinct()];
      if (groups != null) {
        for (int c = 0; c < groups.length; c++) {
          groups[c] = nicknames.groups(column.values[c]);
          for (int g : groups[c]) {
            groupBits[c] |= 1L << (g & 63);
          }
        }
      }
    }

    @Override
    boolean cached() {
      return true;
    }

    private static int[] crossCodes(Column column, Column other) {
      java.util.Map<String, Integer> codes = new java.util.HashMap<>();
      for (int c = 0; c < other.distinct(); c++) {
        codes.put(other.values[c], c);
      }
      int[] cross = new int[column.distinct()];
      for (int c = 0; c < cross.length; c++) {
        cross[c] = codes.getOrDefault(column.values[c], -1);
      }
      return cross;
    }

    private static List<String> labels(boolean nicknames) {
      List<String> l = new ArrayList<>(List.of("exact"));
      if (nicknames) {
        l.add("nickname");
      }
      l.addAll(List.of("jaro-winkler >= 0.92", "jaro-winkler >= 0.80 or initial", "different"));
      return l;
    }

    @Override
    int valueLevel(int a, int b) {
      if (groups != null && (groupBits[a] & groupBits[b]) != 0
          && Nicknames.shareGroup(groups[a], groups[b])) {
        return 1;
      }
      String x = value(a);
      String y = value(b);
      double jw = jaroWinkler(a, b, SIMILAR_FLOOR);
      if (jw >= CLOSE) {
        return 1 + offset;
      }
      boolean initial = (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0);
      return jw >= SIMILAR || initial ? 2 + offset : 3 + offset;
    }

    /**
     * Given and family names entered the wrong way round: when this name matches the other
     * profile's other name and the reverse holds too, the level is the weaker of the two
     * crossed levels (exact, or Jaro-Winkler 0.92), if that beats the direct one.
     */
    @Override
    boolean looksBeyondItsColumn() {
      return swapWith != null;
    }

    @Override
    int adjust(int i, int j, int level, LevelCache c) {
      if (level == 0 || swapWith == null) {
        return level;
      }
      return swapped(column.code(i), column.code(j), swapWith.code(i), swapWith.code(j), level, c);
    }

    /** The profile's name in the swap column, kept in the row: read for most pairs. */
    @Override
    int rowInts() {
      return swapWith == null ? 0 : 1;
    }

    @Override
    void writeRow(int i, int code, int[] row, int at) {
      row[at] = swapWith.code(i);
    }

    @Override
    int adjust(int a, int b, int[] rows, int ra, int rb, int level, LevelCache c) {
      if (swapWith == null) {
        return level;
      }
      return swapped(a, b, rows[ra], rows[rb], level, c);
    }

    /**
     * The level of names {@code a} and {@code b} at direct level {@code level}, given the two
     * profiles' names {@code sa} and {@code sb} in the swap column.
     */
    private int swapped(int a, int b, int sa, int sb, int level, LevelCache c) {
      if (level == 0 || sa == Column.MISSING || sb == Column.MISSING) {
        return level;
      }
      int crossed = crossed(a, sb, c);
      if (crossed >= level) {
        return level;
      }
      return Math.min(level, Math.max(crossed, crossed(b, sa, c)));
    }

    /**
     * The crossed level of a name here and one in the swap column, through the cache when there
     * is one: the same names meet again and again. Its keys have the top bit set, so they never
     * meet the direct levels' keys (or the cache's empty mark).
     */
    private int crossed(int own, int other, LevelCache c) {
      if (c == null) {
        return crossed(own, other);
      }
      long key = Long.MIN_VALUE | (long) own << 32 | other;
      int l = c.get(key);
      if (l < 0) {
        l = crossed(own, other);
        c.put(key, l);
      }
      return l;
    }

    private int crossed(int own, int other) {
      if (crossCodes[own] == other) {
        return 0;
      }
      if (!CLOSE_FLOOR.mayReach(signatures(), own, swapSignatures, other)) {
        return different();
      }
      double jw = Similarity.jaroWinkler(texts(), own, swapTexts, other);
      return jw >= CLOSE ? 1 + offset : different();
    }
  }

  /**
   * Birth dates, compared as their eight digits: exact, one typo or day and month swapped, two
   * wrong digits (a year off by ten and a wrong day ...), different. Members of one family almost
   * always differ in more than two digits.
   */
  static final class BirthDate extends Comparison {
    /** Each date as the number yyyymmdd: compared with arithmetic, never as text. */
    private final int[] dates;

    BirthDate(Column column) {
      super("BirthDate", List.of("exact", "one typo or day/month swapped", "two wrong digits",
          "different"), column, false);
      dates = new int[column.distinct()];
      for (int c = 0; c < dates.length; c++) {
        dates[c] = Integer.parseInt(column.values[c].replace("-", ""));
      }
    }

    @Override
    int valueLevel(int a, int b) {
      int x = dates[a];
      int y = dates[b];
      boolean swapped = x / 10000 == y / 10000 && x % 100 == y / 100 % 100
          && x / 100 % 100 == y % 100;
      int wrong = 0;
      int firstWrong = -1;
      int lastWrong = -1;
      for (int k = 0, dx = x, dy = y; k < 8; k++, dx /= 10, dy /= 10) {
        if (dx % 10 != dy % 10) {
          wrong++;
          firstWrong = firstWrong < 0 ? k : firstWrong;
          lastWrong = k;
        }
      }
      boolean neighboursSwapped = wrong == 2 && lastWrong == firstWrong + 1
          && digit(x, firstWrong) == digit(y, lastWrong)
          && digit(x, lastWrong) == digit(y, firstWrong);
      if (wrong <= 1 || neighboursSwapped || swapped) {
        return 1;
      }
      return wrong <= 2 ? 2 : 3;
    }

    private static int digit(int n, int position) {
      for (int k = 0; k < position; k++) {
        n /= 10;
      }
      return n % 10;
    }
  }

  /**
   * Emails: exact, same mailbox once dots, dashes and +tags are ignored, Jaro-Winkler 0.92 with
   * the digits within one edit, other. The digits matter because Jaro-Winkler barely sees them:
   * {@code samantha.lewis6185391@} and {@code samantha_lewis4039108@} score 0.95, and services
   * hand out such name-plus-number mailboxes to everyone of a name. A typo changes one character;
   * other digits (a birth year, a number) are someone else.
   */
  static final class Email extends Comparison {
    private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');
    private final int[] canonical;
    /** Each value's digits, {@link Similarity#packDigits packed}, or not for none or too many. */
    private final long[] digits;

    Email(Column column, boolean tf) {
      super("EmailAddress", List.of("exact", "same mailbox ignoring . _ - +tag",
          "jaro-winkler >= 0.92, digits within one edit", "different"), column, tf);
      canonical = new int[column.distinct()];
      digits = new long[column.distinct()];
      java.util.Map<String, Integer> ids = new java.util.HashMap<>();
      for (int c = 0; c < canonical.length; c++) {
        canonical[c] = ids.computeIfAbsent(Normalizer.emailCanonical(column.values[c]),
            k -> ids.size());
        digits[c] = Similarity.packDigits(DIGITS.retainFrom(column.values[c]));
      }
    }

    /** The canonical mailbox, the packed digits (two ints), then the {@link Similarity.Sketch}. */
    @Override
    int rowInts() {
      return 3 + Similarity.Sketch.INTS;
    }

    @Override
    void writeRow(int i, int code, int[] row, int at) {
      row[at] = canonical[code];
      putLong(row, at + 1, digits[code]);
      Similarity.Sketch.write(value(code), row, at + 3);
    }

    /**
     * Decides most pairs of different mailboxes by their digits: people of one name get mailboxes
     * that differ in their numbers, and digits more than one edit apart are level 3 whatever
     * Jaro-Winkler says (at a million profiles, that is most pairs the sketch lets through).
     */
    @Override
    int rowLevel(int[] rows, int ra, int rb) {
      if (rows[ra] == rows[rb]) {
        return 1;
      }
      long x = getLong(rows, ra + 1);
      long y = getLong(rows, rb + 1);
      if (x != Similarity.NOT_PACKED && y != Similarity.NOT_PACKED
          && !Similarity.withinOneEdit(x, y)) {
        return 3;
      }
      return Similarity.Sketch.mayReach(CLOSE_FLOOR, rows, ra + 3, rb + 3) ? UNDECIDED : 3;
    }

    @Override
    int valueLevel(int a, int b) {
      if (canonical[a] == canonical[b]) {
        return 1;
      }
      if (digits[a] != Similarity.NOT_PACKED && digits[b] != Similarity.NOT_PACKED
          && !Similarity.withinOneEdit(digits[a], digits[b])) {
        return 3;
      }
      // Other digits (none, or more than 17) are taken only for pairs that pass Jaro-Winkler.
      boolean close = jaroWinkler(a, b, CLOSE_FLOOR) >= CLOSE
          && Similarity.withinOneEdit(DIGITS.retainFrom(value(a)), DIGITS.retainFrom(value(b)));
      return close ? 2 : 3;
    }
  }

  /** Single-edit-tolerant codes (phones, postal codes): exact, one typo, different. */
  static final class OneEdit extends Comparison {
    /**
     * Values up to which their packed digits stay in a cache of their own (an eighth of a
     * megabyte), where a row needs no copy: postal codes, but not phone numbers.
     */
    private static final int CACHED_VALUES = 1 << 14;

    /** Digit-only values packed into longs ({@link Similarity#packDigits}), or not. */
    private final long[] digits;
    private final boolean inRows;

    OneEdit(String name, Column column, boolean tf) {
      super(name, List.of("exact", "one typo", "different"), column, tf);
      digits = new long[column.distinct()];
      for (int c = 0; c < digits.length; c++) {
        digits[c] = Similarity.packDigits(column.values[c]);
      }
      inRows = digits.length > CACHED_VALUES;
    }

    /** The value's {@link Similarity#packDigits packed digits}, as two ints, for many values. */
    @Override
    int rowInts() {
      return inRows ? 2 : 0;
    }

    @Override
    void writeRow(int i, int code, int[] row, int at) {
      putLong(row, at, digits[code]);
    }

    @Override
    int rowLevel(int[] rows, int ra, int rb) {
      if (!inRows) {
        return UNDECIDED;
      }
      long x = getLong(rows, ra);
      long y = getLong(rows, rb);
      if (x != Similarity.NOT_PACKED && y != Similarity.NOT_PACKED) {
        return Similarity.withinOneEdit(x, y) ? 1 : 2;
      }
      return UNDECIDED;
    }

    @Override
    int valueLevel(int a, int b) {
      if (digits[a] != Similarity.NOT_PACKED && digits[b] != Similarity.NOT_PACKED) {
        // Phone numbers: decided from one primitive array, no string is read.
        return Similarity.withinOneEdit(digits[a], digits[b]) ? 1 : 2;
      }
      long[] sig = signatures();
      if (!Similarity.mayBeWithinOneEdit(sig, a, sig, b)) {
        return 2; // decided without reading either string
      }
      return Similarity.withinOneEdit(value(a), value(b)) ? 1 : 2;
    }
  }

  /**
   * Street lines: exact; the same street with small differences (Jaro-Winkler 0.92, or the same
   * words in another order, or one line's words contained in the other's) and the same house
   * numbers; similar (Jaro-Winkler 0.80, or close but with other numbers: a neighbour or a typo in
   * the number); different.
   */
  static final class Street extends Comparison {
    /** The house and flat numbers of each value, as a code: equal codes, equal numbers. */
    private final int[] numbers;
    private final String[][] words;

    Street(Column column, boolean tf) {
      super("Address", List.of("exact", "same street and numbers, small differences", "similar",
          "different"), column, tf);
      numbers = new int[column.distinct()];
      words = new String[column.distinct()][];
      java.util.Map<String, Integer> numberCodes = new java.util.HashMap<>();
      for (int c = 0; c < numbers.length; c++) {
        String[] w = column.values[c].split(" ");
        Arrays.sort(w);
        words[c] = w;
        StringBuilder n = new StringBuilder();
        for (String t : w) {
          if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            n.append(t).append(' ');
          }
        }
        numbers[c] = numberCodes.computeIfAbsent(n.toString(), k -> numberCodes.size());
      }
    }

    /** The code of the value's numbers, then its {@link Similarity.Sketch}. */
    @Override
    int rowInts() {
      return 1 + Similarity.Sketch.INTS;
    }

    @Override
    void writeRow(int i, int code, int[] row, int at) {
      row[at] = numbers[code];
      Similarity.Sketch.write(value(code), row, at + 1);
    }

    @Override
    int rowLevel(int[] rows, int ra, int rb) {
      // Equal numbers need the words too (one line contained in the other): rare, read in full.
      if (rows[ra] != rows[rb] && !Similarity.Sketch.mayReach(CLOSE_FLOOR, rows, ra + 1, rb + 1)) {
        return 3;
      }
      return UNDECIDED;
    }

    @Override
    int valueLevel(int a, int b) {
      if (numbers[a] != numbers[b]) {
        return jaroWinkler(a, b, CLOSE_FLOOR) >= CLOSE ? 2 : 3;
      }
      double jw = jaroWinkler(a, b, SIMILAR_FLOOR);
      if (jw >= CLOSE || contains(words[a], words[b]) || contains(words[b], words[a])) {
        return 1;
      }
      return jw >= SIMILAR ? 2 : 3;
    }

    /** Whether sorted {@code inner} is a sub-multiset of sorted {@code outer}. */
    private static boolean contains(String[] outer, String[] inner) {
      int i = 0;
      for (int o = 0; o < outer.length && i < inner.length; o++) {
        int cmp = outer[o].compareTo(inner[i]);
        if (cmp == 0) {
          i++;
        } else if (cmp > 0) {
          return false;
        }
      }
      return i == inner.length;
    }
  }

  /** Free text (cities, business names, custom attributes): exact, Jaro-Winkler, different. */
  static final class Text extends Comparison {
    private final Similarity.Floor floor;

    Text(String name, Column column, double threshold, boolean tf) {
      super(name, List.of("exact", "jaro-winkler >= " + threshold, "different"), column, tf);
      this.floor = Similarity.Floor.of(threshold);
    }

    @Override
    boolean cached() {
      return true;
    }

    @Override
    int valueLevel(int a, int b) {
      return jaroWinkler(a, b, floor) >= floor.value ? 1 : 2;
    }
  }

  /** Categories and identifiers (state, country, gender, account number): exact or different. */
  static final class Exact extends Comparison {
    Exact(String name, Column column, boolean tf) {
      super(name, List.of("exact", "different"), column, tf);
    }

    @Override
    int valueLevel(int a, int b) {
      return 1;
    }
  }
}
