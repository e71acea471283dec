package io.profilesim.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A timed end-to-end run on synthetic profiles (not a test; performance figures come from runs
 * like this one or from JMH, never from assertions):
 *
 * <pre>{@code
 * mvn -B -q -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp engine/target/test-classes:engine/target/classes:$(cat engine/target/cp.txt) \
 *     io.profilesim.matching.MatchingTimedRun 1000000
 * }</pre>
 */
final class MatchingTimedRun {
  private MatchingTimedRun() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long t0 = System.nanoTime();
    SyntheticProfiles.Data data = SyntheticProfiles.generate(size, 7);
    long t1 = System.nanoTime();
    MatchResult result =
        MatchingEngine.create().match(data.profiles(), MatchingSettings.defaults());
    long t2 = System.nanoTime();
    System.out.printf("profiles %d, generated in %.1f s, matched in %.1f s%n", size,
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    System.out.printf("candidate pairs %d (%.0f per second of matching), groups %d%n",
        result.blocking().candidatePairs(),
        result.blocking().candidatePairs() / ((t2 - t1) / 1e9), result.groups().size());
    System.out.println(result.grouping());
    Map<String, Integer> person = new HashMap<>();
    List<io.profilesim.model.Profile> profiles = data.profiles();
    for (int i = 0; i < profiles.size(); i++) {
      person.put(profiles.get(i).profileId(), data.person().get(i));
    }
    long correct = 0;
    long predicted = 0;
    for (MatchGroup g : result.groups()) {
      List<String> ids = g.profileIds();
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          predicted++;
          if (person.get(ids.get(a)).equals(person.get(ids.get(b)))) {
            correct++;
          }
        }
      }
    }
    Map<Integer, Integer> sizes = new HashMap<>();
    data.person().forEach(p -> sizes.merge(p, 1, Integer::sum));
    long truePairs = sizes.values().stream().mapToLong(s -> (long) s * (s - 1) / 2).sum();
    System.out.printf("pairwise precision %.4f recall %.4f%n", (double) correct / predicted,
        (double) correct / truePairs);
  }
}
