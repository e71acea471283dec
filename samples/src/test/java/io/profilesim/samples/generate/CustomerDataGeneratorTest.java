package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.profilesim.json.AwsJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CustomerDataGeneratorTest {
  private static final int PROFILES = 4_000;
  private static final CSVFormat WITH_HEADER =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  @TempDir
  static Path shared;
  private static Path run;
  private static GenerationStats stats;

  @BeforeAll
  static void generateOnce() {
    run = shared.resolve("seed-7");
    stats = CustomerDataGenerator.create(GeneratorSettings.defaults(PROFILES, 7))
        .writeTo(run, CustomerDataGenerator.ProgressListener.none());
  }

  @Test
  void writeTo_sameSettings_writesIdenticalBytes(@TempDir Path other) throws IOException {
    CustomerDataGenerator.create(GeneratorSettings.defaults(PROFILES, 7))
        .writeTo(other, CustomerDataGenerator.ProgressListener.none());

    assertThat(filesOf(other)).isEqualTo(filesOf(run));
    for (String file : filesOf(run)) {
      assertThat(Files.readAllBytes(other.resolve(file)))
          .as(file).isEqualTo(Files.readAllBytes(run.resolve(file)));
    }
  }

  @Test
  void writeTo_otherSeed_writesOtherRecords(@TempDir Path other) throws IOException {
    CustomerDataGenerator.create(GeneratorSettings.defaults(PROFILES, 8))
        .writeTo(other, CustomerDataGenerator.ProgressListener.none());

    for (Source source : Source.values()) {
      List<String> mine = Files.readAllLines(run.resolve(source.fileName()));
      List<String> theirs = Files.readAllLines(other.resolve(source.fileName()));
      Set<String> common = new HashSet<>(mine.subList(1, mine.size()));
      common.retainAll(theirs);
      assertThat(common).as(source.fileName()).isEmpty();
    }
  }

  @Test
  void writeTo_writesEveryFileTheManifestNames() throws IOException {
    assertThat(filesOf(run)).containsExactly("contact_center_calls.csv", "crm_contacts.csv",
        "manifest.json", "object-types/ContactCenterCall.json", "object-types/CrmContact.json",
        "object-types/WebOrder.json", "truth-details.csv", "truth.csv", "web_orders.jsonl");
    Manifest manifest = AwsJson.read(run.resolve("manifest.json"), Manifest.class);
    for (Manifest.SourceFile source : manifest.sources()) {
      assertThat(run.resolve(source.dataFile())).isRegularFile();
      assertThat(run.resolve(source.objectTypeFile())).isRegularFile();
    }
    assertThat(manifest.settings()).isEqualTo(GeneratorSettings.defaults(PROFILES, 7));
  }

  @Test
  void truth_hasOneRowPerRecord_withUniqueKeys() throws IOException {
    List<CSVRecord> truth = csv(run.resolve("truth.csv"));
    Set<String> dataKeys = new HashSet<>();
    for (Source source : Source.values()) {
      for (Map<String, String> record : dataRecords(source)) {
        assertThat(dataKeys.add(record.get(source.keyField()))).isTrue();
      }
    }

    assertThat(truth).hasSize(PROFILES);
    assertThat(truth.stream().map(r -> r.get("source_key")).collect(Collectors.toSet()))
        .isEqualTo(dataKeys);
    assertThat(Files.readAllLines(run.resolve("truth.csv")).get(0)).isEqualTo("source_key,cluster");
  }

  @Test
  void manifest_countsMatchTheFiles() throws IOException {
    Manifest manifest = AwsJson.read(run.resolve("manifest.json"), Manifest.class);
    List<CSVRecord> truth = csv(run.resolve("truth.csv"));
    long clusters = truth.stream().map(r -> r.get("cluster")).distinct().count();

    assertThat(manifest.profiles()).isEqualTo(PROFILES);
    assertThat(manifest.clusters()).isEqualTo(clusters).isEqualTo(stats.clusters());
    for (Manifest.SourceFile source : manifest.sources()) {
      Source s = Source.valueOf(sourceName(source.objectTypeName()));
      assertThat(dataRecords(s)).as(source.dataFile()).hasSize((int) source.records());
    }
    assertThat(manifest.clusterSizes().stream().mapToLong(Manifest.ClusterSize::clusters).sum())
        .isEqualTo(clusters);
    assertThat(manifest.clusterSizes().stream()
        .mapToLong(s -> s.records() * s.clusters()).sum()).isEqualTo(PROFILES);
  }

  @Test
  void clusterSizes_mostlyOne_someTwoToFive_aFewMore() {
    Map<Integer, Long> sizes = stats.clusterSizes();
    long singles = sizes.get(1);
    long twoToFive = sizes.entrySet().stream().filter(e -> e.getKey() >= 2 && e.getKey() <= 5)
        .mapToLong(Map.Entry::getValue).sum();
    long more = sizes.entrySet().stream().filter(e -> e.getKey() > 5)
        .mapToLong(Map.Entry::getValue).sum();

    assertThat(singles).isGreaterThan(stats.clusters() / 2);
    assertThat(twoToFive).isGreaterThan(more).isPositive();
    assertThat(more).isPositive();
  }

  @Test
  void households_holdDifferentPeople() throws IOException {
    Map<String, String> householdOfCluster = new HashMap<>();
    Map<String, Set<String>> clustersOfHousehold = new TreeMap<>();
    for (CSVRecord row : csv(run.resolve("truth-details.csv"))) {
      String cluster = row.get("cluster");
      String household = row.get("household");
      String previous = householdOfCluster.putIfAbsent(cluster, household);
      assertThat(previous == null || previous.equals(household)).as(cluster).isTrue();
      clustersOfHousehold.computeIfAbsent(household, h -> new HashSet<>()).add(cluster);
    }

    long shared = clustersOfHousehold.values().stream().filter(c -> c.size() > 1).count();
    assertThat(shared).isEqualTo(stats.sharedHouseholds()).isPositive();
    assertThat(clustersOfHousehold).hasSize((int) stats.households());
  }

  @Test
  void personalEmail_belongsToOnePerson() {
    Map<String, String> clusterOfEmail = new HashMap<>();
    Set<Variation> sharedOrAltered =
        Set.of(Variation.GENERIC_EMAIL, Variation.FAMILY_EMAIL, Variation.TYPO);
    records().forEach(r -> {
      String email = email(r);
      if (email != null && r.variations().stream().noneMatch(sharedOrAltered::contains)) {
        String previous = clusterOfEmail.putIfAbsent(email.toLowerCase(), r.cluster());
        assertThat(previous == null || previous.equals(r.cluster())).as(email).isTrue();
      }
    });
    assertThat(clusterOfEmail).hasSizeGreaterThan(PROFILES / 3);
  }

  @Test
  void crmBirthDates_agreeWithinAPerson_unlessMarkedAsVaried() {
    Map<String, String> birthDateOfCluster = new HashMap<>();
    Set<Variation> altered = Set.of(Variation.DATE_FORMAT, Variation.BIRTH_DATE_ERROR);
    records().filter(r -> r.source() == Source.CRM && r.value("birth_date") != null)
        .filter(r -> r.variations().stream().noneMatch(altered::contains))
        .forEach(r -> {
          String previous = birthDateOfCluster.putIfAbsent(r.cluster(), r.value("birth_date"));
          assertThat(previous == null || previous.equals(r.value("birth_date")))
              .as(r.cluster()).isTrue();
        });
  }

  @Test
  void hardNegatives_areGenerated() {
    for (Variation v : List.of(Variation.HOUSEHOLD, Variation.HOUSEHOLD_PHONE,
        Variation.FAMILY_EMAIL, Variation.TWIN, Variation.COMMON_NAME, Variation.GENERIC_EMAIL,
        Variation.GENERIC_PHONE)) {
      assertThat(stats.recordsWithVariation().get(v)).as(v.name()).isPositive();
    }
    assertThat(stats.twinPairs()).isPositive();
  }

  @Test
  void genericEmail_isSharedByDifferentPeople() {
    Map<String, Set<String>> clusters = new HashMap<>();
    records().filter(r -> r.variations().contains(Variation.GENERIC_EMAIL))
        .forEach(r -> clusters.computeIfAbsent(email(r), e -> new HashSet<>()).add(r.cluster()));

    assertThat(clusters.values().stream().mapToInt(Set::size).max().orElse(0))
        .isGreaterThan(1);
  }

  @Test
  void everyVariation_happensAtLeastOnce() {
    assertThat(stats.recordsWithVariation()).allSatisfy((v, count) ->
        assertThat(count).as(v.name()).isPositive());
  }

  @Test
  void files_holdExactlyTheRecordsOfTheIterator() throws IOException {
    Map<Source, List<GeneratedRecord>> bySource = new HashMap<>();
    records().forEach(r -> bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r));

    for (Source source : Source.values()) {
      List<GeneratedRecord> expected = bySource.get(source);
      if (source.format() == Source.Format.JSON_LINES) {
        assertThat(Files.readAllLines(run.resolve(source.fileName())))
            .containsExactlyElementsOf(expected.stream().map(GeneratedRecord::objectJson)
                .toList());
      } else {
        assertThat(dataRecords(source)).containsExactlyElementsOf(
            expected.stream().map(GeneratedRecord::fields).toList());
      }
    }
  }

  @Test
  void records_sameSettings_iterateTheSameRecords() {
    CustomerDataGenerator generator =
        CustomerDataGenerator.create(GeneratorSettings.defaults(1_000, 3));

    assertThat(generator.stream().toList()).isEqualTo(generator.stream().toList());
  }

  @Test
  void records_stopAtTheRequestedCount_evenMidHousehold() {
    for (long profiles : new long[] {1, 2, 17}) {
      GeneratedRecords records =
          CustomerDataGenerator.create(GeneratorSettings.defaults(profiles, 5)).records();
      long count = 0;
      while (records.hasNext()) {
        records.next();
        count++;
      }
      assertThat(count).isEqualTo(profiles);
      assertThat(records.stats().records()).isEqualTo(profiles);
      assertThat(records.stats().clusterSizes().entrySet().stream()
          .mapToLong(e -> e.getKey() * e.getValue()).sum()).isEqualTo(profiles);
    }
  }

  @Test
  void shuffleWindow_separatesOnePersonsRecords() {
    List<GeneratedRecord> records = records().toList();
    long adjacentSamePerson = 0;
    for (int i = 1; i < records.size(); i++) {
      if (records.get(i).cluster().equals(records.get(i - 1).cluster())) {
        adjacentSamePerson++;
      }
    }
    assertThat(adjacentSamePerson).isLessThan(PROFILES / 100);
  }

  private static Stream<GeneratedRecord> records() {
    return CustomerDataGenerator.create(GeneratorSettings.defaults(PROFILES, 7)).stream();
  }

  private static String email(GeneratedRecord r) {
    return switch (r.source()) {
      case CRM -> r.value("email");
      case WEB_ORDERS -> r.value("customer.email");
      case CONTACT_CENTER -> null;
    };
  }

  private static String sourceName(String objectTypeName) {
    for (Source s : Source.values()) {
      if (s.objectTypeName().equals(objectTypeName)) {
        return s.name();
      }
    }
    throw new IllegalArgumentException(objectTypeName);
  }

  /** The records of a source's file as field maps, dotted names for nested JSON members. */
  private static List<Map<String, String>> dataRecords(Source source) throws IOException {
    Path file = run.resolve(source.fileName());
    List<Map<String, String>> records = new ArrayList<>();
    if (source.format() == Source.Format.CSV) {
      for (CSVRecord row : csv(file)) {
        Map<String, String> fields = new LinkedHashMap<>();
        row.toMap().forEach((k, v) -> {
          if (!v.isEmpty()) {
            fields.put(k, v);
          }
        });
        Map<String, String> ordered = new LinkedHashMap<>();
        source.fieldNames().stream().filter(fields::containsKey)
            .forEach(n -> ordered.put(n, fields.get(n)));
        records.add(ordered);
      }
    } else {
      for (String line : Files.readAllLines(file)) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", AwsJson.mapper().readTree(line), fields);
        records.add(fields);
      }
    }
    return records;
  }

  private static void flatten(String prefix, JsonNode node,
      Map<String, String> into) {
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        flatten(prefix + e.getKey() + ".", e.getValue(), into);
      } else {
        into.put(prefix + e.getKey(), e.getValue().asText());
      }
    });
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = WITH_HEADER.parse(reader)) {
      return parser.getRecords();
    }
  }

  private static List<String> filesOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
          .sorted().toList();
    }
  }
}
