package io.profilesim.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The group stage: connected components over the links (pairs at or above the threshold), built
 * strongest link first, with a guard against chains.
 *
 * <p>Chain guard: connected components alone let A-B and B-C join A and C even when A and C are
 * plainly different people (a typo-ridden record in the middle). Before a link joins two groups,
 * every profile of one is compared with every profile of the other (up to 64 of each, the first to
 * join), and the link is refused if any such pair contradicts itself outright (given names both
 * present and different, birth dates both present and different), or if the pairs' attributes are,
 * on average, evidence against a match (mean weight before the prior, household correction
 * included, below zero: average linkage).
 * Two records of one person can each carry their own typos and disagree with each other more than
 * with the original, so one weak cross pair alone does not refuse a link; a group of someone else
 * does. Because strong links go first, a group forms around its clearest pairs and the weak link
 * that would bring in a contradiction is the one dropped.
 *
 * <p>A group's confidence score is its weakest accepted link's probability.
 */
final class Clustering {
  static final int CHECKED_MEMBERS = 64;

  private Clustering() {}

  /** Compares two profiles for the chain guard. */
  interface Conflict {
    /** Whether the pair contradicts itself outright. */
    boolean contradicts(int a, int b);

    /** The pair's match weight before the prior. */
    double evidence(int a, int b);
  }

  /**
   * The grouping.
   *
   * @param root for each profile, the representative of its group
   * @param confidence for each representative, the weakest link of its group (1 for singletons)
   * @param accepted links that joined two groups
   * @param refused links refused by the chain guard
   */
  record Groups(int[] root, double[] confidence, long accepted, long refused) {}

  /**
   * Groups {@code n} profiles.
   *
   * @param links pairs, in decreasing order of probability (ties by pair)
   * @param probability each link's probability
   */
  static Groups cluster(int n, long[] links, double[] probability, Conflict conflict) {
    int[] parent = new int[n];
    int[] size = new int[n];
    int[] next = new int[n]; // circular list of each group's members
    double[] confidence = new double[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
      next[i] = i;
      confidence[i] = 1;
    }
    long accepted = 0;
    long refused = 0;
    // Two groups refused once are refused again, by the same cross pairs, until one of them
    // grows: many links often join the same two groups, and checking up to 64 x 64 pairs for
    // each of them again was most of the grouping's time on large groups.
    int[] version = new int[n];
    Map<Long, Long> refusedAt = new HashMap<>();
    for (int e = 0; e < links.length; e++) {
      int a = find(parent, Blocking.first(links[e]));
      int b = find(parent, Blocking.second(links[e]));
      if (a == b) {
        continue;
      }
      long groups = Blocking.pair(Math.min(a, b), Math.max(a, b));
      long versions = a < b ? Blocking.pair(version[a], version[b])
          : Blocking.pair(version[b], version[a]);
      Long refusedVersions = refusedAt.get(groups);
      if (refusedVersions != null && refusedVersions == versions) {
        refused++;
        continue;
      }
      if (conflicts(a, b, next, conflict)) {
        refusedAt.put(groups, versions);
        refused++;
        continue;
      }
      int big = size[a] >= size[b] ? a : b;
      int small = big == a ? b : a;
      parent[small] = big;
      size[big] += size[small];
      version[big]++;
      int t = next[big];
      next[big] = next[small];
      next[small] = t;
      confidence[big] = Math.min(Math.min(confidence[big], confidence[small]), probability[e]);
      accepted++;
    }
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = find(parent, i);
    }
    return new Groups(root, confidence, accepted, refused);
  }

  private static boolean conflicts(int a, int b, int[] next, Conflict conflict) {
    int[] left = members(a, next);
    int[] right = members(b, next);
    // Contradictions first: they need two attributes of each pair where the evidence needs all
    // of them, and one contradiction settles the question.
    for (int x : left) {
      for (int y : right) {
        if (conflict.contradicts(Math.min(x, y), Math.max(x, y))) {
          return true;
        }
      }
    }
    double evidence = 0;
    for (int x : left) {
      for (int y : right) {
        evidence += conflict.evidence(Math.min(x, y), Math.max(x, y));
      }
    }
    return evidence < 0;
  }

  private static int[] members(int root, int[] next) {
    int[] out = new int[CHECKED_MEMBERS];
    int count = 0;
    int m = root;
    do {
      out[count++] = m;
      m = next[m];
    } while (m != root && count < CHECKED_MEMBERS);
    return Arrays.copyOf(out, count);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
