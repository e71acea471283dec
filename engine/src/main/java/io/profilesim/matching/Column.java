package io.profilesim.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One normalized attribute of every profile of a job, dictionary-encoded: each distinct value gets
 * an int code (in first-seen order over the table's rows, whose order depends on content and ids
 * only, so codes are deterministic), and a profile holds {@code slots} codes (several for emails,
 * phones and addresses), {@code -1} where it has no value. Exact comparison is then int equality,
 * and anything computed per value (phonetic codes, token sets) is computed once per distinct value.
 */
final class Column {
  static final int MISSING = -1;
  private static final int UNSEEN = -2;

  final String name;
  final int slots;
  final int[] codes;
  final String[] values;
  /** Profiles holding each value (a profile counts once even if several slots hold it). */
  final int[] counts;
  /** Profiles holding at least one value. */
  final int present;

  private Column(String name, int slots, int[] codes, String[] values, int[] counts, int present) {
    this.name = name;
    this.slots = slots;
    this.codes = codes;
    this.values = values;
    this.counts = counts;
    this.present = present;
  }

  /** The code of slot {@code s} of profile {@code i}. */
  int code(int i, int s) {
    return codes[i * slots + s];
  }

  /** The first code of a single-slot column. */
  int code(int i) {
    return codes[i * slots];
  }

  boolean has(int i) {
    for (int s = 0; s < slots; s++) {
      if (codes[i * slots + s] != MISSING) {
        return true;
      }
    }
    return false;
  }

  int distinct() {
    return values.length;
  }

  /** A value profiles {@code i} and {@code j} both hold, or -1. */
  int shared(int i, int j) {
    for (int sa = 0; sa < slots; sa++) {
      int a = codes[i * slots + sa];
      if (a == MISSING) {
        continue;
      }
      for (int sb = 0; sb < slots; sb++) {
        if (a == codes[j * slots + sb]) {
          return a;
        }
      }
    }
    return -1;
  }

  /** The first value of profile {@code i} over its slots, or {@link #MISSING}. */
  int firstCode(int i) {
    for (int s = 0; s < slots; s++) {
      int code = codes[i * slots + s];
      if (code != MISSING) {
        return code;
      }
    }
    return MISSING;
  }

  /** Each value's text's hash, by code: a rank that puts equal values together in any coding. */
  int[] hashRanks() {
    int[] rank = new int[values.length];
    for (int c = 0; c < values.length; c++) {
      rank[c] = values[c].hashCode();
    }
    return rank;
  }

  /** Each value's position among the values sorted alphabetically, by code. */
  int[] alphabeticalRanks() {
    int[] byValue = alphabeticalOrder(values);
    int[] rank = new int[values.length];
    for (int r = 0; r < byValue.length; r++) {
      rank[byValue[r]] = r;
    }
    return rank;
  }

  /** The indices of {@code texts} in alphabetical order of their texts, equal texts by index. */
  static int[] alphabeticalOrder(String[] texts) {
    Integer[] order = new Integer[texts.length];
    for (int i = 0; i < texts.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> texts[x].compareTo(texts[y]));
    int[] out = new int[texts.length];
    for (int n = 0; n < texts.length; n++) {
      out[n] = order[n];
    }
    return out;
  }

  /**
   * This column with its rows in a new order ({@code inverse[r]} is the new place of row
   * {@code r}) and its values coded again in first-seen order over the new rows, so that codes
   * stay deterministic and rows near each other point to values near each other. Values no row
   * holds any more (generic ones) keep a code after the others.
   */
  Column reordered(int[] inverse) {
    // Rows move by scattering (old rows read in order, each written to its new place), then
    // codes are renumbered in one pass over the new rows: random writes and sequential reads,
    // where gathering old rows in new order was a cache miss per row.
    int[] moved = new int[codes.length];
    for (int r = 0; r < inverse.length; r++) {
      System.arraycopy(codes, r * slots, moved, inverse[r] * slots, slots);
    }
    int[] recode = new int[values.length];
    java.util.Arrays.fill(recode, MISSING);
    String[] newValues = new String[values.length];
    int next = 0;
    for (int k = 0; k < moved.length; k++) {
      int c = moved[k];
      if (c != MISSING) {
        if (recode[c] == MISSING) {
          recode[c] = next;
          newValues[next++] = values[c];
        }
        moved[k] = recode[c];
      }
    }
    for (int c = 0; c < values.length; c++) {
      if (recode[c] == MISSING) {
        newValues[next++] = values[c];
      }
    }
    return withCounts(name, slots, moved, newValues);
  }

  /**
   * Encodes a column.
   *
   * @param raw reads the normalized value of slot {@code s} of profile {@code i} (null = none)
   */
  static Column encode(String name, int size, int slots, SlotReader raw) {
    return build(new Builder(name, size, slots, null), size, slots, raw);
  }

  /**
   * Encodes a column whose raw values repeat (names, cities, states): each distinct raw text is
   * normalized once and then found by one lookup, instead of normalized again for every profile.
   * Codes come out as {@link #encode} gives them.
   *
   * @param raw reads the raw value of slot {@code s} of profile {@code i} (null = none)
   * @param normalize a raw text's normalized value (null = none)
   */
  static Column encodeRepeated(String name, int size, int slots, SlotReader raw,
      Function<String, String> normalize) {
    return build(new Builder(name, size, slots, normalize), size, slots, raw);
  }

  private static Column build(Builder b, int size, int slots, SlotReader raw) {
    for (int i = 0; i < size; i++) {
      for (int s = 0; s < slots; s++) {
        b.set(i, s, raw.read(i, s));
      }
    }
    return b.build();
  }

  /**
   * Encodes a column value by value, so that a caller can read each profile once and hand its
   * values to every column's builder. Values are coded in the order they are set, which must be
   * row order for codes to come out as {@link #encode} gives them.
   */
  static final class Builder {
    private final String name;
    private final int slots;
    /** Normalizes raw values, each distinct one once; null when values come normalized. */
    private final Function<String, String> normalize;
    private final StringIntMap byRaw;
    private final StringIntMap dictionary = new StringIntMap(1024);
    private final List<String> values = new ArrayList<>();
    private final int[] codes;

    /**
     * @param normalize a raw text's normalized value (null = none), or null when the values set
     *     are normalized already
     */
    Builder(String name, int size, int slots, Function<String, String> normalize) {
      this.name = name;
      this.slots = slots;
      this.normalize = normalize;
      this.byRaw = normalize == null ? null : new StringIntMap(1024);
      this.codes = new int[size * slots];
    }

    /** Sets slot {@code s} of profile {@code i} (null = none). */
    void set(int i, int s, String value) {
      int code = MISSING;
      if (value != null && normalize == null) {
        code = code(dictionary, values, value);
      } else if (value != null) {
        code = byRaw.get(value, UNSEEN);
        if (code == UNSEEN) {
          String v = normalize.apply(value);
          code = v == null ? MISSING : code(dictionary, values, v);
          byRaw.putNew(value, code);
        }
      }
      codes[i * slots + s] = code;
    }

    Column build() {
      return withCounts(name, slots, codes, values.toArray(new String[0]));
    }
  }

  /** The code of a value, a new one when it is new. */
  private static int code(StringIntMap dictionary, List<String> values, String v) {
    int code = dictionary.get(v, UNSEEN);
    if (code == UNSEEN) {
      code = values.size();
      dictionary.putNew(v, code);
      values.add(v);
    }
    return code;
  }

  /**
   * Returns this column with every value held by more than {@code threshold} profiles removed (as
   * if missing), and passes each removed value with its count to {@code removed}.
   */
  Column withoutGeneric(int threshold, GenericSink removed) {
    boolean any = false;
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > threshold) {
        removed.accept(name, values[c], counts[c]);
        any = true;
      }
    }
    if (!any) {
      return this;
    }
    int[] kept = codes.clone();
    for (int k = 0; k < kept.length; k++) {
      if (kept[k] != MISSING && counts[kept[k]] > threshold) {
        kept[k] = MISSING;
      }
    }
    return withCounts(name, slots, kept, values);
  }

  /** Maps each distinct value through {@code f} into a new column. */
  Column derive(String derivedName, Function<String, String> f) {
    return derive(derivedName, f, new HashMap<>(), new ArrayList<>()).finish(new String[0]);
  }

  /**
   * Maps two columns through {@code f} into one dictionary, so that equal derived values of the
   * two have equal codes (first-name and last-name phonetic codes, for swapped names).
   */
  static Column[] deriveShared(String nameA, Column a, String nameB, Column b,
      Function<String, String> f) {
    Map<String, Integer> dictionary = new HashMap<>();
    List<String> shared = new ArrayList<>();
    Derived da = a.derive(nameA, f, dictionary, shared);
    Derived db = b.derive(nameB, f, dictionary, shared);
    String[] values = shared.toArray(new String[0]);
    return new Column[] {da.finish(values), db.finish(values)};
  }

  private Derived derive(String derivedName, Function<String, String> f,
      Map<String, Integer> dictionary, List<String> derivedValues) {
    int[] byCode = new int[values.length];
    for (int c = 0; c < values.length; c++) {
      String d = f.apply(values[c]);
      if (d == null) {
        byCode[c] = MISSING;
        continue;
      }
      Integer known = dictionary.putIfAbsent(d, derivedValues.size());
      if (known == null) {
        byCode[c] = derivedValues.size();
        derivedValues.add(d);
      } else {
        byCode[c] = known;
      }
    }
    int[] derivedCodes = new int[codes.length];
    for (int k = 0; k < codes.length; k++) {
      derivedCodes[k] = codes[k] == MISSING ? MISSING : byCode[codes[k]];
    }
    return new Derived(derivedName, slots, derivedCodes, derivedValues);
  }

  /** Derived codes waiting for their dictionary to be complete. */
  private record Derived(String name, int slots, int[] codes, List<String> values) {
    Column finish(String[] shared) {
      String[] v = shared.length == 0 ? values.toArray(new String[0]) : shared;
      return withCounts(name, slots, codes, v);
    }
  }

  private static Column withCounts(String name, int slots, int[] codes, String[] values) {
    int[] counts = new int[values.length];
    int present = 0;
    int size = codes.length / slots;
    for (int i = 0; i < size; i++) {
      boolean has = false;
      for (int s = 0; s < slots; s++) {
        int c = codes[i * slots + s];
        if (c == MISSING || seenEarlier(codes, i * slots, s, c)) {
          continue;
        }
        counts[c]++;
        has = true;
      }
      if (has) {
        present++;
      }
    }
    return new Column(name, slots, codes, values, counts, present);
  }

  private static boolean seenEarlier(int[] codes, int base, int s, int code) {
    for (int t = 0; t < s; t++) {
      if (codes[base + t] == code) {
        return true;
      }
    }
    return false;
  }

  /** Reads one raw slot value. */
  @FunctionalInterface
  interface SlotReader {
    String read(int profile, int slot);
  }

  /** Receives a value found to be generic. */
  @FunctionalInterface
  interface GenericSink {
    void accept(String column, String value, int count);
  }
}
