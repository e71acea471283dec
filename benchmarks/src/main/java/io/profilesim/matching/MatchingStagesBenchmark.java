package io.profilesim.matching;

import io.profilesim.export.ExportWriter;
import io.profilesim.model.MatchItem;
import io.profilesim.model.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The matching stages one by one, each on the output of the one before, computed once per trial:
 * normalize (the profile table), block (candidate pairs), score pairs (comparison vectors and
 * match weights of every candidate pair), group (links, strongest first, under the chain guard),
 * export (the job's files), and the whole matching call. Data: the samples generator's records
 * with seed 42, one profile per record. Pairs scored per second = the candidate pairs printed at
 * set-up / the time of {@code scorePairs}. The heap is 4 GB because the state holds every stage's
 * output at once (a job holds one or two at a time and fits in 3 GB).
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar MatchingStagesBenchmark -p size=100000 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class MatchingStagesBenchmark {
  static final long SEED = 42;

  @Param({"10000", "100000", "1000000"})
  int size;

  private final MatchingSettings settings = MatchingSettings.defaults();
  private ExecutorService pool;
  private List<Profile> profiles;
  private ProfileTable table;
  private List<Comparison> comparisons;
  private List<BlockingKey> keys;
  private long[] pairs;
  private long[] patterns;
  private Scorer scorer;
  private MatchingEngine.Links links;
  private List<MatchItem> matches;
  private Path exportRoot;
  private int exports;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    pool = Executors.newFixedThreadPool(settings.threads());
    profiles = GeneratedProfiles.generate(size, SEED).profiles();
    table = ProfileTable.forMatching(profiles, settings, pool);
    comparisons = Comparisons.build(table, settings);
    keys = BlockingKey.defaults(table);
    Blocking.Candidates candidates =
        Blocking.candidates(table, keys, settings.maxBlockSize(), pool);
    pairs = candidates.pairs();
    Patterns.Rows rows = Patterns.Rows.of(comparisons, pool);
    patterns = Patterns.of(rows, pairs, pool);
    TrainedParameters parameters = MatchingEngine.train(table, rows, patterns,
        candidates.report().possiblePairs(), settings, pool);
    scorer = new Scorer(comparisons, parameters, settings.termFrequencyAdjustment());
    links = MatchingEngine.links(scorer, rows, pairs, patterns,
        settings.matchThreshold(), pool);
    Clustering.Groups groups = group();
    matches = MatchingEngine.matchGroups(table, groups).stream()
        .map(g -> new MatchItem(g.matchId(), g.profileIds(), g.confidenceScore())).toList();
    exportRoot = Files.createTempDirectory("profilesim-export-bench");
    System.out.printf("%n%d profiles, %d candidate pairs, %d links, %d groups%n", table.size,
        pairs.length, links.pairs().length, matches.size());
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    pool.shutdownNow();
    deleteExports();
    Files.deleteIfExists(exportRoot);
  }

  @TearDown(Level.Iteration)
  public void deleteExports() throws IOException {
    try (Stream<Path> files = Files.walk(exportRoot)) {
      files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(exportRoot))
          .forEach(p -> p.toFile().delete());
    }
  }

  /** Normalizes and dictionary-encodes every configured attribute of every profile. */
  @Benchmark
  public ProfileTable normalize() {
    return ProfileTable.forMatching(profiles, settings, pool);
  }

  /** Finds the candidate pairs of every blocking key, distinct and sorted. */
  @Benchmark
  public Blocking.Candidates block() {
    return Blocking.candidates(table, keys, settings.maxBlockSize(), pool);
  }

  /** Compares every candidate pair into levels and scores it with the trained model. */
  @Benchmark
  public MatchingEngine.Links scorePairs() {
    Patterns.Rows rows = Patterns.Rows.of(comparisons, pool);
    long[] vectors = Patterns.of(rows, pairs, pool);
    return MatchingEngine.links(scorer, rows, pairs, vectors, settings.matchThreshold(), pool);
  }

  /** Joins the links into groups, strongest first, under the chain guard. */
  @Benchmark
  public Clustering.Groups group() {
    return Clustering.cluster(table.size, links.pairs(), links.probability(),
        MatchingEngine.chainCheck(scorer, pairs, patterns));
  }

  /** Writes the groups as the job's export (matches, report, manifest). */
  @Benchmark
  public Path export() {
    return new ExportWriter(exportRoot).write(new ExportWriter.JobExport("bench",
        "identity/" + exports++, "bench", "job", Instant.EPOCH, matches, List.of(),
        Map.of("Profiles", table.size, "CandidatePairs", pairs.length)));
  }

  /** The whole matching call: all of the above but export, plus training the model. */
  @Benchmark
  public MatchResult match() {
    return MatchingEngine.create().match(profiles, settings);
  }

  long candidatePairs() {
    return pairs.length;
  }
}
