package io.profilesim.ingest;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * {@link IngestionBenchmark}'s work timed outside JMH, each round split into the collectors' time
 * and the rest. Every ingested object stays live, so collections are a third to half of an
 * ingestion's time, and on a shared host their share is what varies most from one hour to the
 * next; the time outside them shows a change to the ingestion code itself, which is what two
 * builds' runs in alternation should compare. Under the throughput collector each round also
 * reports the young collection that copies what it stored after its last one, outside its time
 * (see {@link #copyOfWhatIsLeftMillis}); the two together are what its objects cost the collector.
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
      long left = copyOfWhatIsLeftMillis();
      benchmark.dropDomain();
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d objects stored in %,d ms: %,d ms in collections, %,d ms outside"
              + " (%,d objects/s)%s%n",
          round,
          stored,
          millis,
          collected,
          millis - collected,
          stored * 1000 / Math.max(1, millis),
          left < 0 ? "" : String.format(Locale.ROOT, "; then %,d ms copying what it left", left));
    }
  }

  /**
   * Runs {@code System.gc()} and returns the time of the young collection it starts with under
   * the throughput collector, or -1 under another collector. What a round stored after its last
   * young collection is still to be copied when the round ends; that young collection, run while
   * the domain is still held, copies it. A larger young generation leaves more of it, so the
   * round's own collections alone flatter a larger heap. (G1's {@code System.gc()} is one full
   * collection, with no young part to tell apart.)
   */
  private static long copyOfWhatIsLeftMillis() {
    GarbageCollectorMXBean young = null;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector.getName().equals("PS Scavenge")) {
        young = collector;
      }
    }
    long before = young == null ? 0 : young.getCollectionTime();
    System.gc();
    return young == null ? -1 : young.getCollectionTime() - before;
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
