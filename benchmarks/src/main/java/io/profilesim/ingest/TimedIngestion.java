package io.profilesim.ingest;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * {@link IngestionBenchmark}'s work timed outside JMH, each round split into the collectors' time
 * and the rest. Every ingested object stays live, so collections are a third to half of an
 * ingestion's time, and on a shared host their share is what varies most from one hour to the
 * next; the time outside them shows a change to the ingestion code itself, which is what two
 * builds' runs in alternation should compare.
 *
 * <p>Arguments: objects (default 1,000,000), threads (2), rounds (4; the first one warms up),
 * domains (1; see {@link IngestionBenchmark#domains}).
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -Xms4g -Xmx4g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     io.profilesim.ingest.TimedIngestion 1000000 2 4
 * </pre>
 */
public final class TimedIngestion {
  private TimedIngestion() {}

  public static void main(String[] args) throws InterruptedException {
    IngestionBenchmark benchmark = new IngestionBenchmark();
    benchmark.objects = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    benchmark.threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    benchmark.domains = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    benchmark.makeRecords();
    for (int round = 1; round <= rounds; round++) {
      benchmark.newDomain();
      long collectedBefore = collectionMillis();
      long start = System.nanoTime();
      long stored = benchmark.ingest();
      long millis = (System.nanoTime() - start) / 1_000_000;
      long collected = collectionMillis() - collectedBefore;
      benchmark.dropDomain();
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d objects stored in %,d ms: %,d ms in collections, %,d ms outside"
              + " (%,d objects/s)%n",
          round,
          stored,
          millis,
          collected,
          millis - collected,
          stored * 1000 / Math.max(1, millis));
    }
  }

  /**
   * The collectors' accumulated time. With a collector that stops the application to collect (the
   * throughput collector, as in the command above, or G1's young collections) that is time no
   * object was ingested in; a concurrent collector's beans count time the ingestion ran alongside.
   */
  private static long collectionMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }
}
