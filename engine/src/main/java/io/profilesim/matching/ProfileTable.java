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
    // For matching, columns are read in the caller's order (a store's snapshot comes in the
    // order its profiles were made, near the order they sit in memory; in id order every read
    // was a cache miss) and then put in locality order, which depends on content and ids only.
    List<Profile> rows = localityOrder ? withIds(profiles) : sortedById(profiles);
    String[] ids = rows.stream().map(Profile::profileId).toArray(String[]::new);
    Future<int[]> byId = localityOrder ? pool.submit(() -> idOrder(ids)) : null;
    List<Future<Encoded>> futures = new ArrayList<>();
    for (String attribute : settings.attributes()) {
      futures.add(pool.submit(() -> encode(attribute, rows, settings)));
    }
    int[] idOrder = byId == null ? null : Parallel.join(byId);
    int[] idRank = idOrder == null ? null : inverse(idOrder);
    Map<String, Column> columns = new LinkedHashMap<>();
    List<DataQualityReport.Issue> issues = new ArrayList<>();
    List<DataQualityReport.GenericValue> generic = new ArrayList<>();
    for (Future<Encoded> f : futures) {
      Encoded e = Parallel.join(f);
      Column c = e.column;
      if (GENERIC_CANDIDATES.contains(c.name)) {
        c = c.withoutGeneric(settings.genericValueThreshold(),
            (name, value, count) -> generic.add(
                new DataQualityReport.GenericValue(name, value, count)));
      }
      columns.put(c.name, c);
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

  private static Encoded encode(String attribute, List<Profile> p, MatchingSettings settings) {
    Issues issues = new Issues(attribute);
    int n = p.size();
    Column column = switch (attribute) {
      case "FirstName" -> single(attribute, p, Profile::firstName, Normalizer::name);
      case "MiddleName" -> single(attribute, p, Profile::middleName, Normalizer::name);
      case "LastName" -> single(attribute, p, Profile::lastName, Normalizer::name);
      case "BusinessName" -> single(attribute, p, Profile::businessName, Normalizer::text);
      case "AccountNumber" ->
          single(attribute, p, Profile::accountNumber, Normalizer::postalCode);
      case "Gender" -> Column.encode(attribute, n, 1, (i, s) -> gender(p.get(i)));
      case "BirthDate" -> Column.encode(attribute, n, 1, (i, s) -> {
        String raw = p.get(i).birthDate();
        String iso = Normalizer.birthDate(raw);
        if (iso == null && raw != null && !raw.isBlank()) {
          issues.add("unparsable date, treated as missing", i);
        }
        return iso;
      });
      case "EmailAddress" -> Column.encode(attribute, n, 3, (i, s) -> {
        String e = Normalizer.email(emailOf(p.get(i), s));
        if (e != null && !Normalizer.isWellFormedEmail(e)) {
          issues.add("not of the form local@domain, compared as written", i);
        }
        return e;
      });
      case "PhoneNumber" -> Column.encode(attribute, n, 4, (i, s) -> {
        String raw = phoneOf(p.get(i), s);
        String d = Normalizer.phone(raw, settings.defaultCountryCode());
        if (d == null && raw != null && !raw.isBlank()) {
          issues.add("fewer than 7 digits, treated as missing", i);
        }
        return d;
      });
      case "Address" -> Column.encode(attribute, n, 4, (i, s) -> {
        Address a = addressOf(p.get(i), s);
        return a == null ? null : streetOf(a);
      });
      case "Address.City" -> addressColumn(attribute, p, Address::city, Normalizer::city);
      case "Address.PostalCode" ->
          addressColumn(attribute, p, Address::postalCode, Normalizer::postalCode);
      case "Address.State" -> addressColumn(attribute, p,
          a -> a.state() != null ? a.state() : a.province(), Normalizer::state);
      case "Address.Country" -> addressColumn(attribute, p, Address::country, Normalizer::state);
      default -> {
        String key = attribute.substring("Attributes.".length());
        yield single(attribute, p, x -> x.attributes() == null ? null : x.attributes().get(key),
            Normalizer::text);
      }
    };
    return new Encoded(column, issues);
  }

  /** A one-value attribute: {@code raw} read from each profile, then normalized. */
  private static Column single(String name, List<Profile> p, Function<Profile, String> raw,
      Function<String, String> normalize) {
    return Column.encodeRepeated(name, p.size(), 1, (i, s) -> raw.apply(p.get(i)), normalize);
  }

  /** An attribute of all four addresses: {@code raw} read from each, then normalized. */
  private static Column addressColumn(String name, List<Profile> p, Function<Address, String> raw,
      Function<String, String> normalize) {
    return Column.encodeRepeated(name, p.size(), 4, (i, s) -> {
      Address a = addressOf(p.get(i), s);
      return a == null ? null : raw.apply(a);
    }, normalize);
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


  private record Encoded(Column column, Issues issues) {}

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
