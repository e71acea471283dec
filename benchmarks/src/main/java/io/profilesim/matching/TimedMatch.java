package io.profilesim.matching;

import java.util.Locale;

/**
 * One timed matching call outside JMH, so that the heap is exactly the run's own: JMH's stage
 * benchmark keeps every stage's output alive at once and needs more. Prints the wall-clock time of
 * {@code MatchingEngine.match} on {@code N} generated profiles (seed 42) and what it found.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar io.profilesim.matching.TimedMatch 1000000
 * </pre>
 */
public final class TimedMatch {
  private TimedMatch() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    GeneratedProfiles.Data data = GeneratedProfiles.generate(n, 42);
    long start = System.nanoTime();
    MatchResult result = MatchingEngine.create().match(data.profiles(), MatchingSettings.defaults());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%,d profiles matched in %.1f s: %,d candidate pairs, %,d groups,"
        + " max heap %,d MB%n", n, seconds, result.blocking().candidatePairs(),
        result.groups().size(), Runtime.getRuntime().maxMemory() >> 20);
  }
}
