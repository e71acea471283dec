package io.profilesim.matching;

import com.google.common.util.concurrent.MoreExecutors;
import io.profilesim.domain.IdGenerator;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Finds the profiles that are the same person, as Customer Profiles' Identity Resolution Job
 * does: normalize each attribute once, block, compare each candidate pair into levels, score it
 * with a Fellegi-Sunter model trained on the profiles themselves (u from random pairs, m and the
 * prior by EM, no labels), link pairs at or above the match threshold, and group the links under
 * a chain guard. Stateless and thread-safe. Same profiles (in any order), settings and seed give
 * the same result, whatever the thread count.
 */
public final class MatchingEngine {
  private static final String MATCH_ID_SCOPE = "match-group";

  private MatchingEngine() {}

  /** Returns an engine. */
  public static MatchingEngine create() {
    return new MatchingEngine();
  }

  /**
   * Matches profiles.
   *
   * @param profiles the profiles, each with a unique {@code profileId}
   * @param settings how to match
   * @throws IllegalArgumentException if a profile has no id, two share one, there are more than
   *     2^27 profiles, or fixed parameters do not fit the attributes
   */
  public MatchResult match(List<Profile> profiles, MatchingSettings settings) {
    if (profiles.size() > Blocking.MAX_PROFILES) {
      throw new IllegalArgumentException("at most " + Blocking.MAX_PROFILES
          + " profiles can be matched in one run, got " + profiles.size());
    }
    ExecutorService pool = newPool(settings.threads());
    try {
      return match(profiles, settings, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private MatchResult match(List<Profile> profiles, MatchingSettings s, ExecutorService pool) {
    ProfileTable table = ProfileTable.forMatching(profiles, s, pool);
    List<Comparison> comparisons = s.parameters() == null ? Comparisons.build(table, s)
        : fixedComparisons(table, s);
    Blocking.Candidates candidates =
        Blocking.candidates(table, BlockingKey.defaults(table), s.maxBlockSize(), pool);
    Patterns.Rows rows = Patterns.Rows.of(comparisons, pool);
    long[] patterns = Patterns.of(rows, candidates.pairs(), pool);
    TrainedParameters parameters = s.parameters() != null ? s.parameters()
        : train(table, rows, patterns, candidates.report().possiblePairs(), s, pool);
    Scorer scorer = new Scorer(comparisons, parameters, s.termFrequencyAdjustment());
    Links links = links(scorer, rows, candidates.pairs(), patterns, s.matchThreshold(), pool);
    Clustering.Groups groups = Clustering.cluster(table.size, links.pairs, links.probability,
        chainCheck(scorer, candidates.pairs(), patterns));
    List<MatchGroup> matchGroups = matchGroups(table, groups);
    int grouped = matchGroups.stream().mapToInt(g -> g.profileIds().size()).sum();
    return new MatchResult(matchGroups, table.size, candidates.report(), parameters,
        new MatchResult.GroupingReport(s.matchThreshold(), links.pairs.length + links.guarded,
            links.guarded, groups.refused(), grouped),
        dataQuality(table, comparisons, s));
  }

  /**
   * Explains the score of two profiles under fixed parameters (for instance those a run
   * returned, passed through {@link MatchingSettings.Builder#parameters}).
   *
   * @throws IllegalArgumentException if the settings hold no parameters, or the two profiles
   *     share an id
   */
  public PairExplanation explain(Profile a, Profile b, MatchingSettings settings) {
    if (settings.parameters() == null) {
      throw new IllegalArgumentException(
          "explain needs parameters: set MatchingSettings.parameters(result.parameters())");
    }
    ProfileTable table = ProfileTable.of(List.of(a, b), settings,
        MoreExecutors.newDirectExecutorService());
    List<Comparison> comparisons = fixedComparisons(table, settings);
    Scorer scorer = new Scorer(comparisons, settings.parameters(), false);
    long pattern = Patterns.of(comparisons, 0, 1);
    List<PairExplanation.Step> steps = new ArrayList<>();
    for (int k = 0; k < comparisons.size(); k++) {
      Comparison c = comparisons.get(k);
      int level = Patterns.level(pattern, k);
      steps.add(new PairExplanation.Step(c.name, values(c.column, 0), values(c.column, 1),
          label(comparisons, c, level, pattern), level < 0 ? 0 : scorer.weights[k][level]));
    }
    double weight = scorer.weight(pattern, 0, 1);
    return new PairExplanation(table.ids[0], table.ids[1], scorer.priorWeight, steps,
        scorer.householdCorrection(pattern, 0, 1), weight, Scorer.probability(weight),
        scorer.guarded(pattern), sharedKeys(table));
  }

  /**
   * A level's name in an explanation: "missing" when it is no evidence, but for a value that
   * agrees and is no evidence only because a finer attribute's agreement implies it, which says
   * so ("exact, implied by Address.PostalCode") rather than look absent.
   */
  private static String label(List<Comparison> comparisons, Comparison c, int level,
      long pattern) {
    if (level >= 0) {
      return c.levels.get(level);
    }
    boolean implied = c.impliedBy >= 0 && Patterns.level(pattern, c.impliedBy) == 0
        && c.column.shared(0, 1) >= 0;
    return implied ? c.levels.get(0) + ", implied by " + comparisons.get(c.impliedBy).name
        : "missing";
  }

  static TrainedParameters train(ProfileTable t, Patterns.Rows rows, long[] patterns,
      long possiblePairs, MatchingSettings s, ExecutorService pool) {
    List<Comparison> comparisons = rows.comparisons();
    double[][] u = UEstimator.estimate(rows, t.size, s.seed(), pool);
    Em.Model model = Em.train(comparisons, patterns, u, Math.max(1, possiblePairs));
    List<TrainedParameters.ComparisonParameters> out = new ArrayList<>();
    for (int k = 0; k < comparisons.size(); k++) {
      Comparison c = comparisons.get(k);
      List<TrainedParameters.LevelParameters> levels = new ArrayList<>();
      for (int l = 0; l < c.levels.size(); l++) {
        levels.add(TrainedParameters.LevelParameters.of(c.levels.get(l), model.m()[k][l], u[k][l],
            model.h() == null ? null : model.h()[k][l]));
      }
      out.add(new TrainedParameters.ComparisonParameters(c.name, levels));
    }
    return TrainedParameters.of(model.prior(), model.householdPrior(), out, model.iterations(),
        model.converged());
  }

  /** The comparisons fixed parameters describe, checked against what the engine would build. */
  private static List<Comparison> fixedComparisons(ProfileTable t, MatchingSettings s) {
    TrainedParameters p = s.parameters();
    List<Comparison> comparisons = Comparisons.build(t, s, name -> p.comparison(name) != null);
    for (Comparison c : comparisons) {
      List<String> expected = c.levels;
      List<String> given = p.comparison(c.name).levels().stream()
          .map(TrainedParameters.LevelParameters::level).toList();
      if (!expected.equals(given)) {
        throw new IllegalArgumentException("parameters of " + c.name + " have levels " + given
            + " but the comparison has " + expected);
      }
    }
    return comparisons;
  }

  /** Links: pairs at or above the threshold, strongest first, minus those the guard holds. */
  record Links(long[] pairs, double[] probability, long guarded) {}

  static Links links(Scorer scorer, Patterns.Rows rows, long[] pairs, long[] patterns,
      double threshold, ExecutorService pool) {
    // Each chunk keeps only its links, as pair index and weight, and counts what the guard held;
    // no per-pair array of weights is kept.
    int chunks = Math.max(1, (pairs.length + Parallel.CHUNK - 1) / Parallel.CHUNK);
    long[][] found = new long[chunks][];
    long[] held = new long[chunks];
    double floor = Scorer.weightFloor(threshold);
    Parallel.forRange(pool, pairs.length, (from, to) -> {
      LongList links = new LongList(64);
      long guarded = 0;
      for (int p = from; p < to; p++) {
        double w = scorer.weightReaching(patterns[p], Blocking.first(pairs[p]),
            Blocking.second(pairs[p]), floor, rows);
        if (Scorer.probability(w) >= threshold) {
          if (scorer.guarded(patterns[p])) {
            guarded++;
          } else {
            links.add(p);
            links.add(Double.doubleToRawLongBits(w));
          }
        }
      }
      found[from / Parallel.CHUNK] = links.toArray();
      held[from / Parallel.CHUNK] = guarded;
    });
    int count = 0;
    long guarded = 0;
    for (int c = 0; c < chunks; c++) {
      count += found[c].length / 2;
      guarded += held[c];
    }
    // Sort key: weight descending, then the link's place in pair order (chunks are in pair order).
    int[] pairIndex = new int[count];
    double[] weight = new double[count];
    long[] keys = new long[count];
    int g = 0;
    for (long[] chunk : found) {
      for (int e = 0; e < chunk.length; e += 2, g++) {
        pairIndex[g] = (int) chunk[e];
        weight[g] = Double.longBitsToDouble(chunk[e + 1]);
        keys[g] = ((long) descending((float) weight[g]) << 32) | g;
      }
    }
    Arrays.sort(keys);
    long[] linkPairs = new long[count];
    double[] probability = new double[count];
    for (int e = 0; e < count; e++) {
      int link = (int) keys[e];
      linkPairs[e] = pairs[pairIndex[link]];
      probability[e] = Scorer.probability(weight[link]);
    }
    return new Links(linkPairs, probability, guarded);
  }

  /** An int that sorts ascending as the float sorts descending. */
  private static int descending(float f) {
    int bits = Float.floatToIntBits(f);
    int ascending = bits ^ ((bits >> 31) & 0x7fffffff);
    return ~ascending;
  }

  /**
   * The chain guard's view of a pair. Most cross pairs it asks about are candidates, whose vectors
   * are already known (found by binary search in the sorted candidates); only the others are
   * compared again. A contradiction needs only the given names and birth dates.
   */
  static Clustering.Conflict chainCheck(Scorer scorer, long[] pairs, long[] patterns) {
    // Where each profile's pairs start, so a search reads a few dozen pairs, not the whole array.
    // Groups only ever hold profiles of some link, and links are candidates.
    int profiles = 0;
    for (long pair : pairs) {
      profiles = Math.max(profiles, Blocking.second(pair) + 1);
    }
    int[] from = new int[profiles + 1];
    for (long pair : pairs) {
      from[Blocking.first(pair) + 1]++;
    }
    for (int i = 0; i < profiles; i++) {
      from[i + 1] += from[i];
    }
    return new Clustering.Conflict() {
      private long pattern(int a, int b) {
        int p = Arrays.binarySearch(pairs, from[a], from[a + 1], Blocking.pair(a, b));
        return p >= 0 ? patterns[p] : Patterns.of(scorer.comparisons, a, b);
      }

      @Override
      public boolean contradicts(int a, int b) {
        return scorer.contradicts(a, b);
      }

      @Override
      public double evidence(int a, int b) {
        return scorer.evidenceAndCorrection(pattern(a, b), a, b);
      }
    };
  }

  static List<MatchGroup> matchGroups(ProfileTable t, Clustering.Groups g) {
    long[] byRoot = new long[t.size];
    for (int i = 0; i < t.size; i++) {
      byRoot[i] = ((long) g.root()[i] << 32) | i;
    }
    Arrays.sort(byRoot);
    List<MatchGroup> groups = new ArrayList<>();
    int start = 0;
    while (start < byRoot.length) {
      int root = (int) (byRoot[start] >>> 32);
      int end = start;
      List<String> ids = new ArrayList<>();
      while (end < byRoot.length && (int) (byRoot[end] >>> 32) == root) {
        ids.add(t.ids[(int) byRoot[end]]);
        end++;
      }
      if (ids.size() > 1) {
        ids.sort(null); // rows are in locality order, not by id
        groups.add(new MatchGroup(matchId(ids), ids, g.confidence()[root]));
      }
      start = end;
    }
    groups.sort(Comparator.comparing(MatchGroup::matchId));
    return groups;
  }

  /** A group's id: from its sorted profile ids only, so it is the same in every run. */
  static String matchId(List<String> sortedProfileIds) {
    return IdGenerator.of(0, MATCH_ID_SCOPE, String.join(",", sortedProfileIds));
  }

  private static DataQualityReport dataQuality(ProfileTable t, List<Comparison> comparisons,
      MatchingSettings s) {
    List<DataQualityReport.Coverage> coverage = new ArrayList<>();
    for (String attribute : s.attributes()) {
      boolean used = comparisons.stream().anyMatch(c -> c.name.equals(attribute));
      coverage.add(new DataQualityReport.Coverage(attribute, t.column(attribute).present, used));
    }
    return new DataQualityReport(t.issues, t.genericValues, coverage);
  }

  private static String values(Column c, int i) {
    List<String> v = new ArrayList<>();
    for (int s = 0; s < c.slots; s++) {
      int code = c.code(i, s);
      if (code != Column.MISSING && !v.contains(c.values[code])) {
        v.add(c.values[code]);
      }
    }
    return v.isEmpty() ? null : String.join(" | ", v);
  }

  private static List<String> sharedKeys(ProfileTable t) {
    List<String> shared = new ArrayList<>();
    for (BlockingKey key : BlockingKey.defaults(t)) {
      boolean found = false;
      for (int s = 0; s < key.slots() && !found; s++) {
        long v = key.value(0, s);
        for (int r = 0; r < key.slots() && v >= 0 && !found; r++) {
          found = key.value(1, r) == v;
        }
      }
      if (found) {
        shared.add(key.name);
      }
    }
    return shared;
  }

  private static ExecutorService newPool(int threads) {
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "profilesim-matching");
      t.setDaemon(true);
      return t;
    };
    return Executors.newFixedThreadPool(threads, daemons);
  }
}
