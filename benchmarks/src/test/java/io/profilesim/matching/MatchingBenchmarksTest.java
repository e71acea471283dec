package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs every matching benchmark method once on a few hundred profiles, so none can rot. */
final class MatchingBenchmarksTest {
  @Test
  void everyStageRunsOnTheOutputOfTheOneBefore() throws IOException {
    MatchingStagesBenchmark b = new MatchingStagesBenchmark();
    b.size = 600;
    b.prepare();

    assertThat(b.normalize().size).isEqualTo(600);
    assertThat(b.block().pairs()).hasSize((int) b.candidatePairs());
    MatchingEngine.Links links = b.scorePairs();
    assertThat(links.pairs()).isNotEmpty();
    assertThat(b.group().accepted()).isPositive();
    Path export = b.export();
    assertThat(export.resolve("_SUCCESS")).exists();
    assertThat(Files.readAllLines(export.resolve("matches.jsonl"))).isNotEmpty();
    assertThat(b.match().groups()).isNotEmpty();
    b.close();
  }

  @Test
  void allPairsFindsAtLeastTheGroupsBlockingFinds() {
    AllPairsBenchmark blocked = run("blocking");
    AllPairsBenchmark all = run("all-pairs");

    AllPairsBenchmark.Outcome b = blocked.scoreAndGroup();
    AllPairsBenchmark.Outcome a = all.scoreAndGroup();
    assertThat(a.pairsCompared()).isEqualTo(400L * 399 / 2);
    assertThat(b.pairsCompared()).isLessThan(a.pairsCompared() / 10);
    assertThat(b.f1()).isBetween(0.5, 1.0);
    assertThat(a.f1()).isBetween(0.5, 1.0);
    blocked.report();
    all.report();
  }

  private static AllPairsBenchmark run(String pairs) {
    AllPairsBenchmark b = new AllPairsBenchmark();
    b.size = 400;
    b.pairs = pairs;
    b.prepare();
    return b;
  }

  @Test
  void generatedProfilesDependOnlyOnSizeAndSeed() {
    GeneratedProfiles.Data a = GeneratedProfiles.generate(50, 42);
    GeneratedProfiles.Data b = GeneratedProfiles.generate(50, 42);
    assertThat(a.profiles()).isEqualTo(b.profiles()).hasSize(50);
    assertThat(a.person()).isEqualTo(b.person());
    assertThat(GeneratedProfiles.generate(50, 43).profiles()).isNotEqualTo(a.profiles());
  }

  @Test
  void timedMatchPrintsWhatItMatched() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      TimedMatch.main(new String[] {"400"});
    } finally {
      System.setOut(original);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("400 profiles matched in ").contains(" candidate pairs, ");
  }
}
