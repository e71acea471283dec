package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.MoreExecutors;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class ScorerTest {
  private static Scorer scorer;
  private static long[] pairs;
  private static long[] patterns;
  private static Patterns.Rows rows;

  @BeforeAll
  static void trainOnSyntheticData() {
    MatchingSettings s = MatchingSettings.defaults();
    ExecutorService direct = MoreExecutors.newDirectExecutorService();
    ProfileTable table = ProfileTable.of(SyntheticProfiles.generate(2000, 5).profiles(), s,
        direct);
    List<Comparison> comparisons = Comparisons.build(table, s);
    Blocking.Candidates candidates =
        Blocking.candidates(table, BlockingKey.defaults(table), s.maxBlockSize(), direct);
    pairs = candidates.pairs();
    rows = Patterns.Rows.of(comparisons, direct);
    patterns = Patterns.of(rows, pairs, direct);
    scorer = new Scorer(comparisons, MatchingEngine.train(table, rows, patterns,
        candidates.report().possiblePairs(), s, direct), true);
  }

  @Test
  void weightReaching_isTheVeryWeight_orNegativeInfinityOnlyBelowTheFloor() {
    int reached = 0;
    int cut = 0;
    for (double floor : new double[] {-10, 0, 3.3, 10}) {
      for (int p = 0; p < pairs.length; p++) {
        int i = Blocking.first(pairs[p]);
        int j = Blocking.second(pairs[p]);
        double weight = scorer.weight(patterns[p], i, j);
        double reaching = scorer.weightReaching(patterns[p], i, j, floor, rows);
        if (reaching == Double.NEGATIVE_INFINITY) {
          assertThat(weight).isLessThan(floor);
          cut++;
        } else {
          assertThat(reaching).isEqualTo(weight);
          reached++;
        }
      }
    }
    assertThat(reached).isPositive();
    assertThat(cut).isPositive();
  }

  @Test
  void rowsPatterns_areTheColumnsPatterns_forEveryPair_whetherProfilesHoldOneValueOrSeveral() {
    List<Comparison> comparisons = rows.comparisons();
    // Both shapes are here: one value (names, emails) and several (a mobile and a home phone).
    int[] holding = new int[3];
    for (Comparison c : comparisons) {
      for (int i = 0; i < c.column.codes.length / c.column.slots; i++) {
        int held = 0;
        for (int s = 0; s < c.column.slots; s++) {
          held += c.column.code(i, s) == Column.MISSING ? 0 : 1;
        }
        holding[Math.min(held, 2)]++;
      }
    }
    assertThat(holding[1]).as("one value").isGreaterThan(1000);
    assertThat(holding[2]).as("several values").isGreaterThan(1000);

    for (int p = 0; p < pairs.length; p++) {
      int i = Blocking.first(pairs[p]);
      int j = Blocking.second(pairs[p]);
      assertThat(patterns[p]).as("pair %d", p).isEqualTo(Patterns.of(comparisons, i, j));
    }
  }

  @Test
  void rowsSharedValue_isTheComparisonsSharedValue_forEveryExactLevel() {
    int checked = 0;
    for (int p = 0; p < pairs.length; p++) {
      int i = Blocking.first(pairs[p]);
      int j = Blocking.second(pairs[p]);
      for (int k = 0; k < rows.comparisons().size(); k++) {
        if (Patterns.level(patterns[p], k) == 0) {
          assertThat(rows.sharedValue(k, i, j)).as("pair %d comparison %d", p, k)
              .isEqualTo(rows.comparisons().get(k).sharedValue(i, j));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void weightFloor_liesBelowEveryWeightWhoseProbabilityReachesTheThreshold() {
    for (double threshold : new double[] {0.01, 0.5, 0.9, 0.99, 0.999999, 1.0}) {
      double floor = Scorer.weightFloor(threshold);
      assertThat(Scorer.probability(floor)).isLessThan(threshold);
      assertThat(Scorer.probability(floor + 2e-6)).isGreaterThanOrEqualTo(
          threshold == 1.0 ? 0.0 : threshold);
    }
    assertThat(Scorer.weightFloor(0)).isEqualTo(Double.NEGATIVE_INFINITY);
  }
}
