package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class ParallelTest {
  @Test
  void forRangeWithState_coversEveryIndexOnce_andNeverLendsAStateToTwoChunksAtOnce() {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      int n = Parallel.CHUNK * 10 + 123;
      int[] seen = new int[n];
      AtomicInteger made = new AtomicInteger();
      Set<AtomicBoolean> states = ConcurrentHashMap.newKeySet();
      Parallel.forRange(pool, n, () -> {
        made.incrementAndGet();
        AtomicBoolean inUse = new AtomicBoolean();
        states.add(inUse);
        return inUse;
      }, (inUse, from, to) -> {
        assertThat(inUse.compareAndSet(false, true)).as("state lent twice").isTrue();
        for (int i = from; i < to; i++) {
          seen[i]++;
        }
        inUse.set(false);
      });
      assertThat(seen).containsOnly(1);
      assertThat(made.get()).isBetween(1, 3);
      assertThat(states).hasSize(made.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
