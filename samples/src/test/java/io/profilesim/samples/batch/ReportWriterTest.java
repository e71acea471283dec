package io.profilesim.samples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.DeadLetterMessage;
import io.profilesim.IngestionReport;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.Consolidation;
import io.profilesim.model.DomainStats;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.IdentityResolutionJobStatus;
import io.profilesim.model.JobStats;
import io.profilesim.model.MatchItem;
import io.profilesim.model.MatchingResponse;
import io.profilesim.samples.batch.RunReport.DeadLetterCount;
import io.profilesim.samples.batch.RunReport.Ingested;
import io.profilesim.samples.batch.RunReport.JobRun;
import io.profilesim.samples.batch.RunReport.Merge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportWriterTest {
  private static final Instant T = Instant.parse("2026-01-10T02:00:00Z");

  @TempDir
  Path dir;

  private static RunReport report() {
    GetDomainResponse domain = GetDomainResponse.builder().domainName("shop")
        .defaultExpirationDays(30)
        .stats(new DomainStats(4L, 4L, 6L, 600L))
        .matching(new MatchingResponse(true, null, new AutoMerging(true,
            new Consolidation(List.of(List.of("EmailAddress"),
                List.of("FirstName", "LastName", "BirthDate"))), null, 0.9), null))
        .build();
    IdentityResolutionJob job = IdentityResolutionJob.builder().domainName("shop").jobId("j1")
        .status(IdentityResolutionJobStatus.COMPLETED).jobStartTime(T).jobEndTime(T)
        .jobStats(new JobStats(6L, 2L, 2L)).build();
    Map<String, Double> timings = new LinkedHashMap<>();
    timings.put("set-up", 0.25);
    return new RunReport("shop (test)", "Two merges.", domain, Map.of("Crm", List.of("crm.csv")),
        List.of(new Ingested(T.minusSeconds(3600), "crm.csv", "Crm",
            new IngestionReport("crm.csv", 7, 6, 1))),
        List.of(new JobRun(job, new DomainStats(6L, 6L, 6L, 600L),
            new DomainStats(4L, 4L, 6L, 600L))),
        List.of(), T,
        List.of(new MatchItem("m1", List.of("a", "b", "c"), 0.995),
            new MatchItem("m2", List.of("d", "e"), 0.93)),
        List.of(new Merge("j1", 1, "a", List.of("b")), new Merge("j1", null, "d", List.of("e"))),
        List.of(new DeadLetterCount("crm.csv", "Missing UNIQUE key field", 1)), timings);
  }

  @Test
  void markdown_saysWhatTheRunDid_sectionBySection() {
    String md = ReportWriter.markdown(report());

    assertThat(md).startsWith("# profilesim run: shop (test)\n\nTwo merges.\n\n"
        + "## Domain and configuration\n\nDomain `shop`, DefaultExpirationDays 30.");
    assertThat(md).contains("| Crm | crm.csv |\n");
    assertThat(md).contains("| 2026-01-10T01:00:00Z | crm.csv | Crm | 7 | 6 | 1 |\n");
    assertThat(md).contains("| `j1` | 2026-01-10T02:00:00Z | COMPLETED | 6 | 2 | 2 | 6 → 4"
        + " | 6 → 4 |\n");
    assertThat(md).contains("| when the first job started | 6 | 6 | 6 |\n"
        + "| after the run | 4 | 4 | 6 |\n");
    assertThat(md).contains("2 match groups holding 5 profiles, generated 2026-01-10T02:00:00Z.");
    assertThat(md).contains("| 2 | 1 |\n| 3 | 1 |\n| 4 | 0 |\n");
    assertThat(md).contains("| 0.92- | 1 |\n| 0.94- | 0 |\n| 0.96- | 0 |\n| 0.98-1 | 1 |\n");
    assertThat(md).contains("| criterion | merges | profiles merged away |\n|---|---|---|\n"
        + "| whole match group | 1 | 1 |\n| 1: EmailAddress | 1 | 1 |\n");
    assertThat(md).contains("1 rows rejected (see `dead-letter.jsonl`).\n\n| file | reason | rows"
        + " |\n|---|---|---|\n| crm.csv | Missing UNIQUE key field | 1 |\n");
    assertThat(md).endsWith("## Timings\n\nWall-clock seconds on this machine: the only part of"
        + " the outputs that differs between runs of the same inputs.\n\n| step | seconds |\n"
        + "|---|---|\n| set-up | 0.25 |\n");
  }

  @Test
  void write_drawsTheSameChartsForTheSameCounts() throws IOException {
    ReportWriter.write(report(), dir.resolve("a"));
    ReportWriter.write(report(), dir.resolve("b"));

    String sizes = Files.readString(dir.resolve("a/charts/group-sizes.svg"));
    assertThat(sizes).isEqualTo(Files.readString(dir.resolve("b/charts/group-sizes.svg")));
    assertThat(sizes).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\"");
    assertThat(sizes).contains("<title>2: 1</title>").contains("<title>3: 1</title>")
        .contains("<title>10+: 0</title>").endsWith("</svg>\n");
    assertThat(Files.readString(dir.resolve("a/charts/confidence.svg")))
        .contains("<title>0.98-1: 1</title>");
  }

  @Test
  void finalProfiles_followChainsOfMerges() {
    Map<String, String> finals = BatchRun.finalProfiles(List.of(
        new Merge("j1", 1, "b", List.of("a")), new Merge("j2", 1, "c", List.of("b", "x"))));

    assertThat(finals).containsExactlyInAnyOrderEntriesOf(Map.of("a", "c", "b", "c", "x", "c"));
  }

  @Test
  void deadLetterCounts_groupByFileAndKindOfReason() {
    List<DeadLetterCount> counts = BatchRun.deadLetterCounts(List.of(
        new DeadLetterMessage("shop", "Crm", "{}", "Missing UNIQUE key field: key crmId", T,
            "b.csv", 2L),
        new DeadLetterMessage("shop", "Crm", "{}", "Malformed JSON: x", T, "a.jsonl", 3L),
        new DeadLetterMessage("shop", "Crm", "{}", "Missing UNIQUE key field: key crmId", T,
            "b.csv", 4L)));

    assertThat(counts).containsExactly(new DeadLetterCount("a.jsonl", "Malformed JSON", 1),
        new DeadLetterCount("b.csv", "Missing UNIQUE key field", 2));
  }
}
