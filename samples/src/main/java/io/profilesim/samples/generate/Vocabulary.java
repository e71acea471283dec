package io.profilesim.samples.generate;

import io.profilesim.model.Gender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists people are made of: given names by gender, family names, nicknames, streets,
 * cities and mail domains, read once from this package's resources. The lists were written for
 * profilesim (no dataset was copied); their order is their frequency.
 */
final class Vocabulary {
  /** A place a person can live: its name, state, postcode prefix, area code and UTC offset. */
  record City(String name, String state, String zipPrefix, String areaCode, int utcOffsetHours) {}

  /** A street type and the abbreviation postal systems use for it. */
  record StreetType(String full, String abbreviation) {}

  private static final Vocabulary STANDARD = load();

  final WeightedList<String> femaleNames;
  final WeightedList<String> maleNames;
  final WeightedList<String> lastNames;
  final Map<String, List<String>> nicknames;
  final WeightedList<String> streets;
  final WeightedList<StreetType> streetTypes;
  final WeightedList<City> cities;
  final WeightedList<String> emailDomains;

  private Vocabulary(Map<String, List<String[]>> files) {
    femaleNames = WeightedList.zipf(column(files.get("first-names-female.txt"), 0), 10, 0.9);
    maleNames = WeightedList.zipf(column(files.get("first-names-male.txt"), 0), 10, 0.9);
    lastNames = WeightedList.zipf(column(files.get("last-names.txt"), 0), 10, 0.9);
    nicknames = nicknames(files.get("nicknames.tsv"));
    streets = WeightedList.zipf(column(files.get("streets.txt"), 0), 20, 0.7);
    streetTypes = WeightedList.zipf(files.get("street-types.tsv").stream()
        .map(r -> new StreetType(r[0], r[1])).toList(), 1, 1.2);
    cities = WeightedList.zipf(files.get("cities.tsv").stream()
        .map(r -> new City(r[0], r[1], r[2], r[3], Integer.parseInt(r[4]))).toList(), 5, 0.6);
    emailDomains = WeightedList.zipf(column(files.get("email-domains.txt"), 0), 1, 1.0);
  }

  /** Returns the lists bundled with profilesim. */
  static Vocabulary standard() {
    return STANDARD;
  }

  /** Returns the given names of a gender, most frequent first. */
  WeightedList<String> givenNames(Gender gender) {
    return gender == Gender.FEMALE ? femaleNames : maleNames;
  }

  private static Vocabulary load() {
    Map<String, List<String[]>> files = new LinkedHashMap<>();
    for (String name : List.of("first-names-female.txt", "first-names-male.txt", "last-names.txt",
        "nicknames.tsv", "streets.txt", "street-types.tsv", "cities.tsv", "email-domains.txt")) {
      files.put(name, rows(name));
    }
    return new Vocabulary(files);
  }

  /** Reads a resource's rows: tab-separated, skipping blank lines and {@code #} comments. */
  static List<String[]> rows(String resource) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the class path: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }

  private static List<String> column(List<String[]> rows, int index) {
    return rows.stream().map(r -> r[index]).toList();
  }

  private static Map<String, List<String>> nicknames(List<String[]> rows) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (String[] row : rows) {
      byName.put(row[0], List.of(row[1].split(",")));
    }
    return Map.copyOf(byName);
  }
}
