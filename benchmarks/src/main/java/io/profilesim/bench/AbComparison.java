package io.profilesim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of an A/B run ({@link AbRun}): for each benchmark (with its parameters), the score of
 * build A and of build B in each round, and the ratio of the two within a round.
 *
 * <p>The ratio within a round is what counts. This host's speed drifts by 20% and more from one
 * hour to the next, so scores of two builds taken an hour apart compare the hours as much as the
 * builds; the two runs of a round follow each other, and the median over rounds keeps one noisy
 * round from deciding.
 */
final class AbComparison {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Scores by benchmark key, each a list with one score per round, in round order. */
  private final Map<String, Series> series = new LinkedHashMap<>();

  /** Adds one round of build {@code build} (A or B) from JMH's JSON result ({@code -rf json}). */
  void add(char build, Path jmhJson) throws IOException {
    add(build, JSON.readTree(Files.readString(jmhJson)));
  }

  void add(char build, JsonNode results) {
    for (JsonNode r : results) {
      String key = key(r);
      Series s = series.computeIfAbsent(key, k -> new Series(
          r.path("primaryMetric").path("scoreUnit").asText(), higherIsBetter(r.path("mode").asText())));
      double score = r.path("primaryMetric").path("score").asDouble();
      (build == 'A' ? s.a : s.b).add(score);
    }
  }

  /**
   * Returns the comparison as a Markdown table: per benchmark, the scores of each round (A / B),
   * the median ratio B/A and how much better or worse B is.
   */
  String table() {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | unit | rounds: A / B | B/A: median (range) | B is |\n");
    out.append("|---|---|---|---|---|\n");
    for (Map.Entry<String, Series> e : series.entrySet()) {
      Series s = e.getValue();
      double ratio = s.medianRatio();
      out.append("| ").append(e.getKey())
          .append(" | ").append(s.unit)
          .append(" | ").append(s.rounds())
          .append(" | ").append(Double.isNaN(ratio) ? "-" : format("%.3f", ratio) + s.range())
          .append(" | ").append(s.verdict(ratio))
          .append(" |\n");
    }
    return out.toString();
  }

  /** Returns the median over rounds of B's score over A's, or NaN if no round has both. */
  double medianRatio(String key) {
    return series.get(key).medianRatio();
  }

  /** The benchmark and its parameters: {@code IngestionBenchmark.ingest threads=2}. */
  static String key(JsonNode result) {
    String name = result.path("benchmark").asText();
    int method = name.lastIndexOf('.', name.lastIndexOf('.') - 1);
    StringBuilder key = new StringBuilder(name.substring(method + 1));
    JsonNode params = result.path("params");
    for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      key.append(' ').append(p.getKey()).append('=').append(p.getValue().asText());
    }
    return key.toString();
  }

  /** Throughput is better higher; times (average, single shot, sample) are better lower. */
  static boolean higherIsBetter(String mode) {
    return mode.equals("thrpt");
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  private static final class Series {
    final String unit;
    final boolean higherIsBetter;
    final List<Double> a = new ArrayList<>();
    final List<Double> b = new ArrayList<>();

    Series(String unit, boolean higherIsBetter) {
      this.unit = unit;
      this.higherIsBetter = higherIsBetter;
    }

    double medianRatio() {
      double[] ratios = ratios();
      int n = ratios.length;
      if (n == 0) {
        return Double.NaN;
      }
      return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    }

    /** The lowest and highest ratio, when there are several: a range across 1 is noise. */
    String range() {
      double[] ratios = ratios();
      return ratios.length < 2
          ? ""
          : format(" (%.3f", ratios[0]) + format(" to %.3f)", ratios[ratios.length - 1]);
    }

    /** B's score over A's in each round that has both, ascending. */
    private double[] ratios() {
      int n = Math.min(a.size(), b.size());
      double[] ratios = new double[n];
      for (int i = 0; i < n; i++) {
        ratios[i] = b.get(i) / a.get(i);
      }
      Arrays.sort(ratios);
      return ratios;
    }

    String rounds() {
      List<String> rounds = new ArrayList<>();
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        rounds.add(score(a, i) + " / " + score(b, i));
      }
      return String.join(", ", rounds);
    }

    String verdict(double ratio) {
      if (Double.isNaN(ratio)) {
        return "-";
      }
      double change = higherIsBetter ? ratio - 1 : 1 - ratio;
      if (change == 0) {
        return "the same";
      }
      return format("%.1f%% ", 100 * Math.abs(change)) + (change > 0 ? "better" : "worse");
    }

    private static String score(List<Double> scores, int round) {
      return round < scores.size() ? format("%.4g", scores.get(round)) : "-";
    }
  }
}
