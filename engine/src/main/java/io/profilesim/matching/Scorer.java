package io.profilesim.matching;

import java.util.Arrays;
import java.util.List;

/**
 * The score stage: a pair's match weight is the prior's log-odds plus each comparison level's
 * {@code log2(m / u)} (missing adds nothing), less the household correction
 * {@code log2(1 + 2^(householdPriorWeight + sum log2(h / u)))} (the chance the pair is two members
 * of one household rather than one person, see {@link Em}); its match probability is
 * {@code 1 / (1 + 2^-weight)}.
 *
 * <p>Term-frequency adjustment (Splink's): for exact agreement on a name, email, phone or street,
 * u is replaced by the share of profiles holding that very value, so agreeing on {@code Smith}
 * weighs less than agreeing on {@code Wallner}: the weight becomes {@code log2(m / tf(value))}.
 *
 * <p>Identity guard: two profiles whose given names both exist and are different (not even a
 * nickname, initial or fuzzy match) are not linked unless their birth dates agree (exactly or
 * within one typo). Naive Bayes adds up evidence as if attributes were independent, but members
 * of one household share a surname, an address and a home phone, and together those outweigh one
 * different given name; the given name and birth date are what tell them apart.
 */
final class Scorer {
  private static final int NIBBLES = Patterns.MISSING + 1;
  final List<Comparison> comparisons;
  final double priorWeight;
  final double householdPriorWeight;
  final double[][] weights;
  /** {@code log2(h / u)} per level, or null rows when the model has no household class. */
  final double[][] householdWeights;
  private final double[][] termFrequency;
  /** The largest term-frequency adjustment of each comparison, or 0 if none is positive. */
  private final double[] largestTermFrequency;
  /**
   * {@link #weights} by comparison and pattern nibble, 16 per comparison, 0 for missing: the
   * bound reads every candidate pair's weights, so one flat array without a branch for missing.
   */
  private final double[] nibbleWeights;
  /** Per comparison, whether its exact level may come from a name swap (no shared value). */
  private final boolean[] looksBeyond;
  private final int firstName;
  private final int birthDate;
  private final int email;
  private final int phone;

  Scorer(List<Comparison> comparisons, TrainedParameters parameters, boolean tf) {
    this.comparisons = comparisons;
    this.priorWeight = parameters.priorMatchWeight();
    this.householdPriorWeight = parameters.householdPriorWeight();
    this.weights = new double[comparisons.size()][];
    this.householdWeights = new double[comparisons.size()][];
    this.termFrequency = new double[comparisons.size()][];
    this.largestTermFrequency = new double[comparisons.size()];
    this.nibbleWeights = new double[NIBBLES * comparisons.size()];
    this.looksBeyond = new boolean[comparisons.size()];
    int first = -1;
    int birth = -1;
    int mail = -1;
    int tel = -1;
    for (int k = 0; k < comparisons.size(); k++) {
      Comparison c = comparisons.get(k);
      List<TrainedParameters.LevelParameters> levels = parameters.comparison(c.name).levels();
      weights[k] = levels.stream().mapToDouble(l -> TrainedParameters.log2(l.m() / l.u()))
          .toArray();
      if (levels.stream().allMatch(l -> l.h() != null)) {
        householdWeights[k] = levels.stream()
            .mapToDouble(l -> TrainedParameters.log2(l.h() / l.u())).toArray();
      }
      if (tf && c.termFrequency) {
        termFrequency[k] = termFrequencyAdjustments(c.column, levels.get(0).u());
        largestTermFrequency[k] = Math.max(0, Arrays.stream(termFrequency[k]).max().orElse(0));
      }
      System.arraycopy(weights[k], 0, nibbleWeights, NIBBLES * k, weights[k].length);
      looksBeyond[k] = c.looksBeyondItsColumn();
      first = c.name.equals("FirstName") ? k : first;
      birth = c.name.equals("BirthDate") ? k : birth;
      mail = c.name.equals("EmailAddress") ? k : mail;
      tel = c.name.equals("PhoneNumber") ? k : tel;
    }
    this.firstName = first;
    this.birthDate = birth;
    this.email = mail;
    this.phone = tel;
  }

  /** {@code log2(u_exact / tf(value))} per value code. */
  private static double[] termFrequencyAdjustments(Column c, double uExact) {
    double[] adjust = new double[c.distinct()];
    for (int v = 0; v < adjust.length; v++) {
      double tf = Math.max(c.counts[v], 1) / (double) c.present;
      adjust[v] = TrainedParameters.log2(uExact / tf);
    }
    return adjust;
  }

  /** The log-odds the attributes add, without the prior. */
  double evidence(long pattern, int i, int j) {
    double w = 0;
    for (int k = 0; k < weights.length; k++) {
      int l = Patterns.level(pattern, k);
      if (l >= 0) {
        w += weights[k][l];
        if (l == 0) {
          w += termFrequency(k, i, j);
        }
      }
    }
    return w;
  }

  /**
   * The household correction, at most 0: {@code -log2(1 + 2^(householdPriorWeight + sum
   * log2(h/u)))}, the term frequencies of exact levels counted as in {@link #evidence}.
   */
  double householdCorrection(long pattern, int i, int j) {
    double w = householdPriorWeight;
    for (int k = 0; k < householdWeights.length; k++) {
      int l = Patterns.level(pattern, k);
      if (l >= 0 && householdWeights[k] != null) {
        w += householdWeights[k][l];
        if (l == 0) {
          w += termFrequency(k, i, j);
        }
      }
    }
    return w > 60 ? -w : -TrainedParameters.log2(1 + Math.pow(2, w));
  }

  /** The pair's weight before the prior: its evidence and the household correction. */
  double evidenceAndCorrection(long pattern, int i, int j) {
    return evidence(pattern, i, j) + householdCorrection(pattern, i, j);
  }

  /** The term-frequency part of comparison {@code k}'s weight for an exact pair. */
  double termFrequency(int k, int i, int j) {
    if (termFrequency[k] == null) {
      return 0;
    }
    return termFrequencyOf(k, comparisons.get(k).sharedValue(i, j));
  }

  private double termFrequencyOf(int k, int sharedValue) {
    return sharedValue < 0 ? 0 : termFrequency[k][sharedValue];
  }

  /** The pair's match weight: prior plus evidence plus household correction. */
  double weight(long pattern, int i, int j) {
    return priorWeight + evidenceAndCorrection(pattern, i, j);
  }

  /**
   * The pair's {@link #weight} when it may reach {@code floor}, else negative infinity: the
   * household correction is never positive, so a pair whose prior and evidence fall short is
   * decided before the correction's logarithm is computed, and most candidate pairs are. Sums in
   * the order {@link #weight} does, so a weight it returns is that very double.
   */
  double weightReaching(long pattern, int i, int j, double floor, Patterns.Rows rows) {
    if (priorWeight + evidenceBound(pattern, i, rows) < floor) {
      return Double.NEGATIVE_INFINITY;
    }
    double evidence = 0;
    double household = householdPriorWeight;
    for (int k = 0; k < weights.length; k++) {
      int l = Patterns.level(pattern, k);
      if (l < 0) {
        continue;
      }
      double tf = l == 0 && termFrequency[k] != null ? termFrequencyOf(k, rows.sharedValue(k, i, j))
          : 0;
      evidence += weights[k][l];
      if (l == 0) {
        evidence += tf;
      }
      if (householdWeights[k] != null) {
        household += householdWeights[k][l];
        if (l == 0) {
          household += tf;
        }
      }
    }
    if (priorWeight + evidence < floor) {
      return Double.NEGATIVE_INFINITY;
    }
    double correction = household > 60 ? -household
        : -TrainedParameters.log2(1 + Math.pow(2, household));
    return priorWeight + (evidence + correction);
  }

  /**
   * At least the evidence {@link #weightReaching} sums, from the first profile's row alone: the
   * term frequency of a value exact for {@code i} and {@code j} is {@code i}'s value's, or no
   * more than it (or 0) when a name may be exact by a swap, or the largest when {@code i} holds
   * several values. Scoring runs over pairs in order of {@code i}, so its row is at hand, while
   * {@code j}'s is a cache miss, and most pairs are decided here. Sums in the same order as
   * {@link #weightReaching}, each term no smaller, so rounding keeps it a bound.
   */
  private double evidenceBound(long pattern, int i, Patterns.Rows rows) {
    double evidence = 0;
    for (int k = 0; k < looksBeyond.length; k++) {
      int nibble = (int) (pattern >>> (Patterns.BITS * k)) & Patterns.MISSING;
      evidence += nibbleWeights[NIBBLES * k + nibble]; // + 0 where missing, as if skipped
      if (nibble == 0) {
        evidence += termFrequencyBound(k, i, rows);
      }
    }
    return evidence;
  }

  private double termFrequencyBound(int k, int i, Patterns.Rows rows) {
    if (termFrequency[k] == null) {
      return 0;
    }
    int a = rows.code(k, i);
    if (a < 0) {
      return largestTermFrequency[k];
    }
    double own = termFrequency[k][a];
    return looksBeyond[k] ? Math.max(own, 0) : own;
  }

  /**
   * A weight below which {@link #probability} stays under {@code threshold}, with a margin for
   * rounding; the exact test is still made on the probability.
   */
  static double weightFloor(double threshold) {
    if (threshold <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double odds = threshold >= 1 ? 50 : TrainedParameters.log2(threshold / (1 - threshold));
    return Math.min(odds, 50) - 1e-6;
  }

  /**
   * Whether the identity guard holds this pair back: its given names differ (not a nickname, an
   * initial or a typo), and either its birth dates do not agree or its emails or phones are
   * both present and different. An agreeing birth date keeps a pair whose given names are beyond
   * every fuzzy level (FEBRL has many), but twins agree on it too, and each twin has an email and
   * a phone of their own.
   */
  boolean guarded(long pattern) {
    if (!differs(pattern, firstName)) {
      return false;
    }
    int birth = birthDate < 0 ? Comparison.MISSING : Patterns.level(pattern, birthDate);
    return birth != 0 && birth != 1 || differs(pattern, email) || differs(pattern, phone);
  }

  /** Whether comparison {@code k} is compared and its level in the pattern is "different". */
  private boolean differs(long pattern, int k) {
    return k >= 0 && Patterns.level(pattern, k) == comparisons.get(k).different();
  }

  /**
   * Whether the pair contradicts itself outright: given names both present and different, and
   * birth dates both present and different. The chain guard never lets such a pair share a group.
   */
  boolean contradicts(long pattern) {
    return differs(pattern, firstName) && differs(pattern, birthDate);
  }

  /** {@link #contradicts(long)} of two profiles, comparing only the two attributes it reads. */
  boolean contradicts(int i, int j) {
    if (firstName < 0 || birthDate < 0) {
      return false;
    }
    Comparison first = comparisons.get(firstName);
    Comparison birth = comparisons.get(birthDate);
    return first.level(i, j) == first.different() && birth.level(i, j) == birth.different();
  }

  static double probability(double weight) {
    // Most candidate pairs fall short of the weight floor (negative infinity): no power of two.
    return weight == Double.NEGATIVE_INFINITY ? 0 : 1 / (1 + Math.pow(2, -weight));
  }
}
