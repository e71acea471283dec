package io.profilesim.samples.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class ClusterMetricsTest {
  private static final Map<String, String> TRUTH =
      Map.of("a", "T1", "b", "T1", "c", "T1", "d", "T2", "e", "T2", "f", "T3");

  @Test
  void of_scoresAHandComputedExample() {
    Map<String, String> predicted =
        Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P3", "f", "P4");
    ClusterMetrics m = ClusterMetrics.of(predicted, TRUTH);
    // Pairs: predicted ab, cd; true ab, ac, bc, de; correct ab.
    assertThat(m.predictedPairs()).isEqualTo(2);
    assertThat(m.truePairs()).isEqualTo(4);
    assertThat(m.correctPairs()).isEqualTo(1);
    assertThat(m.pairwisePrecision()).isEqualTo(0.5);
    assertThat(m.pairwiseRecall()).isEqualTo(0.25);
    assertThat(m.pairwiseF1()).isCloseTo(1.0 / 3, within(1e-12));
    // B-cubed per record (P, R): a (1, 2/3), b (1, 2/3), c (1/2, 1/3), d (1/2, 1/2), e (1, 1/2),
    // f (1, 1).
    assertThat(m.bcubedPrecision()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(m.bcubedRecall()).isCloseTo(11.0 / 18, within(1e-12));
    assertThat(m.bcubedF1()).isCloseTo(55.0 / 78, within(1e-12));
  }

  @Test
  void of_isPerfectForThePerfectClustering() {
    ClusterMetrics m = ClusterMetrics.of(TRUTH, TRUTH);
    assertThat(m).isEqualTo(new ClusterMetrics(1, 1, 1, 1, 1, 1, 4, 4, 4));
  }

  @Test
  void of_allSingletonsHasFullPrecisionAndNoPairwiseRecall() {
    Map<String, String> singletons =
        Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6");
    ClusterMetrics m = ClusterMetrics.of(singletons, TRUTH);
    assertThat(m.pairwisePrecision()).isEqualTo(1);
    assertThat(m.pairwiseRecall()).isZero();
    assertThat(m.pairwiseF1()).isZero();
    assertThat(m.bcubedPrecision()).isEqualTo(1);
    assertThat(m.bcubedRecall()).isCloseTo((1.0 / 3 * 3 + 0.5 * 2 + 1) / 6, within(1e-12));
  }

  @Test
  void of_whenRecordsDiffer_isRefused() {
    assertThatThrownBy(() -> ClusterMetrics.of(Map.of("a", "1"), Map.of("b", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted and true clusterings must cover the same records: 1 predicted, "
            + "1 true");
  }
}
