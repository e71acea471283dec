package io.profilesim.ingest;

import io.profilesim.CustomerProfiles;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.DomainStats;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the heap a domain holds per profile: ingests {@code N} CRM records (made one at a time,
 * so the input is never held) and compares the used heap after full collections before and after.
 * The figure covers everything the domain keeps: profiles, objects as ingested, keys, provenance
 * stamps and indexes.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -Xmx4g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     io.profilesim.ingest.IngestionFootprint 1000000
 * </pre>
 */
public final class IngestionFootprint {
  private IngestionFootprint() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    CrmObjects crm = new CrmObjects(42);
    CustomerProfiles profiles = CustomerProfiles.builder().seed(42).build();
    profiles.createDomain(
        CreateDomainRequest.builder()
            .domainName("footprint")
            .defaultExpirationDays(365)
            .deadLetterQueueUrl("profilesim://dlq/footprint")
            .build());
    profiles.putProfileObjectType(CrmObjects.objectType("footprint"));
    long before = usedAfterGc();
    for (int i = 0; i < n; i++) {
      profiles.putProfileObject("footprint", CrmObjects.TYPE, crm.object(i));
    }
    long after = usedAfterGc();
    DomainStats stats = profiles.getDomain("footprint").stats();
    System.out.printf(
        "%s%nheap held by the domain: %,d bytes = %,d bytes per profile"
            + " (%,d bytes of it the objects' JSON)%n",
        stats,
        after - before,
        (after - before) / stats.profileCount(),
        stats.totalSize() / stats.profileCount());
    profiles.close();
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
