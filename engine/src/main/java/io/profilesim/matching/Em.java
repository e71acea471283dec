package io.profilesim.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Expectation-maximisation, without labels, over the distinct comparison vectors of the
 * candidate pairs and their counts, with u held fixed.
 *
 * <p>Three latent classes, not Fellegi-Sunter's two: the same person (m), another member of the
 * same household (h) and unrelated people (u). What makes the middle class a household is one
 * assumption: h is estimated only for what households share (surname, phones, address parts); for
 * everything else, given name, birth date, email and the rest, h is held at u, since two members of
 * one household are as alike in those as two strangers. With two classes, EM on customer data finds
 * the household, not the person: household pairs are many and agree on most attributes, so they
 * pull the match class towards them and teach it that a different birth date or email hardly
 * matters. A household class gives those pairs somewhere else to go. Where the data has no
 * households its share shrinks towards zero; where the model has no attribute households share, or
 * none that is personal, the two cannot be told apart and the household class is left out.
 *
 * <p>The model is the population of all {@code n (n - 1) / 2} pairs, as in Splink, so the priors
 * are the chances that two random profiles are the same person or share a household. Pairs that
 * no blocking key proposed are taken as unrelated: they add nothing to m or h and only their
 * number to the priors' denominator. Counting them this way keeps u, estimated on random pairs,
 * valid, where training on candidates alone would meet unrelated pairs that agree far more often
 * than random ones (they were blocked together) and mistake them for matches.
 *
 * <p>Start: m puts 0.85 on exact agreement and spreads the rest evenly, and so does h for the
 * attributes households share; each prior starts at one pair per ten candidates. Each m and h gets
 * one pseudo-pair spread over its levels so that no weight is infinite. Stops when no m or h moves
 * by more than 1e-6 and neither prior by more than 1e-6 of the match prior, or after 500
 * iterations.
 */
final class Em {
  static final int MAX_ITERATIONS = 500;
  static final double TOLERANCE = 1e-6;
  static final List<String> SHARED_BY_HOUSEHOLDS = List.of("LastName", "PhoneNumber", "Address",
      "Address.City", "Address.PostalCode", "Address.State", "Address.Country");
  static final List<String> PERSONAL = List.of("FirstName", "MiddleName", "BirthDate",
      "EmailAddress");

  private Em() {}

  /**
   * The trained model.
   *
   * @param prior the chance two random profiles are the same person
   * @param m level probabilities for the same person
   * @param householdPrior the chance two random profiles share a household
   * @param h level probabilities for members of one household, or null without the class
   */
  record Model(double prior, double[][] m, double householdPrior, double[][] h, int iterations,
      boolean converged) {}

  static Model train(List<Comparison> comparisons, long[] patterns, double[][] u,
      long possiblePairs) {
    // Tens of millions of pairs have a few thousand distinct vectors: count them in a primitive
    // map (a sorted copy of the vectors would double the largest array of the job), then order
    // them, so that sums run in the same order whatever the order of the pairs.
    LongIntMap ids = new LongIntMap(1024);
    LongList seen = new LongList(1024);
    double[] byId = new double[1024];
    for (long p : patterns) {
      int id = ids.idOf(p);
      if (id == seen.size()) {
        seen.add(p);
        if (id == byId.length) {
          byId = Arrays.copyOf(byId, id * 2);
        }
      }
      byId[id]++;
    }
    long[] keys = seen.toArray();
    Arrays.sort(keys);
    double[] counts = new double[keys.length];
    for (int d = 0; d < keys.length; d++) {
      counts[d] = byId[ids.idOf(keys[d])];
    }
    List<String> names = comparisons.stream().map(c -> c.name).toList();
    return train(names, levelCounts(comparisons), keys, counts, u, possiblePairs);
  }

  private static int[] levelCounts(List<Comparison> comparisons) {
    return comparisons.stream().mapToInt(c -> c.levels.size()).toArray();
  }

  /** EM over distinct vectors {@code keys} seen {@code counts} times. */
  static Model train(List<String> names, int[] levels, long[] keys, double[] counts,
      double[][] u, long possiblePairs) {
    int k = levels.length;
    double[][] m = new double[k][];
    double[][] h = new double[k][];
    for (int c = 0; c < k; c++) {
      m[c] = startingPoint(levels[c], 0);
      h[c] = SHARED_BY_HOUSEHOLDS.contains(names.get(c)) ? startingPoint(levels[c], 0)
          : u[c].clone();
    }
    double total = Arrays.stream(counts).sum();
    double prior = Math.min(0.3, Math.max(total, 1) * 0.1 / Math.max(possiblePairs, 1));
    boolean households = names.stream().anyMatch(SHARED_BY_HOUSEHOLDS::contains)
        && names.stream().anyMatch(PERSONAL::contains);
    double householdPrior = households ? prior : 0;
    int iteration = 0;
    boolean converged = false;
    while (iteration < MAX_ITERATIONS && !converged) {
      iteration++;
      double[][] matched = zeros(levels);
      double[][] household = zeros(levels);
      double expectedMatches = 0;
      double expectedHouseholds = 0;
      double logM = TrainedParameters.log2(prior);
      double logH = households ? TrainedParameters.log2(householdPrior)
          : TrainedParameters.NO_HOUSEHOLDS;
      double logU = TrainedParameters.log2(1 - prior - householdPrior);
      for (int p = 0; p < keys.length; p++) {
        double wm = logM - logU;
        double wh = logH - logU;
        for (int c = 0; c < k; c++) {
          int l = Patterns.level(keys[p], c);
          if (l >= 0) {
            wm += TrainedParameters.log2(m[c][l] / u[c][l]);
            wh += TrainedParameters.log2(h[c][l] / u[c][l]);
          }
        }
        // Posteriors of the three classes, relative to the unrelated one.
        double em = Math.pow(2, wm);
        double eh = Math.pow(2, wh);
        double norm = 1 + em + eh;
        double pm = Double.isInfinite(em) ? 1 : em / norm;
        double ph = Double.isInfinite(eh) ? 1 - pm : eh / norm;
        double cm = counts[p] * pm;
        double ch = counts[p] * ph;
        expectedMatches += cm;
        expectedHouseholds += ch;
        for (int c = 0; c < k; c++) {
          int l = Patterns.level(keys[p], c);
          if (l >= 0) {
            matched[c][l] += cm;
            household[c][l] += ch;
          }
        }
      }
      double change = maximise(m, matched);
      if (households) {
        for (int c = 0; c < k; c++) {
          if (SHARED_BY_HOUSEHOLDS.contains(names.get(c))) {
            change = Math.max(change, maximise(h[c], household[c]));
          }
        }
      }
      double nextPrior = Math.min(0.3, Math.max(expectedMatches, 1e-3) / possiblePairs);
      double nextHousehold = !households ? 0
          : Math.min(0.3, Math.max(expectedHouseholds, 1e-3) / possiblePairs);
      // Priors move relative to the match prior: a household share dying out towards zero in
      // data without households stops mattering long before it stops moving.
      change = Math.max(change, Math.abs(nextPrior - prior) / nextPrior);
      change = Math.max(change, Math.abs(nextHousehold - householdPrior) / nextPrior);
      prior = nextPrior;
      householdPrior = nextHousehold;
      converged = change < TOLERANCE;
    }
    return new Model(prior, m, householdPrior, households ? h : null, iteration, converged);
  }

  /** 0.8 (0.85 for m) on one level, the rest spread evenly. */
  private static double[] startingPoint(int levels, int favoured) {
    double[] p = new double[levels];
    double top = favoured == 0 ? 0.85 : 0.8;
    Arrays.fill(p, (1 - top) / (levels - 1));
    p[favoured] = top;
    return p;
  }

  private static double[][] zeros(int[] levels) {
    double[][] z = new double[levels.length][];
    for (int c = 0; c < levels.length; c++) {
      z[c] = new double[levels[c]];
    }
    return z;
  }

  /** Re-estimates each row from expected counts; returns the largest change. */
  private static double maximise(double[][] probabilities, double[][] expected) {
    double change = 0;
    for (int c = 0; c < probabilities.length; c++) {
      change = Math.max(change, maximise(probabilities[c], expected[c]));
    }
    return change;
  }

  private static double maximise(double[] probabilities, double[] expected) {
    int n = probabilities.length;
    double sum = Arrays.stream(expected).sum() + 1;
    double change = 0;
    for (int l = 0; l < n; l++) {
      double next = (expected[l] + 1.0 / n) / sum;
      change = Math.max(change, Math.abs(next - probabilities[l]));
      probabilities[l] = next;
    }
    return change;
  }
}
