package io.profilesim.samples.batch;

import io.profilesim.json.AwsJson;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.DomainStats;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.JobStats;
import io.profilesim.model.MatchItem;
import io.profilesim.samples.batch.RunReport.DeadLetterCount;
import io.profilesim.samples.batch.RunReport.Ingested;
import io.profilesim.samples.batch.RunReport.JobRun;
import io.profilesim.samples.batch.RunReport.Merge;
import io.profilesim.samples.batch.RunReport.Week;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a run's report: {@value #REPORT} (Markdown) and its charts under {@value #CHARTS}. Only
 * the last section, {@value #TIMINGS_HEADING}, changes from one run of the same inputs to the next.
 */
public final class ReportWriter {
  public static final String REPORT = "report.md";
  public static final String CHARTS = "charts";
  public static final String GROUP_SIZES_CHART = "group-sizes.svg";
  public static final String CONFIDENCE_CHART = "confidence.svg";
  /** The heading of the one section that holds wall-clock figures. */
  public static final String TIMINGS_HEADING = "## Timings";

  static final List<String> SIZE_LABELS = List.of("2", "3", "4", "5", "6", "7", "8", "9", "10+");
  static final double[] CONFIDENCE_BOUNDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.92, 0.94, 0.96, 0.98};
  static final List<String> CONFIDENCE_LABELS = List.of("<0.50", "0.50-", "0.60-", "0.70-",
      "0.80-", "0.90-", "0.92-", "0.94-", "0.96-", "0.98-1");

  private ReportWriter() {}

  /** Writes the report and its charts into {@code dir}. */
  public static void write(RunReport report, Path dir) {
    try {
      Path charts = Files.createDirectories(dir.resolve(CHARTS));
      Files.writeString(charts.resolve(GROUP_SIZES_CHART), SvgChart.bars(
          "Match groups by size", "profiles in the group", SIZE_LABELS,
          groupSizes(report.matches())), StandardCharsets.UTF_8);
      Files.writeString(charts.resolve(CONFIDENCE_CHART), SvgChart.bars(
          "Match groups by confidence score", "ConfidenceScore", CONFIDENCE_LABELS,
          confidences(report.matches())), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(REPORT), markdown(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report in " + dir, e);
    }
  }

  /** Match groups per size: 2 to 9 profiles, then 10 or more. */
  static List<Long> groupSizes(List<MatchItem> matches) {
    long[] counts = new long[SIZE_LABELS.size()];
    for (MatchItem m : matches) {
      counts[Math.min(m.profileIds().size(), 10) - 2]++;
    }
    return boxed(counts);
  }

  /** Match groups per confidence band; finer above 0.9, where the default threshold puts most. */
  static List<Long> confidences(List<MatchItem> matches) {
    long[] counts = new long[CONFIDENCE_LABELS.size()];
    for (MatchItem m : matches) {
      double score = m.confidenceScore() == null ? 0 : m.confidenceScore();
      int band = 0;
      while (band < CONFIDENCE_BOUNDS.length && score >= CONFIDENCE_BOUNDS[band]) {
        band++;
      }
      counts[band]++;
    }
    return boxed(counts);
  }

  private static List<Long> boxed(long[] counts) {
    List<Long> list = new ArrayList<>();
    for (long c : counts) {
      list.add(c);
    }
    return list;
  }

  static String markdown(RunReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# profilesim run: ").append(r.title()).append("\n\n");
    if (!r.description().isEmpty()) {
      md.append(r.description()).append("\n\n");
    }
    domain(r, md);
    ingestion(r, md);
    jobs(r, md);
    beforeAndAfter(r, md);
    weeks(r, md);
    matches(r, md);
    merges(r, md);
    deadLetters(r, md);
    timings(r, md);
    return md.toString();
  }

  private static void domain(RunReport r, StringBuilder md) {
    md.append("## Domain and configuration\n\n");
    md.append("Domain `").append(r.domain().domainName()).append("`, DefaultExpirationDays ")
        .append(r.domain().defaultExpirationDays()).append(". Matching, as GetDomain returns it:\n\n");
    md.append("```json\n").append(r.domain().matching() == null ? "{}"
        : AwsJson.writePretty(r.domain().matching())).append("\n```\n\n");
    md.append("| object type | files ingested through it |\n|---|---|\n");
    new TreeMap<>(r.objectTypes()).forEach((type, files) -> md.append("| ").append(type)
        .append(" | ").append(files.isEmpty() ? "none" : String.join(", ", files)).append(" |\n"));
    md.append('\n');
  }

  private static void ingestion(RunReport r, StringBuilder md) {
    md.append("## Ingestion\n\n| at (UTC) | file | object type | rows | accepted | rejected |\n"
        + "|---|---|---|---|---|---|\n");
    for (Ingested i : r.ingestions()) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d |\n", i.at(),
          i.file(), i.objectTypeName(), i.counts().rows(), i.counts().accepted(),
          i.counts().rejected()));
    }
    md.append('\n');
  }

  private static void jobs(RunReport r, StringBuilder md) {
    md.append("## Identity Resolution Jobs\n\n");
    if (r.jobs().isEmpty()) {
      md.append("No job ran.\n\n");
      return;
    }
    md.append("| job | started (UTC) | status | profiles reviewed | matches found | merges done"
        + " | ProfileCount | MeteringProfileCount |\n|---|---|---|---|---|---|---|---|\n");
    for (JobRun run : r.jobs()) {
      IdentityResolutionJob j = run.job();
      JobStats s = j.jobStats() == null ? new JobStats(0L, 0L, 0L) : j.jobStats();
      md.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %,d | %,d | %,d | %s | %s |\n",
          j.jobId(), j.jobStartTime(), j.status(), orZero(s.numberOfProfilesReviewed()),
          orZero(s.numberOfMatchesFound()), orZero(s.numberOfMergesDone()),
          change(run.before().profileCount(), run.after().profileCount()),
          change(run.before().meteringProfileCount(), run.after().meteringProfileCount())));
    }
    md.append('\n');
    for (JobRun run : r.jobs()) {
      if (run.job().message() != null) {
        md.append("- `").append(run.job().jobId()).append("`: ").append(run.job().message())
            .append('\n');
      }
    }
    if (r.jobs().stream().anyMatch(j -> j.job().message() != null)) {
      md.append('\n');
    }
  }

  private static void beforeAndAfter(RunReport r, StringBuilder md) {
    if (r.jobs().isEmpty()) {
      return;
    }
    DomainStats before = r.jobs().get(0).before();
    DomainStats after = r.domain().stats();
    md.append("## Domain stats before and after\n\n| | ProfileCount | MeteringProfileCount"
        + " | ObjectCount |\n|---|---|---|---|\n");
    md.append(statsRow("when the first job started", before));
    md.append(statsRow("after the run", after));
    md.append('\n');
  }

  private static void weeks(RunReport r, StringBuilder md) {
    if (r.weeks().isEmpty()) {
      return;
    }
    md.append("## Week by week\n\n| week | ends (UTC) | jobs | ProfileCount | MeteringProfileCount"
        + " | ObjectCount |\n|---|---|---|---|---|---|\n");
    for (Week w : r.weeks()) {
      md.append(String.format(Locale.ROOT, "| %d | %s | %d | %,d | %,d | %,d |\n", w.week(),
          w.end(), w.jobs(), orZero(w.stats().profileCount()),
          orZero(w.stats().meteringProfileCount()), orZero(w.stats().objectCount())));
    }
    md.append('\n');
  }

  private static void matches(RunReport r, StringBuilder md) {
    md.append("## Match groups of the latest job\n\n");
    if (r.matchGenerationDate() == null) {
      md.append("No job completed, so there are no match groups.\n\n");
      return;
    }
    long profiles = r.matches().stream().mapToLong(m -> m.profileIds().size()).sum();
    md.append(String.format(Locale.ROOT, "%,d match groups holding %,d profiles, generated %s.\n\n",
        r.matches().size(), profiles, r.matchGenerationDate()));
    md.append("![Match groups by size](").append(CHARTS).append('/').append(GROUP_SIZES_CHART)
        .append(")\n\n");
    table(md, "profiles in the group", SIZE_LABELS, groupSizes(r.matches()));
    md.append("![Match groups by confidence score](").append(CHARTS).append('/')
        .append(CONFIDENCE_CHART).append(")\n\n");
    table(md, "ConfidenceScore from", CONFIDENCE_LABELS, confidences(r.matches()));
  }

  private static void table(StringBuilder md, String what, List<String> labels, List<Long> counts) {
    md.append("| ").append(what).append(" | match groups |\n|---|---|\n");
    for (int i = 0; i < labels.size(); i++) {
      md.append(String.format(Locale.ROOT, "| %s | %,d |\n", labels.get(i), counts.get(i)));
    }
    md.append('\n');
  }

  private static void merges(RunReport r, StringBuilder md) {
    md.append("## Merges by criterion\n\n");
    AutoMerging auto = r.domain().matching() == null ? null : r.domain().matching().autoMerging();
    if (auto == null || !Boolean.TRUE.equals(auto.enabled())) {
      md.append("Auto-merging is off in this domain, so jobs merge nothing.\n\n");
      return;
    }
    if (r.merges().isEmpty()) {
      md.append("No profiles were merged.\n\n");
      return;
    }
    Map<Integer, long[]> byCriterion = new TreeMap<>();
    for (Merge m : r.merges()) {
      long[] c = byCriterion.computeIfAbsent(m.criterion() == null ? 0 : m.criterion(),
          k -> new long[2]);
      c[0]++;
      c[1] += m.mergedProfileIds().size();
    }
    List<List<String>> criteria = auto.consolidation() == null ? List.of()
        : auto.consolidation().matchingAttributesList();
    md.append("| criterion | merges | profiles merged away |\n|---|---|---|\n");
    byCriterion.forEach((criterion, c) -> {
      String name = criterion == 0 ? "whole match group"
          : criterion + ": " + (criterion <= criteria.size()
              ? String.join(" + ", criteria.get(criterion - 1)) : "?");
      md.append(String.format(Locale.ROOT, "| %s | %,d | %,d |\n", name, c[0], c[1]));
    });
    md.append('\n');
  }

  private static void deadLetters(RunReport r, StringBuilder md) {
    md.append("## Dead-letter queue\n\n");
    if (r.deadLetters().isEmpty()) {
      md.append("No row was rejected.\n\n");
      return;
    }
    long total = r.deadLetters().stream().mapToLong(DeadLetterCount::rows).sum();
    md.append(String.format(Locale.ROOT, "%,d rows rejected (see `dead-letter.jsonl`).\n\n", total));
    md.append("| file | reason | rows |\n|---|---|---|\n");
    for (DeadLetterCount c : r.deadLetters()) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %,d |\n", c.source(), c.reason(),
          c.rows()));
    }
    md.append('\n');
  }

  private static void timings(RunReport r, StringBuilder md) {
    md.append(TIMINGS_HEADING).append("\n\nWall-clock seconds on this machine: the only part of"
        + " the outputs that differs between runs of the same inputs.\n\n| step | seconds |\n"
        + "|---|---|\n");
    r.timings().forEach((step, seconds) ->
        md.append(String.format(Locale.ROOT, "| %s | %.2f |\n", step, seconds)));
  }

  private static String statsRow(String when, DomainStats s) {
    return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d |\n", when,
        orZero(s.profileCount()), orZero(s.meteringProfileCount()), orZero(s.objectCount()));
  }

  private static String change(Long before, Long after) {
    return String.format(Locale.ROOT, "%,d → %,d", orZero(before), orZero(after));
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
