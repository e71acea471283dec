package io.profilesim.samples.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Precision, recall and F1 of a predicted clustering against the true one, pairwise and B-cubed.
 * Both clusterings map every record key to a cluster label; a record alone in its cluster
 * (a singleton) counts too.
 *
 * <ul>
 *   <li>Pairwise: the pairs inside predicted clusters against the pairs inside true clusters.
 *       Precision is 1 when nothing is predicted to pair; recall is 1 when nothing truly pairs.
 *   <li>B-cubed: per record, the share of its predicted cluster that is truly its own (precision)
 *       and the share of its true cluster it was predicted with (recall), averaged over records.
 * </ul>
 *
 * @param pairwisePrecision correct predicted pairs / predicted pairs
 * @param pairwiseRecall correct predicted pairs / true pairs
 * @param pairwiseF1 their harmonic mean
 * @param bcubedPrecision mean per-record B-cubed precision
 * @param bcubedRecall mean per-record B-cubed recall
 * @param bcubedF1 their harmonic mean
 * @param predictedPairs pairs inside predicted clusters
 * @param truePairs pairs inside true clusters
 * @param correctPairs pairs inside both
 */
public record ClusterMetrics(
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    long predictedPairs,
    long truePairs,
    long correctPairs) {

  /**
   * Scores {@code predicted} against {@code truth}.
   *
   * @throws IllegalArgumentException if the two do not cover the same records
   */
  public static ClusterMetrics of(Map<String, String> predicted, Map<String, String> truth) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(truth, "truth");
    if (!predicted.keySet().equals(truth.keySet())) {
      throw new IllegalArgumentException("predicted and true clusterings must cover the same "
          + "records: " + predicted.size() + " predicted, " + truth.size() + " true");
    }
    Map<String, Integer> predictedSize = sizes(predicted);
    Map<String, Integer> trueSize = sizes(truth);
    Map<String, Integer> bothSize = new HashMap<>();
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      bothSize.merge(e.getValue() + '\u0000' + truth.get(e.getKey()), 1, Integer::sum);
    }
    long predictedPairs = pairs(predictedSize);
    long truePairs = pairs(trueSize);
    long correct = pairs(bothSize);
    double p = predictedPairs == 0 ? 1 : (double) correct / predictedPairs;
    double r = truePairs == 0 ? 1 : (double) correct / truePairs;
    double bp = 0;
    double br = 0;
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      String t = truth.get(e.getKey());
      double both = bothSize.get(e.getValue() + '\u0000' + t);
      bp += both / predictedSize.get(e.getValue());
      br += both / trueSize.get(t);
    }
    int n = Math.max(1, predicted.size());
    bp /= n;
    br /= n;
    return new ClusterMetrics(p, r, f1(p, r), bp, br, f1(bp, br), predictedPairs, truePairs,
        correct);
  }

  private static Map<String, Integer> sizes(Map<String, String> clustering) {
    Map<String, Integer> sizes = new HashMap<>();
    clustering.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    return sizes;
  }

  private static long pairs(Map<String, Integer> sizes) {
    long pairs = 0;
    for (int s : sizes.values()) {
      pairs += (long) s * (s - 1) / 2;
    }
    return pairs;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
