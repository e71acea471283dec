package io.profilesim.job;

import io.profilesim.CustomerProfiles;
import io.profilesim.json.AwsJson;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.ConflictResolution;
import io.profilesim.model.ConflictResolvingModel;
import io.profilesim.model.Consolidation;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.ExportingConfig;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.S3ExportingConfig;
import io.profilesim.samples.generate.CustomerDataGenerator;
import io.profilesim.samples.generate.GeneratorSettings;
import io.profilesim.samples.generate.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The whole Identity Resolution Job through the facade: a domain with matching and an S3 export,
 * the generator's files (seed 42) bulk-ingested through their object types before each iteration
 * (not timed), then {@code runIdentityResolutionJob} timed: snapshot, match, auto-merge (groups
 * scoring 0.95 or more, by email, then by phone and family name, RECENCY) and export.
 *
 * <p>The fork runs the throughput collector, as a batch job should: the store's million profiles
 * stay live beside the job's arrays, and G1's pauses and full collection cost the job at 1M about
 * a sixth more time in 3 GB (the README gives both).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WholeJobBenchmark -p records=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class WholeJobBenchmark {
  static final String DOMAIN = "bench";
  private static final Instant NOW = Instant.parse("2026-01-03T00:00:00Z");

  @Param({"10000", "100000", "1000000"})
  int records;

  private Path data;
  private Path exportRoot;
  private CustomerProfiles profiles;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    data = Files.createTempDirectory("profilesim-job-bench");
    exportRoot = data.resolve("s3");
    CustomerDataGenerator.create(GeneratorSettings.defaults(records, 42))
        .writeTo(data.resolve("generated"), CustomerDataGenerator.ProgressListener.none());
  }

  @Setup(Level.Iteration)
  public void ingest() {
    profiles = CustomerProfiles.builder().seed(42).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .exportRoot(exportRoot).build();
    profiles.createDomain(CreateDomainRequest.builder()
        .domainName(DOMAIN)
        .defaultExpirationDays(365)
        .deadLetterQueueUrl("profilesim://dlq/" + DOMAIN)
        .matching(MatchingRequest.builder()
            .enabled(true)
            .autoMerging(AutoMerging.builder()
                .enabled(true)
                .consolidation(new Consolidation(List.of(List.of("EmailAddress"),
                    List.of("PhoneNumber", "LastName"))))
                .conflictResolution(new ConflictResolution(ConflictResolvingModel.RECENCY, null))
                .minAllowedConfidenceScoreForMerging(0.95)
                .build())
            .exportingConfig(new ExportingConfig(new S3ExportingConfig("results", "identity")))
            .build())
        .build());
    for (Source source : Source.values()) {
      profiles.putProfileObjectType(AwsJson.read(source.putProfileObjectTypeRequest(),
          PutProfileObjectTypeRequest.class).toBuilder().domainName(DOMAIN).build());
      profiles.ingestFile(DOMAIN, source.objectTypeName(),
          data.resolve("generated").resolve(source.fileName()), null);
    }
    // The previous iteration's instance is garbage now; collect it here, not in the timed part.
    System.gc();
  }

  @TearDown(Level.Iteration)
  public void dropInstance() throws IOException {
    profiles.close();
    profiles = null;
    delete(exportRoot);
  }

  @TearDown(Level.Trial)
  public void deleteData() throws IOException {
    delete(data);
  }

  /** Runs the job now; returns it, finished. */
  @Benchmark
  public GetIdentityResolutionJobResponse runJob() {
    return profiles.runIdentityResolutionJob(DOMAIN);
  }

  CustomerProfiles profiles() {
    return profiles;
  }

  Path exportRoot() {
    return exportRoot;
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
