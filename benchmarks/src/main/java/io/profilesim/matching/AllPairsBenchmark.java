package io.profilesim.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What blocking saves: 10,000 generated profiles scored and grouped either on the blocking keys'
 * candidate pairs or on all n(n-1)/2 pairs, with the same trained model (trained once, on the
 * candidates, as a job does), so the two differ only in which pairs are compared. The tear-down
 * prints, for each, the pairs compared and the pairwise precision, recall and F1 of the groups
 * against the generator's ground truth.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AllPairsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AllPairsBenchmark {
  @Param({"10000"})
  int size;

  @Param({"blocking", "all-pairs"})
  String pairs;

  private final MatchingSettings settings = MatchingSettings.defaults();
  private ExecutorService pool;
  private GeneratedProfiles.Data data;
  private ProfileTable table;
  private List<Comparison> comparisons;
  private Scorer scorer;
  private Outcome last;

  /** Pairs compared and the groups' pairwise accuracy. */
  record Outcome(long pairsCompared, double precision, double recall, double f1) {}

  @Setup(Level.Trial)
  public void prepare() {
    pool = Executors.newFixedThreadPool(settings.threads());
    data = GeneratedProfiles.generate(size, MatchingStagesBenchmark.SEED);
    table = ProfileTable.forMatching(data.profiles(), settings, pool);
    comparisons = Comparisons.build(table, settings);
    Blocking.Candidates c =
        Blocking.candidates(table, BlockingKey.defaults(table), settings.maxBlockSize(), pool);
    Patterns.Rows rows = Patterns.Rows.of(comparisons, pool);
    long[] patterns = Patterns.of(rows, c.pairs(), pool);
    TrainedParameters parameters = MatchingEngine.train(table, rows, patterns,
        c.report().possiblePairs(), settings, pool);
    scorer = new Scorer(comparisons, parameters, settings.termFrequencyAdjustment());
  }

  @TearDown(Level.Trial)
  public void report() {
    pool.shutdownNow();
    System.out.printf("%n%s: %d profiles, %d pairs compared, pairwise P %.4f R %.4f F1 %.4f%n",
        pairs, size, last.pairsCompared, last.precision, last.recall, last.f1);
  }

  /** Compares, scores and groups the pairs; returns the outcome against the ground truth. */
  @Benchmark
  public Outcome scoreAndGroup() {
    long[] compared = pairs.equals("all-pairs") ? allPairs(table.size)
        : Blocking.candidates(table, BlockingKey.defaults(table), settings.maxBlockSize(), pool)
            .pairs();
    Patterns.Rows rows = Patterns.Rows.of(comparisons, pool);
    long[] patterns = Patterns.of(rows, compared, pool);
    MatchingEngine.Links links =
        MatchingEngine.links(scorer, rows, compared, patterns, settings.matchThreshold(), pool);
    Clustering.Groups groups = Clustering.cluster(table.size, links.pairs(),
        links.probability(), MatchingEngine.chainCheck(scorer, compared, patterns));
    last = outcome(compared.length, groups);
    return last;
  }

  private static long[] allPairs(int n) {
    long[] all = new long[(int) ((long) n * (n - 1) / 2)];
    int at = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        all[at++] = Blocking.pair(i, j);
      }
    }
    return all;
  }

  private Outcome outcome(long compared, Clustering.Groups groups) {
    Map<String, Integer> person = new HashMap<>();
    Map<String, Integer> personIds = new HashMap<>();
    for (int i = 0; i < data.profiles().size(); i++) {
      person.put(data.profiles().get(i).profileId(),
          personIds.computeIfAbsent(data.person().get(i), k -> personIds.size()));
    }
    Map<Long, Long> predictedBoth = new HashMap<>();
    Map<Integer, Long> predicted = new HashMap<>();
    Map<Integer, Long> actual = new HashMap<>();
    for (int i = 0; i < table.size; i++) {
      int p = person.get(table.ids[i]);
      int g = groups.root()[i];
      predicted.merge(g, 1L, Long::sum);
      actual.merge(p, 1L, Long::sum);
      predictedBoth.merge(((long) g << 32) | p, 1L, Long::sum);
    }
    long tp = pairsIn(predictedBoth.values());
    long predictedPairs = pairsIn(predicted.values());
    long actualPairs = pairsIn(actual.values());
    double precision = predictedPairs == 0 ? 1 : (double) tp / predictedPairs;
    double recall = actualPairs == 0 ? 1 : (double) tp / actualPairs;
    return new Outcome(compared, precision, recall, 2 * precision * recall / (precision + recall));
  }

  private static long pairsIn(Iterable<Long> sizes) {
    long pairs = 0;
    for (long s : sizes) {
      pairs += s * (s - 1) / 2;
    }
    return pairs;
  }
}
