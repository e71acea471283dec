package io.profilesim.ingest;

import io.profilesim.CustomerProfiles;
import io.profilesim.model.CreateDomainRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PutProfileObject through the library API: {@code objects} CRM records (each a new customer, so
 * each creates a profile) ingested into one empty domain by {@code threads} threads. One invocation
 * ingests them all; objects per second = {@code objects} / the reported time.
 *
 * <p>With {@code -p domains=2}, thread t writes to domain t mod 2 instead: the same work without
 * the threads sharing a domain's lock and store, which shows what sharing them costs.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar IngestionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class IngestionBenchmark {
  private static final String DOMAIN = "bench";

  @Param({"1000000"})
  int objects;

  @Param({"1", "2"})
  int threads;

  /** How many domains the threads share out between them: thread t writes to domain t mod this. */
  @Param({"1"})
  int domains = 1;

  private String[] records;
  private CustomerProfiles profiles;

  @Setup(Level.Trial)
  public void makeRecords() {
    CrmObjects crm = new CrmObjects(42);
    records = new String[objects];
    for (int i = 0; i < objects; i++) {
      records[i] = crm.object(i);
    }
  }

  @Setup(Level.Iteration)
  public void newDomain() {
    // The previous iteration's domain is garbage now; collect it here, not in the measured part.
    System.gc();
    profiles = CustomerProfiles.builder().seed(42).build();
    for (int d = 0; d < domains; d++) {
      profiles.createDomain(
          CreateDomainRequest.builder()
              .domainName(domainName(d))
              .defaultExpirationDays(365)
              .deadLetterQueueUrl("profilesim://dlq/bench")
              .build());
      profiles.putProfileObjectType(CrmObjects.objectType(domainName(d)));
    }
  }

  @TearDown(Level.Iteration)
  public void dropDomain() {
    profiles.close();
    profiles = null;
  }

  /** Ingests every record; returns how many were stored. */
  @Benchmark
  public long ingest() throws InterruptedException {
    List<Thread> workers = new ArrayList<>();
    long[] stored = new long[threads];
    for (int t = 0; t < threads; t++) {
      int worker = t;
      String domain = domainName(t % domains);
      workers.add(
          new Thread(
              () -> {
                // Counted in a local and written once: the workers' slots of stored share a
                // cache line, and a write per object from each thread would bounce it between
                // the cores, a cost of the harness and not of the library.
                long count = 0;
                for (int i = worker; i < records.length; i += threads) {
                  if (profiles
                          .putProfileObject(domain, CrmObjects.TYPE, records[i])
                          .profileObjectUniqueKey()
                      != null) {
                    count++;
                  }
                }
                stored[worker] = count;
              },
              "ingest-" + t));
    }
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      w.join();
    }
    long total = 0;
    for (long s : stored) {
      total += s;
    }
    return total;
  }

  /** The first domain is {@code bench}, the others {@code bench-2}, {@code bench-3}... */
  static String domainName(int d) {
    return d == 0 ? DOMAIN : DOMAIN + "-" + (d + 1);
  }

  CustomerProfiles profiles() {
    return profiles;
  }
}
