package io.profilesim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.DomainStats;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the ingestion benchmark once on a thousand records, so it cannot rot unnoticed. */
final class IngestionBenchmarkTest {
  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void ingest_storesEveryRecordAsAProfile(int threads) throws InterruptedException {
    IngestionBenchmark benchmark = new IngestionBenchmark();
    benchmark.objects = 1000;
    benchmark.threads = threads;
    benchmark.makeRecords();
    benchmark.newDomain();

    long stored = benchmark.ingest();

    assertThat(stored).isEqualTo(1000);
    DomainStats stats = benchmark.profiles().getDomain("bench").stats();
    assertThat(stats.profileCount()).isEqualTo(1000L);
    assertThat(stats.objectCount()).isEqualTo(1000L);
    assertThat(benchmark.profiles().deadLetterQueue("profilesim://dlq/bench")).isEmpty();
    benchmark.dropDomain();
  }

  @Test
  void ingest_withTwoDomains_givesEachThreadsRecordsToItsOwnDomain() throws InterruptedException {
    IngestionBenchmark benchmark = new IngestionBenchmark();
    benchmark.objects = 1001;
    benchmark.threads = 2;
    benchmark.domains = 2;
    benchmark.makeRecords();
    benchmark.newDomain();

    long stored = benchmark.ingest();

    assertThat(stored).isEqualTo(1001);
    assertThat(benchmark.profiles().getDomain("bench").stats().profileCount()).isEqualTo(501L);
    assertThat(benchmark.profiles().getDomain("bench-2").stats().profileCount()).isEqualTo(500L);
    benchmark.dropDomain();
  }

  @Test
  void timedIngestion_printsEachRoundsCollectionsTheRestAndTheCopyOfWhatItLeft()
      throws InterruptedException {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      TimedIngestion.main(new String[] {"500", "2", "2"});
    } finally {
      System.setOut(original);
    }

    // The build's tests run with the throughput collector (surefire.argLine), under which each
    // round also reports the young collection copying what it left.
    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .hasSize(2)
        .allMatch(l -> l.matches("round [12]: 500 objects stored in [\\d,]+ ms: [\\d,]+ ms in"
            + " collections, -?[\\d,]+ ms outside \\([\\d,]+ objects/s\\)"
            + "; then [\\d,]+ ms copying what it left"));
  }

  @ParameterizedTest(name = "record {0}")
  @ValueSource(ints = {0, 7, 999_999})
  void records_dependOnlyOnSeedAndIndex(int i) {
    assertThat(new CrmObjects(42).object(i))
        .isEqualTo(new CrmObjects(42).object(i))
        .isNotEqualTo(new CrmObjects(43).object(i));
  }
}
