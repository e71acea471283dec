package io.profilesim;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.ListDomainsRequest;
import io.profilesim.model.TagResourceRequest;
import io.profilesim.model.UpdateDomainRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Races on domains: each operation is atomic and none is lost, as with the service. */
final class DomainConcurrencyTest {
  private static final int THREADS = 8;

  private final CustomerProfiles profiles = CustomerProfiles.builder()
      .clock(TestClock.at("2026-01-03T00:00:00Z")).build();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Runs the task on every thread at once and returns what each returned. */
  private <T> List<T> race(Callable<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    return results;
  }

  @RepeatedTest(5)
  void createUpdateDelete_onOneDomain_failOnlyAsTheServiceWould() throws Exception {
    AtomicInteger created = new AtomicInteger();
    AtomicInteger deleted = new AtomicInteger();
    AtomicInteger thread = new AtomicInteger();

    List<String> unexpected = race(() -> {
      int me = thread.getAndIncrement();
      List<String> errors = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        try {
          switch ((i + me) % 4) {
            case 0 -> {
              profiles.createDomain(CreateDomainRequest.builder().domainName("race").defaultExpirationDays(1).build());
              created.incrementAndGet();
            }
            case 1 -> profiles.updateDomain(UpdateDomainRequest.builder().domainName("race")
                .defaultExpirationDays(1 + i).tags(Map.of("t" + me, "v")).build());
            case 2 -> profiles.getDomain("race");
            default -> {
              profiles.deleteDomain("race");
              deleted.incrementAndGet();
            }
          }
        } catch (ResourceNotFoundException e) {
          // the domain was deleted by another thread first
        } catch (BadRequestException e) {
          if (!e.getMessage().equals("Domain race already exists")) {
            errors.add(e.getMessage());
          }
        } catch (RuntimeException e) {
          errors.add(e.toString());
        }
      }
      return errors;
    }).stream().flatMap(List::stream).toList();

    assertThat(unexpected).isEmpty();
    int live = created.get() - deleted.get();
    assertThat(live).isBetween(0, 1);
    assertThat(profiles.listDomains(new ListDomainsRequest(null, null)).items()).hasSize(live);
  }

  @Test
  void concurrentTagging_losesNoTag() throws Exception {
    profiles.createDomain(CreateDomainRequest.builder().domainName("retail").defaultExpirationDays(1).build());
    String arn = profiles.domainArn("retail");
    AtomicInteger thread = new AtomicInteger();

    race(() -> {
      int me = thread.getAndIncrement();
      for (int i = 0; i < 6; i++) {
        if (i % 2 == 0) {
          profiles.tagResource(new TagResourceRequest(arn, Map.of("t" + me + "_" + i, "v")));
        } else {
          profiles.updateDomain(UpdateDomainRequest.builder().domainName("retail")
              .tags(Map.of("t" + me + "_" + i, "v")).build());
        }
      }
      return null;
    });

    assertThat(profiles.getDomain("retail").tags()).hasSize(THREADS * 6);
  }

  @Test
  void concurrentCreation_neverExceedsTheQuota() throws Exception {
    AtomicInteger next = new AtomicInteger();

    int refused = race(() -> {
      int mine = 0;
      for (int i = 0; i < 20; i++) {
        try {
          profiles.createDomain(CreateDomainRequest.builder()
              .domainName("d" + next.getAndIncrement()).defaultExpirationDays(1).build());
        } catch (BadRequestException e) {
          mine++;
        }
      }
      return mine;
    }).stream().mapToInt(Integer::intValue).sum();

    assertThat(refused).isEqualTo(THREADS * 20 - 100);
    assertThat(profiles.listDomains(new ListDomainsRequest(null, 100)).items()).hasSize(100);
  }
}
