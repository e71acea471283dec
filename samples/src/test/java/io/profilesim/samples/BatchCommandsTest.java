package io.profilesim.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.profilesim.json.AwsJson;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.GetMatchesResponse;
import io.profilesim.model.ListIdentityResolutionJobsResponse;
import io.profilesim.samples.batch.ReportWriter;
import io.profilesim.validation.ShapeValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate on the bundled retail scenario, and resolve with evaluate on a FEBRL file. */
final class BatchCommandsTest {
  private static final Path RETAIL = Path.of("scenarios/retail/scenario.json");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path tmp;

  private int run(String... args) {
    return ProfilesimCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), () -> 0,
        args);
  }

  /** Every file under {@code dir} by relative path, the report without its timings. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(p);
        if (p.getFileName().toString().equals(ReportWriter.REPORT)) {
          text = text.substring(0, text.indexOf(ReportWriter.TIMINGS_HEADING));
        }
        files.put(dir.relativize(p).toString(), text);
      }
    }
    return files;
  }

  @Test
  void simulate_retail_writesEveryOutput_andTheSameBytesOnASecondRun() throws IOException {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");

    int code = run("simulate", RETAIL.toString(), "--out", first.toString());
    int again = run("simulate", RETAIL.toString(), "--out", second.toString());

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(again).isEqualTo(ProfilesimCli.OK);
    Map<String, String> files = contents(first);
    assertThat(files).containsKeys("get-domain.json", "jobs.json", "matches.json", "resolution.csv",
        "dead-letter.jsonl", "report.md", "charts/group-sizes.svg", "charts/confidence.svg");
    assertThat(files.keySet().stream().filter(f -> f.endsWith("/_SUCCESS")).count())
        .isEqualTo(8);
    assertThat(contents(second)).isEqualTo(files);
    assertThat(out.toString()).startsWith("Simulated 8 weeks of domain retail: 786 profiles, ");
  }

  @Test
  void simulate_retail_writesTheServicesShapes_andReportsEveryJob() throws IOException {
    Path dir = tmp.resolve("run");

    run("simulate", RETAIL.toString(), "--out", dir.toString());

    GetDomainResponse domain = AwsJson.read(dir.resolve("get-domain.json"),
        GetDomainResponse.class);
    ListIdentityResolutionJobsResponse jobs = AwsJson.read(dir.resolve("jobs.json"),
        ListIdentityResolutionJobsResponse.class);
    GetMatchesResponse matches = AwsJson.read(dir.resolve("matches.json"),
        GetMatchesResponse.class);
    ShapeValidator model = ShapeValidator.standard();
    assertThat(model.check(domain)).as("get-domain.json against GetDomainResponse").isEmpty();
    assertThat(model.check(jobs)).as("jobs.json against ListIdentityResolutionJobsResponse")
        .isEmpty();
    assertThat(model.check(matches)).as("matches.json against GetMatchesResponse").isEmpty();
    // 1,200 records, each its own profile until the weekly jobs auto-merge 414 of them away; no
    // object is lost on the way.
    assertThat(domain.stats().profileCount()).isEqualTo(786);
    assertThat(domain.stats().objectCount()).isEqualTo(1200);
    assertThat(jobs.identityResolutionJobsList()).isNotEmpty();
    assertThat(matches.nextToken()).isNull();
    assertThat(matches.potentialMatches()).isEqualTo(matches.matches().size());
    String report = Files.readString(dir.resolve("report.md"));
    assertThat(report).startsWith("# profilesim run: retail (scenario.json, 8 weeks from"
        + " 2026-01-05T00:00:00Z, seed 42)\n");
    assertThat(report.lines().filter(l -> l.contains("| COMPLETED |")).count()).isEqualTo(8);
    assertThat(report).contains("| 2026-01-05T09:00:00Z | data/crm_contacts.csv | CrmContact"
        + " | 428 | 428 | 0 |\n");
    assertThat(report).contains("| 8 | 2026-03-02T00:00:00Z | 1 | 786 | 786 | 1,200 |\n");
    assertThat(report).contains("| 1: EmailAddress | 291 | 377 |\n"
        + "| 2: PhoneNumber + LastName | 26 | 28 |\n"
        + "| 3: AccountNumber | 9 | 9 |\n");
    assertThat(report).contains(String.format("%,d match groups holding",
        matches.matches().size()));
    assertThat(err.toString()).contains("profilesim simulate: 2026-01-10T02:00:00Z job ");
  }

  @Test
  void simulateThenEvaluate_onRetail_tracesEveryRecordAndMergesNoTwoPeople() throws IOException {
    Path dir = tmp.resolve("run");
    run("simulate", RETAIL.toString(), "--out", dir.toString());

    int code = run("evaluate", "--resolution", dir.resolve("resolution.csv").toString(),
        "--truth", RETAIL.resolveSibling("data/truth.csv").toString(), "--level", "merge");

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(Files.readAllLines(dir.resolve("resolution.csv"))).hasSize(1201);
    assertThat(out.toString()).contains("Level: merge; 1,200 records\n\n"
        + "| measure | precision | recall | F1 |\n|---|---|---|---|\n"
        + "| pairwise | 1.0000 | 0.5535 | 0.7125 |\n"
        + "| B-cubed | 1.0000 | 0.7354 | 0.8475 |\n");
  }

  @Test
  void simulate_withABadScenario_exitsTwoBeforeWritingAnything() throws IOException {
    Path scenario = tmp.resolve("scenario.json");
    Files.writeString(scenario, Files.readString(RETAIL).replace("\"Weeks\": 8", "\"Weeks\": 0"));
    Path dir = tmp.resolve("never");

    int code = run("simulate", scenario.toString(), "--out", dir.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(String.format("profilesim simulate: %s: Weeks: expected a"
        + " whole number from 1 to 520, was 0%nTry 'profilesim simulate --help' for more"
        + " information.%n", scenario));
    assertThat(dir).doesNotExist();
  }

  @Test
  void simulate_withAMissingScenario_exitsTwo() {
    Path scenario = tmp.resolve("absent.json");

    int code = run("simulate", scenario.toString(), "--out", tmp.resolve("o").toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).startsWith("profilesim simulate: " + scenario + ": cannot be"
        + " read: ");
  }

  @Test
  void resolveThenEvaluate_onFebrl1_scoresTheMatchGroups() throws IOException {
    String root = System.getProperty("profilesim.datasets");
    Path febrl = root == null ? null : Path.of(root, "febrl1", "dataset1.csv");
    assumeTrue(febrl != null && Files.exists(febrl), "labelled datasets not found");
    Path dir = tmp.resolve("febrl1");
    Path truth = tmp.resolve("truth.csv");
    List<String> ids = Files.readAllLines(febrl).stream().skip(1)
        .map(l -> l.substring(0, l.indexOf(','))).toList();
    Files.writeString(truth, "source_key,cluster\n" + ids.stream()
        .map(id -> id + "," + id.split("-")[1]).collect(Collectors.joining("\n")) + "\n");

    int resolved = run("resolve", "--domain", "mappings/domain.json", "--object-type",
        "mappings/febrl.json", "--input", febrl.toString(), "--trim", "--out", dir.toString());
    int evaluated = run("evaluate", "--resolution", dir.resolve("resolution.csv").toString(),
        "--truth", truth.toString());

    assertThat(resolved).isEqualTo(ProfilesimCli.OK);
    assertThat(evaluated).isEqualTo(ProfilesimCli.OK);
    List<String> rows = Files.readAllLines(dir.resolve("resolution.csv"));
    assertThat(rows).hasSize(1001);
    assertThat(rows.get(0)).isEqualTo(
        "source_key,profile_id,final_profile_id,match_id,confidence_score");
    assertThat(out.toString()).contains("Resolved 1,000 records: ");
    assertThat(out.toString()).contains("Level: match; 1,000 records\n");
    String pairwise = out.toString().lines().filter(l -> l.startsWith("| pairwise |"))
        .findFirst().orElseThrow();
    double f1 = Double.parseDouble(pairwise.split("\\|")[4].trim());
    assertThat(f1).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void resolve_withAnObjectTypeOfAnotherDomain_exitsTwo() throws IOException {
    Path type = tmp.resolve("type.json");
    Files.writeString(type, Files.readString(Path.of("mappings/fake_1000.json"))
        .replaceFirst("\\{", "{\"DomainName\": \"other\","));
    Path input = tmp.resolve("in.csv");
    Files.writeString(input, "unique_id,first_name\n1,Ann\n");

    int code = run("resolve", "--domain", "mappings/domain.json", "--object-type",
        type.toString(), "--input", input.toString(), "--out", tmp.resolve("o").toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).startsWith("profilesim resolve: " + type + ": DomainName: 'other'"
        + " is not the domain of mappings/domain.json; expected 'resolve' or no DomainName");
  }

  @Test
  void resolve_onASmallFile_writesOneRowPerAcceptedRecord() throws IOException {
    Path input = tmp.resolve("people.csv");
    Files.writeString(input, "unique_id,first_name,surname,dob,city,email,cluster\n"
        + "1,Ann,Lee,1980-01-02,Leeds,ann.lee@example.com,0\n"
        + "2,Ann,Lee,1980-01-02,Leeds,ann.lee@example.com,0\n"
        + ",Bob,Ray,1971-05-06,York,bob@example.com,1\n"
        + "3,Cy,Oh,1990-09-09,Bath,cy@example.com,2\n");
    Path dir = tmp.resolve("small");

    int code = run("resolve", "--domain", "mappings/domain.json", "--object-type",
        "mappings/fake_1000.json", "--input", input.toString(), "--out", dir.toString());

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    List<String> rows = Files.readAllLines(dir.resolve("resolution.csv"));
    assertThat(rows).hasSize(4);
    assertThat(rows.stream().skip(1).map(r -> r.split(",")[0])).containsExactly("1", "2", "3");
    assertThat(rows.get(3)).endsWith(",,");
    assertThat(Files.readAllLines(dir.resolve("dead-letter.jsonl"))).singleElement()
        .satisfies(l -> assertThat(l).contains("\"Reason\":\"Missing UNIQUE key field"));
  }
}
