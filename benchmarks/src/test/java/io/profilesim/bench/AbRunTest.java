package io.profilesim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AbRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ratiosAreTakenWithinARound_andTheirMedianDecides() throws Exception {
    AbComparison c = new AbComparison();
    // The host slows down over the run; within each round B takes 0.8 of A's time.
    double[][] rounds = {{100, 80}, {200, 160}, {150, 150}};
    for (double[] round : rounds) {
      c.add('A', result("io.profilesim.ingest.IngestionBenchmark.ingest", "ss", "ms/op", round[0]));
      c.add('B', result("io.profilesim.ingest.IngestionBenchmark.ingest", "ss", "ms/op", round[1]));
    }

    assertThat(c.medianRatio("IngestionBenchmark.ingest threads=2")).isEqualTo(0.8);
    assertThat(c.table()).isEqualTo(
        "| benchmark | unit | rounds: A / B | B/A: median (range) | B is |\n"
            + "|---|---|---|---|---|\n"
            + "| IngestionBenchmark.ingest threads=2 | ms/op | 100.0 / 80.00, 200.0 / 160.0, "
            + "150.0 / 150.0 | 0.800 (0.800 to 1.000) | 20.0% better |\n");
  }

  @Test
  void aHigherThroughputIsBetter_aLongerTimeIsWorse() throws Exception {
    AbComparison c = new AbComparison();
    c.add('A', result("io.profilesim.matching.MatchingStagesBenchmark.scorePairs", "thrpt",
        "ops/s", 10));
    c.add('B', result("io.profilesim.matching.MatchingStagesBenchmark.scorePairs", "thrpt",
        "ops/s", 12));
    c.add('A', result("io.profilesim.job.WholeJobBenchmark.runJob", "ss", "ms/op", 100));
    c.add('B', result("io.profilesim.job.WholeJobBenchmark.runJob", "ss", "ms/op", 110));

    assertThat(c.table())
        .contains("| MatchingStagesBenchmark.scorePairs threads=2 | ops/s | 10.00 / 12.00 | 1.200 "
            + "| 20.0% better |")
        .contains("| WholeJobBenchmark.runJob threads=2 | ms/op | 100.0 / 110.0 | 1.100 "
            + "| 10.0% worse |");
  }

  @Test
  void buildsRunInAlternatingOrder_andTheSummaryIsWritten(@TempDir Path dir) throws Exception {
    Path calls = dir.resolve("calls.txt");
    Path fakeJava = fakeJava(dir, calls);
    ByteArrayOutputStream console = new ByteArrayOutputStream();

    int exit = new CommandLine(new AbRun(new PrintStream(console, true, StandardCharsets.UTF_8)))
        .execute("--a", "a.jar", "--b", "b.jar", "--rounds", "3", "--out",
            dir.resolve("out").toString(), "--java", fakeJava.toString(), "--",
            "IngestionBenchmark", "-i", "1");

    assertThat(exit).isZero();
    assertThat(Files.readAllLines(calls)).containsExactly(
        "-jar a.jar IngestionBenchmark -i 1", "-jar b.jar IngestionBenchmark -i 1",
        "-jar b.jar IngestionBenchmark -i 1", "-jar a.jar IngestionBenchmark -i 1",
        "-jar a.jar IngestionBenchmark -i 1", "-jar b.jar IngestionBenchmark -i 1");
    String summary = Files.readString(dir.resolve("out/summary.md"));
    assertThat(summary).contains("| IngestionBenchmark.ingest threads=2 | ms/op | "
        + "100.0 / 50.00, 100.0 / 50.00, 100.0 / 50.00 | 0.500 (0.500 to 0.500) | 50.0% better |");
    assertThat(console.toString(StandardCharsets.UTF_8)).endsWith(summary);
  }

  @Test
  void aFailedJmhRunStopsTheComparison_andNamesTheRound(@TempDir Path dir) throws Exception {
    Path failing = dir.resolve("failing-java");
    Files.writeString(failing, "#!/bin/sh\necho 'no such benchmark'\nexit 1\n");
    Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));
    ByteArrayOutputStream console = new ByteArrayOutputStream();

    int exit = new CommandLine(new AbRun(new PrintStream(console, true, StandardCharsets.UTF_8)))
        .execute("--a", "a.jar", "--b", "b.jar", "--out", dir.resolve("out").toString(),
            "--java", failing.toString(), "--", "Nothing");

    assertThat(exit).isEqualTo(1);
    assertThat(console.toString(StandardCharsets.UTF_8)).startsWith(
        "round 1, build A: JMH exited with 1; see its log in " + dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out/A-1.log"))).isEqualTo("no such benchmark\n");
  }

  /** A JMH result of one benchmark with one parameter, as {@code -rf json} writes it. */
  private static JsonNode result(String benchmark, String mode, String unit, double score)
      throws Exception {
    return JSON.readTree("[{\"benchmark\":\"" + benchmark + "\",\"mode\":\"" + mode
        + "\",\"params\":{\"threads\":\"2\"},\"primaryMetric\":{\"score\":" + score
        + ",\"scoreUnit\":\"" + unit + "\"}}]");
  }

  /**
   * A stand-in for the java launcher: records its arguments up to the result options, and writes
   * a result in which a.jar takes 100 ms and b.jar 50 ms.
   */
  private static Path fakeJava(Path dir, Path calls) throws Exception {
    Path script = dir.resolve("fake-java");
    Files.write(script, List.of(
        "#!/bin/sh",
        "args=\"\"",
        "while [ $# -gt 0 ]; do",
        "  if [ \"$1\" = -rff ]; then out=$2; shift 2; continue; fi",
        "  if [ \"$1\" = -rf ]; then shift 2; continue; fi",
        "  args=\"$args${args:+ }$1\"; shift",
        "done",
        "echo \"$args\" >> " + calls,
        "case \"$args\" in *a.jar*) score=100 ;; *) score=50 ;; esac",
        "printf '[{\"benchmark\":\"io.profilesim.ingest.IngestionBenchmark.ingest\",\"mode\":\"ss\","
            + "\"params\":{\"threads\":\"2\"},\"primaryMetric\":{\"score\":%s,"
            + "\"scoreUnit\":\"ms/op\"}}]' $score > \"$out\""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
