package io.profilesim.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One blocking key: a function from a profile to the values it is blocked under. Profiles that
 * share a value are compared. A key made of two attributes packs their two value codes into one
 * long, so keys are compared as numbers, never as strings.
 *
 * <p>The default keys, OR-ed (a pair is compared if any key brings it together):
 * <ul>
 *   <li>{@code EmailAddress}: any email in common; {@code PhoneNumber}: any phone in common;
 *       {@code EmailAddress.mailbox}: any email local part in common (one person at another or a
 *       misspelt domain); {@code AccountNumber} and each named {@code Attributes.<key>}: the
 *       identifiers a domain chose to compare;
 *   <li>every two of the six identifying attributes {@code FirstName.phonetic} and
 *       {@code LastName.phonetic} (Double Metaphone), {@code BirthDate}, {@code Address} (street
 *       line), {@code Address.PostalCode}, {@code Address.City}, except postal code with city
 *       (they name the same place). Two profiles of one person that agree on any two of these
 *       meet, however many of the others carry typos or are missing. The two names pair in
 *       either order, so swapped names meet; street, postal code and city pair within one
 *       address.
 * </ul>
 * A key whose attributes are not configured, or on under 1% of profiles, proposes nothing.
 */
final class BlockingKey {
  private static final List<String> IDENTIFYING = List.of(ProfileTable.FIRST_PHONETIC,
      ProfileTable.LAST_PHONETIC, "BirthDate", "Address", "Address.PostalCode", "Address.City");

  final String name;
  private final Column first;
  private final Column second;
  private final boolean unordered;
  /** The identifying columns outside the key, in order: what a large block is sorted by. */
  final List<Column> others;

  private BlockingKey(String name, Column first, Column second, boolean unordered,
      List<Column> others) {
    this.name = name;
    this.first = first;
    this.second = second;
    this.unordered = unordered;
    this.others = others;
  }

  /** The default keys over a table's columns. */
  static List<BlockingKey> defaults(ProfileTable t) {
    List<BlockingKey> keys = new ArrayList<>();
    add(keys, t, "EmailAddress", null, false);
    add(keys, t, "PhoneNumber", null, false);
    add(keys, t, ProfileTable.MAILBOX, null, false);
    for (String attribute : t.columns.keySet()) {
      if (attribute.equals("AccountNumber") || attribute.startsWith("Attributes.")) {
        add(keys, t, attribute, null, false);
      }
    }
    for (int a = 0; a < IDENTIFYING.size(); a++) {
      for (int b = a + 1; b < IDENTIFYING.size(); b++) {
        String x = IDENTIFYING.get(a);
        String y = IDENTIFYING.get(b);
        if (!(x.equals("Address.PostalCode") && y.equals("Address.City"))) {
          add(keys, t, x, y, a == 0 && b == 1);
        }
      }
    }
    return keys;
  }

  private static void add(List<BlockingKey> keys, ProfileTable t, String a, String b,
      boolean unordered) {
    Column first = t.column(a);
    Column second = b == null ? null : t.column(b);
    if (first == null || !Comparisons.usable(first, t.size)
        || (b != null && (second == null || !Comparisons.usable(second, t.size)))) {
      return;
    }
    List<Column> others = new ArrayList<>();
    if (b != null) {
      for (String attribute : IDENTIFYING) {
        Column c = t.column(attribute);
        if (!attribute.equals(a) && !attribute.equals(b) && c != null
            && Comparisons.usable(c, t.size)) {
          others.add(c);
        }
      }
    }
    keys.add(new BlockingKey(b == null ? a : a + "+" + b, first, second, unordered,
        List.copyOf(others)));
  }

  /** Whether large blocks of this key pair by sorted neighbourhood rather than all pairs. */
  boolean sortsLargeBlocks() {
    return !others.isEmpty();
  }

  /**
   * Orders the members of a large block so that profiles agreeing on the identifying attributes
   * outside the key sit next to each other: by the first value code of each such attribute in
   * turn (missing first), then by profile. Profiles of one person then fall within a window of
   * each other even in a block of a common name in a big city.
   *
   * @param members the block's first {@code size} members, in ascending profile order
   */
  void sortForNeighbourhood(int[] members, int size) {
    // Members arrive in profile order. One stable sort per attribute, the last first, gives
    // the order by all of them with profile order for ties; each sort is of primitive keys
    // (value code, then position), as a comparator over boxed members cost a fifth of blocking.
    long[] keys = new long[size];
    int[] sorted = new int[size];
    for (int k = others.size() - 1; k >= 0; k--) {
      Column c = others.get(k);
      for (int m = 0; m < size; m++) {
        keys[m] = (long) (c.firstCode(members[m]) + 1) << 32 | m; // missing (-1) sorts first
      }
      Arrays.sort(keys, 0, size);
      for (int m = 0; m < size; m++) {
        sorted[m] = members[(int) keys[m]];
      }
      System.arraycopy(sorted, 0, members, 0, size);
    }
  }

  /** How many values a profile can have under this key. */
  int slots() {
    return Math.max(first.slots, second == null ? 1 : second.slots);
  }

  /**
   * How many different values the key can take: its values are below this. A two-attribute key's
   * value is {@code a * distinct(b) + b} for value codes a and b.
   */
  long range() {
    if (second == null) {
      return first.distinct();
    }
    double range = (double) first.distinct() * second.distinct();
    return range >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) range;
  }

  /**
   * The value of slot {@code s} of profile {@code i}, or -1 when it has none. A two-attribute key
   * pairs slots with the same index (the street and postal code of one address), and a
   * single-slot attribute with every slot of the other.
   */
  long value(int i, int s) {
    int a = first.code(i, first.slots == 1 ? 0 : s);
    if (a == Column.MISSING) {
      return -1;
    }
    if (second == null) {
      return a;
    }
    int b = second.code(i, second.slots == 1 ? 0 : s);
    if (b == Column.MISSING) {
      return -1;
    }
    if (unordered && a > b) {
      return (long) b * second.distinct() + a; // the two phonetic columns share one dictionary
    }
    return (long) a * second.distinct() + b;
  }

  /** The readable value of slot {@code s} of profile {@code i}. */
  String render(int i, int s) {
    String a = first.values[first.code(i, first.slots == 1 ? 0 : s)];
    if (second == null) {
      return a;
    }
    return a + "+" + second.values[second.code(i, second.slots == 1 ? 0 : s)];
  }
}
