package io.profilesim.samples.eval;

import io.profilesim.matching.MatchGroup;
import io.profilesim.matching.MatchResult;
import io.profilesim.matching.MatchingEngine;
import io.profilesim.matching.MatchingSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the matching engine, with its one default configuration, on the labelled datasets and
 * prints pairwise and B-cubed precision, recall and F1 at group level (links closed into groups).
 *
 * <pre>{@code
 * mvn -B -q -pl engine,samples install -DskipTests
 * mvn -B -q -pl samples org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.mainClass=io.profilesim.samples.eval.Evaluation -Dexec.args=../shared/datasets
 * }</pre>
 */
public final class Evaluation {
  /** The seed that shuffles rows and names profiles. */
  public static final long SEED = 42;

  private Evaluation() {}

  /**
   * One line of the table.
   *
   * @param dataset what was matched
   * @param metrics the scores
   * @param groups how many match groups the engine found
   * @param candidatePairs pairs compared after blocking
   * @param millis wall-clock time of the matching call
   */
  public record Row(String dataset, ClusterMetrics metrics, int groups, long candidatePairs,
      long millis) {}

  /** Matches one dataset and scores the groups against its truth. */
  public static Row evaluate(LabelledDataset data, MatchingSettings settings) {
    long start = System.nanoTime();
    MatchResult result = MatchingEngine.create().match(data.profiles(), settings);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Row(data.name(), ClusterMetrics.of(predicted(data, result), data.truth()),
        result.groups().size(), result.blocking().candidatePairs(), millis);
  }

  /** Each profile's group id, or its own id when it is in no group. */
  public static Map<String, String> predicted(LabelledDataset data, MatchResult result) {
    Map<String, String> predicted = new HashMap<>();
    data.truth().keySet().forEach(id -> predicted.put(id, id));
    for (MatchGroup g : result.groups()) {
      g.profileIds().forEach(id -> predicted.put(id, g.matchId()));
    }
    return predicted;
  }

  /** Evaluates every dataset found under {@code datasets}, printing the table to {@code out}. */
  public static List<Row> run(Path datasets, PrintStream out) {
    MatchingSettings plain = MatchingSettings.defaults();
    List<String> withSsid = new ArrayList<>(plain.attributes());
    withSsid.add("Attributes.soc_sec_id");
    MatchingSettings ssid = plain.toBuilder().attributes(withSsid).build();
    List<Row> rows = new ArrayList<>();
    for (String febrl : List.of("febrl1/dataset1.csv", "febrl2/dataset2.csv")) {
      Path file = datasets.resolve(febrl);
      if (Files.exists(file)) {
        rows.add(evaluate(DatasetLoader.febrl(file, false, SEED), plain));
        rows.add(evaluate(DatasetLoader.febrl(file, true, SEED), ssid));
      }
    }
    Path fake = datasets.resolve("fake_1000/fake_1000.csv");
    if (Files.exists(fake)) {
      rows.add(evaluate(DatasetLoader.fake1000(fake, SEED), plain));
    }
    print(rows, out);
    return rows;
  }

  static void print(List<Row> rows, PrintStream out) {
    out.println("| dataset | pairwise P | pairwise R | pairwise F1 | B-cubed P | B-cubed R "
        + "| B-cubed F1 | groups | candidate pairs | ms |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      ClusterMetrics m = r.metrics();
      out.println(String.format(Locale.ROOT,
          "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %d | %d | %d |", r.dataset(),
          m.pairwisePrecision(), m.pairwiseRecall(), m.pairwiseF1(), m.bcubedPrecision(),
          m.bcubedRecall(), m.bcubedF1(), r.groups(), r.candidatePairs(), r.millis()));
    }
  }

  /** Runs {@link #run} on the folder given as the first argument (default ../shared/datasets). */
  public static void main(String[] args) {
    Path datasets = Path.of(args.length > 0 ? args[0]
        : System.getProperty("profilesim.datasets", "../shared/datasets"));
    run(datasets, System.out);
  }
}
