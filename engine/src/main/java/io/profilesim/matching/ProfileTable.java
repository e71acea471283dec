package io.profilesim.matching;

import io.profilesim.model.Address;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The normalize stage: each configured attribute of a job's profiles normalized once into a
 * {@link Column}, plus what could not be used. Rows are in id order ({@link #of}) or, for
 * matching, in {@linkplain #forMatching locality order}; either way nothing downstream depends on
 * the order the caller passed the profiles in.
 */
final class ProfileTable {
  static final String FIRST_PHONETIC = "FirstName.phonetic";
  static final String LAST_PHONETIC = "LastName.phonetic";
  static final String MAILBOX = "EmailAddress.mailbox";
  private static final int EXAMPLES = 5;
  /**
   * Profiles read at a time: eight of {@link Parallel}'s chunks, so both threads read, and at a
   * million profiles 16 windows, each of which waits for the slowest attribute's encoder.
   */
  static final int WINDOW = 8 * Parallel.CHUNK;
  private static final List<String> GENERIC_CANDIDATES =
      List.of("EmailAddress", "PhoneNumber", "Address");

  final int size;
  final String[] ids;
  /** Columns by attribute name, in settings order, then derived phonetic columns. */
  final Map<String, Column> columns;
  final List<DataQualityReport.Issue> issues;
  final List<DataQualityReport.GenericValue> genericValues;

  private ProfileTable(String[] ids, Map<String, Column> columns,
      List<DataQualityReport.Issue> issues, List<DataQualityReport.GenericValue> genericValues) {
    this.size = ids.length;
    this.ids = ids;
    this.columns = columns;
    this.issues = issues;
    this.genericValues = genericValues;
  }

  /** The column of an attribute, or null when it is not configured. */
  Column column(String attribute) {
    return columns.get(attribute);
  }

  /**
   * Normalizes the profiles.
   *
   * @throws IllegalArgumentException if a profile has no id or two profiles share one
   */
  static ProfileTable of(List<Profile> profiles, MatchingSettings settings, ExecutorService pool) {
    return build(profiles, settings, pool, false);
  }

  /**
   * Normalizes the profiles and puts them in locality order: by last name, then first name (each
   * in alphabetical order of its normalized value), then first phone, then id. Candidate pairs
   * are mostly people sharing a name or a phone, so the two rows a pair reads, and the values
   * they point to (coded in first-seen order), then sit near each other in memory instead of
   * anywhere in it: at a million profiles comparing is bound by memory latency, not arithmetic.
   * The order is a function of the profiles alone, so results still do not depend on the order
   * the caller passed them in.
   *
   * @throws IllegalArgumentException if a profile has no id or two profiles share one
   */
  static ProfileTable forMatching(List<Profile> profiles, MatchingSettings settings,
      ExecutorService pool) {
    return build(profiles, settings, pool, true);
  }

  private static ProfileTable build(List<Profile> profiles, MatchingSettings settings,
      ExecutorService pool, boolean localityOrder) {
    // For matching, rows are read in the caller's order (a store's snapshot comes in the order its
    // profiles were made, near the order they sit in memory; in id order every read was a cache
    // miss) and then put in locality order, which depends on content and ids only.
    List<Profile> rows = localityOrder ? profiles : sortedById(profiles);
    List<Encoder> encoders = new ArrayList<>();
    for (String attribute : settings.attributes()) {
      encoders.add(encoder(attribute, rows.size(), settings));
    }
    String[] ids = read(rows, encoders, pool);
    Future<int[]> byId = localityOrder ? pool.submit(() -> idOrder(ids)) : null;
    Map<String, Column> columns = new LinkedHashMap<>();
    List<DataQualityReport.GenericValue> generic = new ArrayList<>();
    for (Encoder e : encoders) {
      Column c = e.column.build();
      if (GENERIC_CANDIDATES.contains(c.name)) {
        c = c.withoutGeneric(settings.genericValueThreshold(),
            (name, value, count) -> generic.add(
                new DataQualityReport.GenericValue(name, value, count)));
      }
      columns.put(c.name, c);
    }
    int[] idOrder = byId == null ? null : Parallel.join(byId);
    int[] idRank = idOrder == null ? null : inverse(idOrder);
    List<DataQualityReport.Issue> issues = new ArrayList<>();
    for (Encoder e : encoders) {
      issues.addAll(e.issues.report(ids, idRank));
    }
    String[] rowIds = ids;
    if (localityOrder) {
      int[] order = localityOrder(columns, idOrder);
      int[] inverse = inverse(order);
      Map<String, Future<Column>> reordered = new LinkedHashMap<>();
      columns.forEach((name, c) -> reordered.put(name, pool.submit(() -> c.reordered(inverse))));
      reordered.forEach((name, f) -> columns.put(name, Parallel.join(f)));
      rowIds = new String[ids.length];
      for (int n = 0; n < order.length; n++) {
        rowIds[n] = ids[order[n]];
      }
    }
    addPhonetic(columns);
    addMailbox(columns, settings.genericValueThreshold(), generic);
    generic.sort(Comparator.comparingInt(DataQualityReport.GenericValue::profiles).reversed()
        .thenComparing(DataQualityReport.GenericValue::attribute)
        .thenComparing(DataQualityReport.GenericValue::value));
    return new ProfileTable(rowIds, columns, List.copyOf(issues), List.copyOf(generic));
  }

  /**
   * Reads every profile once, a window of rows at a time, and hands each window to every
   * attribute's encoder; returns the profiles' ids. Once, because a store's snapshot makes a
   * profile each time one is read, and a window, so that only a window's profiles are held at a
   * time rather than a second copy of the store.
   *
   * @throws IllegalArgumentException if a profile has no id
   */
  private static String[] read(List<Profile> rows, List<Encoder> encoders, ExecutorService pool) {
    int n = rows.size();
    String[] ids = new String[n];
    Profile[] window = new Profile[Math.min(n, WINDOW)];
    for (int from = 0; from < n; from += WINDOW) {
      int base = from;
      int count = Math.min(WINDOW, n - from);
      Parallel.forRange(pool, count, (a, b) -> {
        for (int k = a; k < b; k++) {
          Profile p = rows.get(base + k);
          if (p == null || p.profileId() == null) {
            throw new IllegalArgumentException(
                "profile at index " + (base + k) + " has no profileId");
          }
          window[k] = p;
          ids[base + k] = p.profileId();
        }
      });
      List<Future<?>> encoded = new ArrayList<>();
      for (Encoder e : encoders) {
        encoded.add(pool.submit(() -> e.rows(window, base, count)));
      }
      encoded.forEach(Parallel::join);
    }
    return ids;
  }

  private static int[] inverse(int[] order) {
    int[] inverse = new int[order.length];
    for (int n = 0; n < order.length; n++) {
      inverse[order[n]] = n;
    }
    return inverse;
  }

  /**
   * The locality order as row indices: stable sorts of the rows in id order, from the least
   * significant key (first phone, by its text's hash: equal phones together, whatever their
   * codes) to the most (last name, alphabetical), profiles without a value last.
   */
  static int[] localityOrder(Map<String, Column> columns, int[] idOrder) {
    int[] order = stableSort(idOrder, columns.get("PhoneNumber"), Column::hashRanks);
    order = stableSort(order, columns.get("FirstName"), Column::alphabeticalRanks);
    return stableSort(order, columns.get("LastName"), Column::alphabeticalRanks);
  }

  /** {@code order} stably sorted by each row's first value in {@code c}, if configured. */
  private static int[] stableSort(int[] order, Column c, Function<Column, int[]> ranks) {
    if (c == null) {
      return order;
    }
    int[] rank = ranks.apply(c);
    long[] keys = new long[order.length];
    for (int n = 0; n < order.length; n++) {
      int code = c.firstCode(order[n]);
      long key = code == Column.MISSING ? 0xFFFFFFFFL : rank[code] & 0xFFFFFFFFL;
      keys[n] = key << 31 | n;
    }
    java.util.Arrays.sort(keys);
    int[] sorted = new int[order.length];
    for (int n = 0; n < keys.length; n++) {
      sorted[n] = order[(int) (keys[n] & Integer.MAX_VALUE)];
    }
    return sorted;
  }

  /** The profiles, checked to have ids. */
  private static List<Profile> withIds(List<Profile> profiles) {
    for (int i = 0; i < profiles.size(); i++) {
      Profile p = profiles.get(i);
      if (p == null || p.profileId() == null) {
        throw new IllegalArgumentException("profile at index " + i + " has no profileId");
      }
    }
    return profiles;
  }

  /** Row indices in id order; throws when two rows share an id. */
  private static int[] idOrder(String[] ids) {
    int[] out = Column.alphabeticalOrder(ids);
    for (int n = 1; n < ids.length; n++) {
      if (ids[out[n]].equals(ids[out[n - 1]])) {
        throw new IllegalArgumentException(
            "profileId '" + ids[out[n]] + "' appears more than once");
      }
    }
    return out;
  }

  private static List<Profile> sortedById(List<Profile> profiles) {
    List<Profile> checked = withIds(profiles);
    int[] order = idOrder(checked.stream().map(Profile::profileId).toArray(String[]::new));
    List<Profile> sorted = new ArrayList<>(order.length);
    for (int i : order) {
      sorted.add(checked.get(i));
    }
    return sorted;
  }

  /**
   * The mailbox of each email, its local part as {@link Normalizer#emailCanonical} reads it, for
   * blocking one person's addresses at different or misspelt domains. Mailboxes held by more
   * profiles than the generic threshold ({@code info}, {@code sales}) are dropped.
   */
  private static void addMailbox(Map<String, Column> columns, int threshold,
      List<DataQualityReport.GenericValue> generic) {
    Column email = columns.get("EmailAddress");
    if (email != null) {
      Column mailbox = email.derive(MAILBOX, e -> {
        String canonical = Normalizer.emailCanonical(e);
        int at = canonical.lastIndexOf('@');
        return at <= 0 ? null : canonical.substring(0, at);
      });
      columns.put(MAILBOX, mailbox.withoutGeneric(threshold, (name, value, count) ->
          generic.add(new DataQualityReport.GenericValue(name, value, count))));
    }
  }

  /** Double Metaphone codes of first and last names, in one dictionary. */
  private static void addPhonetic(Map<String, Column> columns) {
    DoubleMetaphone metaphone = new DoubleMetaphone();
    Function<String, String> code = v -> {
      String c = metaphone.doubleMetaphone(v);
      return c == null || c.isEmpty() ? null : c;
    };
    Column first = columns.get("FirstName");
    Column last = columns.get("LastName");
    if (first != null && last != null) {
      Column[] both = Column.deriveShared(FIRST_PHONETIC, first, LAST_PHONETIC, last, code);
      columns.put(FIRST_PHONETIC, both[0]);
      columns.put(LAST_PHONETIC, both[1]);
    } else if (first != null) {
      columns.put(FIRST_PHONETIC, first.derive(FIRST_PHONETIC, code));
    } else if (last != null) {
      columns.put(LAST_PHONETIC, last.derive(LAST_PHONETIC, code));
    }
  }

  /** The encoder of an attribute: how it is read from a profile, and what it reports. */
  private static Encoder encoder(String attribute, int size, MatchingSettings settings) {
    Issues issues = new Issues(attribute);
    return switch (attribute) {
      case "FirstName" -> single(attribute, size, Profile::firstName, Normalizer::name);
      case "MiddleName" -> single(attribute, size, Profile::middleName, Normalizer::name);
      case "LastName" -> single(attribute, size, Profile::lastName, Normalizer::name);
      case "BusinessName" -> single(attribute, size, Profile::businessName, Normalizer::text);
      case "AccountNumber" ->
          single(attribute, size, Profile::accountNumber, Normalizer::postalCode);
      case "Gender" -> new Encoder(attribute, size, 1, null, issues, (p, i, s) -> gender(p));
      case "BirthDate" -> new Encoder(attribute, size, 1, null, issues, (p, i, s) -> {
        String raw = p.birthDate();
        String iso = Normalizer.birthDate(raw);
        if (iso == null && raw != null && !raw.isBlank()) {
          issues.add("unparsable date, treated as missing", i);
        }
        return iso;
      });
      case "EmailAddress" -> new Encoder(attribute, size, 3, null, issues, (p, i, s) -> {
        String e = Normalizer.email(emailOf(p, s));
        if (e != null && !Normalizer.isWellFormedEmail(e)) {
          issues.add("not of the form local@domain, compared as written", i);
        }
        return e;
      });
      case "PhoneNumber" -> new Encoder(attribute, size, 4, null, issues, (p, i, s) -> {
        String raw = phoneOf(p, s);
        String d = Normalizer.phone(raw, settings.defaultCountryCode());
        if (d == null && raw != null && !raw.isBlank()) {
          issues.add("fewer than 7 digits, treated as missing", i);
        }
        return d;
      });
      case "Address" -> new Encoder(attribute, size, 4, null, issues, (p, i, s) -> {
        Address a = addressOf(p, s);
        return a == null ? null : streetOf(a);
      });
      case "Address.City" -> addressPart(attribute, size, Address::city, Normalizer::city);
      case "Address.PostalCode" ->
          addressPart(attribute, size, Address::postalCode, Normalizer::postalCode);
      case "Address.State" -> addressPart(attribute, size,
          a -> a.state() != null ? a.state() : a.province(), Normalizer::state);
      case "Address.Country" -> addressPart(attribute, size, Address::country, Normalizer::state);
      default -> {
        String key = attribute.substring("Attributes.".length());
        yield single(attribute, size, x -> x.attributes() == null ? null : x.attributes().get(key),
            Normalizer::text);
      }
    };
  }

  /** A one-value attribute: {@code raw} read from each profile, then normalized. */
  private static Encoder single(String name, int size, Function<Profile, String> raw,
      Function<String, String> normalize) {
    return new Encoder(name, size, 1, normalize, new Issues(name), (p, i, s) -> raw.apply(p));
  }

  /** An attribute of all four addresses: {@code raw} read from each, then normalized. */
  private static Encoder addressPart(String name, int size, Function<Address, String> raw,
      Function<String, String> normalize) {
    return new Encoder(name, size, 4, normalize, new Issues(name), (p, i, s) -> {
      Address a = addressOf(p, s);
      return a == null ? null : raw.apply(a);
    });
  }

  private static String gender(Profile p) {
    if (p.gender() != null) {
      return p.gender().name().toLowerCase(java.util.Locale.ROOT);
    }
    return Normalizer.text(p.genderString());
  }

  private static String streetOf(Address a) {
    StringBuilder sb = new StringBuilder();
    for (String line : new String[] {a.address1(), a.address2(), a.address3(), a.address4()}) {
      String s = Normalizer.street(line);
      if (s != null) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(s);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  static String emailOf(Profile p, int slot) {
    return switch (slot) {
      case 0 -> p.emailAddress();
      case 1 -> p.personalEmailAddress();
      default -> p.businessEmailAddress();
    };
  }

  static String phoneOf(Profile p, int slot) {
    return switch (slot) {
      case 0 -> p.phoneNumber();
      case 1 -> p.mobilePhoneNumber();
      case 2 -> p.homePhoneNumber();
      default -> p.businessPhoneNumber();
    };
  }

  static Address addressOf(Profile p, int slot) {
    return switch (slot) {
      case 0 -> p.address();
      case 1 -> p.shippingAddress();
      case 2 -> p.mailingAddress();
      default -> p.billingAddress();
    };
  }


  /** Reads slot {@code s} of an attribute from profile {@code p}, row {@code i}. */
  @FunctionalInterface
  private interface ProfileReader {
    String read(Profile p, int i, int s);
  }

  /** One attribute's column being built as windows of profiles are read. */
  private static final class Encoder {
    final Column.Builder column;
    final Issues issues;
    private final int slots;
    private final ProfileReader reader;

    /**
     * @param normalize normalizes what {@code reader} reads, each distinct raw text once; null
     *     when {@code reader} normalizes itself
     */
    Encoder(String name, int size, int slots, Function<String, String> normalize, Issues issues,
        ProfileReader reader) {
      this.column = new Column.Builder(name, size, slots, normalize);
      this.issues = issues;
      this.slots = slots;
      this.reader = reader;
    }

    /** Encodes rows {@code [base, base + count)}, held in {@code window} from its start. */
    void rows(Profile[] window, int base, int count) {
      for (int k = 0; k < count; k++) {
        for (int s = 0; s < slots; s++) {
          column.set(base + k, s, reader.read(window[k], base + k, s));
        }
      }
    }
  }

  /** Problems of one attribute, by kind, with the first few profiles (in id order). */
  private static final class Issues {
    private final String attribute;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    /** The rows of each problem, each once, in row order. */
    private final Map<String, List<Integer>> rows = new LinkedHashMap<>();

    Issues(String attribute) {
      this.attribute = attribute;
    }

    void add(String problem, int profile) {
      counts.computeIfAbsent(problem, k -> new int[1])[0]++;
      List<Integer> r = rows.computeIfAbsent(problem, k -> new ArrayList<>());
      if (r.isEmpty() || r.get(r.size() - 1) != profile) {
        r.add(profile);
      }
    }

    /**
     * The problems, each with the ids of its first few profiles in id order ({@code idRank} is
     * each row's place in it, or null when rows are in id order already).
     */
    List<DataQualityReport.Issue> report(String[] ids, int[] idRank) {
      List<DataQualityReport.Issue> out = new ArrayList<>();
      counts.forEach((problem, count) -> {
        java.util.stream.Stream<Integer> r = rows.get(problem).stream();
        if (idRank != null) {
          r = r.sorted(Comparator.comparingInt(i -> idRank[i]));
        }
        out.add(new DataQualityReport.Issue(attribute, problem, count[0],
            r.limit(EXAMPLES).map(i -> ids[i]).toList()));
      });
      return out;
    }
  }
}
