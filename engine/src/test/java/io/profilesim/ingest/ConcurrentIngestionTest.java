package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.CustomerProfiles;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.model.DomainStats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class ConcurrentIngestionTest {
  private static final int PER_THREAD = 20_000;

  @Test
  void twoThreadsPuttingObjectsIntoOneDomain_loseNothing() throws Exception {
    try (CustomerProfiles profiles = Fixtures.profiles(TestClock.atMonday())) {
      Fixtures.domain(profiles, true);
      profiles.putProfileObjectType(Fixtures.crm());
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  int stored = 0;
                  for (int i = 0; i < PER_THREAD; i++) {
                    // Both threads write to the same 1,000 profiles, so they contend on every one.
                    String json =
                        "{\"id\":\""
                            + thread
                            + "-"
                            + i
                            + "\",\"email\":\"p"
                            + (i % 1000)
                            + "@x.com\"}";
                    stored +=
                        profiles.putProfileObject(DOMAIN, "Crm", json).profileObjectUniqueKey()
                                != null
                            ? 1
                            : 0;
                  }
                  return stored;
                }));
      }
      int stored = done.get(0).get() + done.get(1).get();
      pool.shutdown();

      DomainStats stats = profiles.getDomain(DOMAIN).stats();
      assertThat(stored).isEqualTo(2 * PER_THREAD);
      assertThat(stats.objectCount()).isEqualTo(2L * PER_THREAD);
      assertThat(stats.profileCount()).isEqualTo(1000L);
      assertThat(stats).isEqualTo(Internals.domain(profiles, DOMAIN).store().recount());
      assertThat(profiles.deadLetterQueue(Fixtures.DLQ)).isEmpty();
    }
  }
}
