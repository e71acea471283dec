package io.profilesim.samples.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.profilesim.matching.MatchingSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The evaluation figures as a regression test. Floors sit a little under the measured figures
 * (see the README's table); the labelled files live outside the project and the test is skipped
 * when they are absent.
 */
final class EvaluationTest {
  private static Path dataset(String relative) {
    String root = System.getProperty("profilesim.datasets");
    Path file = root == null ? null : Path.of(root).resolve(relative);
    assumeTrue(file != null && Files.exists(file), "labelled datasets not found");
    return file;
  }

  @Test
  void febrl1_withoutSocSecId_keepsItsPairwiseF1() {
    LabelledDataset d = DatasetLoader.febrl(dataset("febrl1/dataset1.csv"), false,
        Evaluation.SEED);
    ClusterMetrics m = Evaluation.evaluate(d, MatchingSettings.defaults()).metrics();
    assertThat(m.pairwiseF1()).isGreaterThanOrEqualTo(0.99);
    assertThat(m.pairwisePrecision()).isGreaterThanOrEqualTo(0.995);
    assertThat(m.bcubedF1()).isGreaterThanOrEqualTo(0.995);
  }
}
