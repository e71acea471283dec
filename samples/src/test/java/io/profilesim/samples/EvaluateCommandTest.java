package io.profilesim.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures on a hand-computed example: truth {a,b,c} {d,e}; match groups {a,b} {c,d} and e
 * alone; merges fold a, b and c into one profile.
 */
final class EvaluateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private Path resolution;
  private Path truth;

  @BeforeEach
  void writeFiles() throws IOException {
    resolution = dir.resolve("resolution.csv");
    truth = dir.resolve("truth.csv");
    Files.writeString(resolution, "source_key,profile_id,final_profile_id,match_id,"
        + "confidence_score\n"
        + "a,pa,pa,m1,0.97\n"
        + "b,pb,pa,m1,0.97\n"
        + "c,pc,pa,m2,0.91\n"
        + "d,pd,pd,m2,0.91\n"
        + "e,pe,pe,,\n");
    Files.writeString(truth, "source_key,cluster\na,1\nb,1\nc,1\nd,2\ne,2\n");
  }

  private int run(String... args) {
    return ProfilesimCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), () -> 0,
        args);
  }

  @Test
  void evaluate_atMatchLevel_scoresTheMatchGroups() {
    // pairs: predicted ab cd, true ab ac bc de, both ab: P 1/2, R 1/4, F1 1/3.
    // B-cubed P (1 + 1 + 1/2 + 1/2 + 1) / 5 = 0.8; R (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5 = 0.5333.
    int code = run("evaluate", "--resolution", resolution.toString(), "--truth",
        truth.toString());

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(out.toString()).isEqualTo("Level: match; 5 records\n\n"
        + "| measure | precision | recall | F1 |\n|---|---|---|---|\n"
        + "| pairwise | 0.5000 | 0.2500 | 0.3333 |\n"
        + "| B-cubed | 0.8000 | 0.5333 | 0.6400 |\n"
        + "\nPairs: 2 predicted, 4 true, 1 both.\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void evaluate_atMergeLevel_scoresTheFinalProfiles() {
    // predicted {a,b,c} {d} {e}: pairs 3 predicted, all true, of 4: P 1, R 3/4.
    // B-cubed P 1; R (1 + 1 + 1 + 1/2 + 1/2) / 5 = 0.8.
    int code = run("evaluate", "--resolution", resolution.toString(), "--truth",
        truth.toString(), "--level", "merge");

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(out.toString()).contains("| pairwise | 1.0000 | 0.7500 | 0.8571 |\n"
        + "| B-cubed | 1.0000 | 0.8000 | 0.8889 |\n");
  }

  @Test
  void evaluate_countsTruthRecordsMissingFromTheResolutionAsUnmatched() throws IOException {
    Files.writeString(truth, "source_key,cluster\na,1\nb,1\nc,1\nd,2\ne,2\nf,2\n");

    run("evaluate", "--resolution", resolution.toString(), "--truth", truth.toString());

    assertThat(out.toString()).startsWith(
        "Level: match; 6 records (1 not in the resolution, scored as unmatched)\n");
    assertThat(out.toString()).contains("Pairs: 2 predicted, 6 true, 1 both.");
  }

  @Test
  void evaluate_readsOtherTruthColumns() throws IOException {
    Files.writeString(truth, "unique_id,name,group\na,x,1\nb,x,1\nc,x,1\nd,x,2\ne,x,2\n");

    int code = run("evaluate", "--resolution", resolution.toString(), "--truth",
        truth.toString(), "--truth-key-column", "unique_id", "--truth-cluster-column", "group");

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(out.toString()).contains("| pairwise | 0.5000 | 0.2500 | 0.3333 |");
  }

  @Test
  void evaluate_withAnUnknownLevel_isBadInput() {
    int code = run("evaluate", "--resolution", resolution.toString(), "--truth",
        truth.toString(), "--level", "group");

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).startsWith("profilesim evaluate: --level 'group' is not a level;"
        + " expected match or merge\n");
  }

  @Test
  void evaluate_withARecordTheTruthLacks_namesIt() throws IOException {
    Files.writeString(truth, "source_key,cluster\na,1\nb,1\nc,1\nd,2\n");

    int code = run("evaluate", "--resolution", resolution.toString(), "--truth",
        truth.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).startsWith("profilesim evaluate: " + truth + ": has no row for"
        + " source_key 'e' of the resolution; expected a cluster for every resolved record\n");
  }

  @Test
  void evaluate_withATruthWithoutTheClusterColumn_namesTheColumn() throws IOException {
    Files.writeString(truth, "source_key,entity\na,1\n");

    int code = run("evaluate", "--resolution", resolution.toString(), "--truth",
        truth.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).startsWith("profilesim evaluate: " + truth + ": header"
        + " [source_key, entity] lacks column 'cluster'; expected the columns [source_key,"
        + " cluster]\n");
  }

  @Test
  void evaluate_withARepeatedRecord_namesBothLines() throws IOException {
    Files.writeString(resolution, "source_key,profile_id,final_profile_id,match_id,"
        + "confidence_score\na,pa,pa,,\na,pb,pb,,\n");

    int code = run("evaluate", "--resolution", resolution.toString(), "--truth",
        truth.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).startsWith("profilesim evaluate: " + resolution + ": line 3:"
        + " source_key 'a' repeats line 2; expected each record once\n");
  }
}
