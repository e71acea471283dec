package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DLQ;
import static io.profilesim.ingest.Fixtures.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.CustomerProfiles;
import io.profilesim.DeadLetterMessage;
import io.profilesim.FileFormat;
import io.profilesim.IngestionReport;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.domain.StoredProfile;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.UpdateDomainRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FileIngesterTest {
  private final TestClock clock = TestClock.atMonday();
  private CustomerProfiles profiles;

  @BeforeEach
  void setUp() {
    profiles = Fixtures.profiles(clock);
    Fixtures.domain(profiles, true);
    profiles.putProfileObjectType(Fixtures.crm());
  }

  @AfterEach
  void tearDown() {
    profiles.close();
  }

  private IngestionReport ingest(String text, FileFormat format) {
    return profiles.ingest(DOMAIN, "Crm", new StringReader(text), format, "crm-export", null);
  }

  private List<StoredProfile> stored() {
    return Internals.domain(profiles, DOMAIN).store().snapshot();
  }

  @Test
  void csvRows_becomeObjectsWithTheColumnsAsMembers_leavingEmptyCellsOut() {
    IngestionReport report =
        ingest(
            """
            id,email,first,city
            1,ann@x.com,Ann,Oslo
            2,bob@x.com,,Bergen
            """,
            FileFormat.CSV);

    assertThat(report).isEqualTo(new IngestionReport("crm-export", 2, 2, 0));
    assertThat(stored()).extracting(s -> s.profile().firstName()).containsExactly("Ann", null);
    assertThat(stored())
        .extracting(s -> s.profile().address().city())
        .containsExactly("Oslo", "Bergen");
    String owner = stored().get(1).profileId();
    assertThat(
            Internals.domain(profiles, DOMAIN)
                .read(
                    () -> Internals.domain(profiles, DOMAIN).store().objects(owner).get(0).json()))
        .isEqualTo("{\"id\":\"2\",\"email\":\"bob@x.com\",\"city\":\"Bergen\"}");
  }

  @Test
  void rejectedCsvRows_goToTheDeadLetterQueue_withTheLineTheyStartOn() {
    IngestionReport report =
        ingest(
            "\uFEFFid,email,first\r\n"
                + "1,a@x.com,Ann\r\n"
                + "\r\n"
                + ",nobody@x.com,No Id\r\n"
                + "3,\"multi\nline@x.com\",Multi\r\n"
                + "4,too,many,values\r\n"
                + "5,e@x.com,Eve",
            FileFormat.CSV);

    assertThat(report).isEqualTo(new IngestionReport("crm-export", 5, 3, 2));
    assertThat(profiles.deadLetterQueue(DLQ))
        .extracting(
            DeadLetterMessage::lineNumber, DeadLetterMessage::source, DeadLetterMessage::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                4L,
                "crm-export",
                "Missing UNIQUE key field: key crmId"
                    + " needs field id (Source _source.id), which the object lacks"),
            org.assertj.core.groups.Tuple.tuple(
                7L,
                "crm-export",
                "Malformed CSV row: it has 4 values," + " and the header names 3 columns"));
    assertThat(profiles.deadLetterQueue(DLQ).get(0).object())
        .isEqualTo("{\"email\":\"nobody@x.com\",\"first\":\"No Id\"}");
    assertThat(profiles.deadLetterQueue(DLQ).get(1).object()).isEqualTo("4,too,many,values");
  }

  @Test
  void jsonLines_areIngestedLineByLine_skippingBlankLines() {
    IngestionReport report =
        ingest(
            """
            {"id":"1","email":"a@x.com","first":"Ann"}

            {"id":"2","email":"b@x.com"
            {"id":"3","address":{"city":"Oslo"}}
            """,
            FileFormat.JSON_LINES);

    assertThat(report).isEqualTo(new IngestionReport("crm-export", 3, 2, 1));
    DeadLetterMessage m = profiles.deadLetterQueue(DLQ).get(0);
    assertThat(m.lineNumber()).isEqualTo(3L);
    assertThat(m.reason())
        .startsWith("Malformed JSON at line 1, column 28: Unexpected end-of-input");
  }

  @Test
  void progress_isReportedEveryTenThousandRows_andAtTheEnd() {
    StringBuilder csv = new StringBuilder("id,email\n");
    for (int i = 0; i < 25_000; i++) {
      csv.append(i).append(",p").append(i % 100).append("@x.com\n");
    }
    List<IngestionReport> reports = new ArrayList<>();

    profiles.ingest(
        DOMAIN, "Crm", new StringReader(csv.toString()), FileFormat.CSV, "big", reports::add);

    assertThat(reports)
        .containsExactly(
            new IngestionReport("big", 10_000, 10_000, 0),
            new IngestionReport("big", 20_000, 20_000, 0),
            new IngestionReport("big", 25_000, 25_000, 0));
    assertThat(profiles.getDomain(DOMAIN).stats().profileCount()).isEqualTo(100L);
  }

  @Test
  void progress_isNotRepeated_whenTheLastRowIsAMultipleOfTheInterval() {
    StringBuilder csv = new StringBuilder("id,email\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append(i).append(",p").append(i % 100).append("@x.com\n");
    }
    List<IngestionReport> reports = new ArrayList<>();

    profiles.ingest(
        DOMAIN, "Crm", new StringReader(csv.toString()), FileFormat.CSV, "even", reports::add);

    assertThat(reports).containsExactly(new IngestionReport("even", 10_000, 10_000, 0));
  }

  @Test
  void ingestFile_readsTheFormatFromTheExtension(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("export.jsonl");
    Files.writeString(file, "{\"id\":\"1\",\"email\":\"a@x.com\"}\n", StandardCharsets.UTF_8);

    IngestionReport report = profiles.ingestFile(DOMAIN, "Crm", file, null);

    assertThat(report).isEqualTo(new IngestionReport(file.toString(), 1, 1, 0));
    assertThatThrownBy(() -> profiles.ingestFile(DOMAIN, "Crm", dir.resolve("export.xml"), null))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "Cannot tell the format of export.xml: name it .csv, .jsonl, .ndjson or .json,"
                + " or give the format");
    assertThatThrownBy(() -> profiles.ingestFile(DOMAIN, "Crm", dir.resolve("missing.csv"), null))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith(
            "Cannot read " + dir.resolve("missing.csv") + ": java.nio.file.NoSuchFileException");
  }

  @Test
  void withoutADeadLetterQueue_bulkIngestionRefusesToStart() {
    profiles.updateDomain(
        UpdateDomainRequest.builder().domainName(DOMAIN).deadLetterQueueUrl("").build());

    assertThatThrownBy(() -> ingest("id\n1\n", FileFormat.CSV))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "Bulk ingestion into domain retail needs a DeadLetterQueueUrl, so that rejected"
                + " rows are kept; set one with UpdateDomain");
    assertThat(profiles.getDomain(DOMAIN).stats().objectCount()).isZero();
  }

  @Test
  void anUnusableHeaderOrAMissingType_failsBeforeAnyRow() {
    assertThatThrownBy(() -> ingest("id,id\n1,2\n", FileFormat.CSV))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "Unusable CSV header in crm-export: The header contains a duplicate name: \"id\" in"
                + " [id, id]. If this is valid then use"
                + " CSVFormat.Builder.setDuplicateHeaderMode().");
    assertThatThrownBy(
            () -> profiles.ingest(DOMAIN, "Nope", new StringReader(""), FileFormat.CSV, "x", null))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Object type Nope not found in domain retail");
  }

  /**
   * A CSV export whose rows update earlier profiles (repeated ids and emails), and some of which
   * are rejected while being prepared (no id) or before (a value too many), so that the order in
   * which rows are stored shows in the result.
   */
  private static String mixedExport(int rows) {
    StringBuilder csv = new StringBuilder("id,email,first,city\n");
    for (int i = 0; i < rows; i++) {
      String id = i % 97 == 0 ? "" : Integer.toString(i % 1_200);
      csv.append(id).append(",p").append(i % 900).append("@x.com,Name").append(i).append(",City");
      csv.append(i % 131 == 0 ? ",extra\n" : "\n");
    }
    return csv.toString();
  }

  @Test
  void aFile_givesTheSameProfilesObjectsAndDeadLetters_withOneIngestionThreadOrSeveral() {
    String csv = mixedExport(3_000);
    List<Object> results = new ArrayList<>();
    for (int threads : new int[] {1, 3}) {
      try (CustomerProfiles p =
          CustomerProfiles.builder().clock(clock).seed(7).ingestionThreads(threads).build()) {
        Fixtures.domain(p, true);
        p.putProfileObjectType(Fixtures.crm());
        IngestionReport report =
            p.ingest(DOMAIN, "Crm", new StringReader(csv), FileFormat.CSV, "crm-export", null);
        var domain = Internals.domain(p, DOMAIN);
        List<StoredProfile> snapshot = domain.store().snapshot();
        List<String> objects =
            domain.read(
                () ->
                    snapshot.stream()
                        .flatMap(s -> domain.store().objects(s.profileId()).stream())
                        .map(Object::toString)
                        .toList());
        results.add(List.of(report, snapshot, objects, p.deadLetterQueue(DLQ)));
      }
    }

    @SuppressWarnings("unchecked")
    List<Object> sequential = (List<Object>) results.get(0);
    assertThat(sequential.get(0)).isEqualTo(new IngestionReport("crm-export", 3_000, 2_947, 53));
    assertThat(results.get(1)).isEqualTo(sequential);
  }

  @Test
  void aReadFailureMidFile_keepsEveryRowReadBeforeIt() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      lines.append("{\"id\":\"").append(i).append("\",\"email\":\"p").append(i);
      lines.append("@x.com\"}\n");
    }
    Reader failing =
        new Reader() {
          private final StringReader text = new StringReader(lines.toString());

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            int n = text.read(buffer, offset, length);
            if (n < 0) {
              throw new IOException("disk gone");
            }
            return n;
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(
            () ->
                profiles.ingest(
                    DOMAIN, "Crm", failing, FileFormat.JSON_LINES, "crm-export", null))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Cannot read crm-export after 1000 rows: java.io.IOException: disk gone");
    assertThat(profiles.getDomain(DOMAIN).stats().objectCount()).isEqualTo(1_000L);
  }

  @Test
  void aBrokenQuote_failsTheRun_afterStoringTheRowsBeforeIt() {
    StringBuilder csv = new StringBuilder("id,email\n");
    for (int i = 0; i < 700; i++) {
      csv.append(i).append(",p").append(i).append("@x.com\n");
    }
    csv.append("700,\"broken@x.com\n");

    assertThatThrownBy(() -> ingest(csv.toString(), FileFormat.CSV))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "Malformed CSV in crm-export after 700 rows: (startline 702) EOF reached before"
                + " encapsulated token finished");
    assertThat(profiles.getDomain(DOMAIN).stats().objectCount()).isEqualTo(700L);
  }
}
