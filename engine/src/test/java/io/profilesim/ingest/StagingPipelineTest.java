package io.profilesim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.ingest.ProfileObjectService.Staged;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

final class StagingPipelineTest {
  private final List<Long> committed = new ArrayList<>();
  private final Set<String> stagingThreads = ConcurrentHashMap.newKeySet();

  /** A row that records where it was staged, taking a while if it is in the first batch. */
  private Supplier<Staged> row(long n) {
    return () -> {
      stagingThreads.add(Thread.currentThread().getName());
      if (n < StagingPipeline.BATCH_ROWS) {
        sleep(); // so that later batches finish staging first
      }
      return ProfileObjectService.rejected("{}", "row " + n, "test", n);
    };
  }

  private void commit(Staged s) {
    committed.add(s.line());
  }

  @Test
  void rowsAreCommittedInTheOrderTheyWereAdded_whicheverWorkerStagedThem() {
    try (StagingPipeline pipeline = new StagingPipeline(3, this::commit)) {
      for (long n = 0; n < 5_000; n++) {
        pipeline.add(row(n));
      }
      pipeline.finish();
    }

    assertThat(committed).containsExactlyElementsOf(LongStream.range(0, 5_000).boxed().toList());
    assertThat(stagingThreads).anyMatch(name -> name.startsWith("profilesim-staging-"));
  }

  @Test
  void rowsFewerThanABatch_areStagedInTheCallingThread() {
    try (StagingPipeline pipeline = new StagingPipeline(4, this::commit)) {
      for (long n = 0; n < 10; n++) {
        pipeline.add(row(n + StagingPipeline.BATCH_ROWS));
      }
      assertThat(committed).isEmpty();
      pipeline.finish();
    }

    assertThat(committed).hasSize(10).isSorted();
    assertThat(stagingThreads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void withOneWorker_eachRowIsStagedAndCommittedAsItIsAdded() {
    try (StagingPipeline pipeline = new StagingPipeline(1, this::commit)) {
      pipeline.add(row(1_000));
      assertThat(committed).containsExactly(1_000L);
      pipeline.add(row(1_001));
      assertThat(committed).containsExactly(1_000L, 1_001L);
    }
    assertThat(stagingThreads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aRowThatFailsToStage_failsTheRunWithItsOwnException_afterTheRowsBeforeItsBatch() {
    int batch = StagingPipeline.BATCH_ROWS;
    assertThatThrownBy(
            () -> {
              try (StagingPipeline pipeline = new StagingPipeline(2, this::commit)) {
                for (long n = 0; n < 10 * batch; n++) {
                  long row = n;
                  pipeline.add(
                      row == batch + 10
                          ? () -> {
                            throw new IllegalArgumentException("row " + row + " is broken");
                          }
                          : row(row));
                }
                pipeline.finish();
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row " + (batch + 10) + " is broken");

    assertThat(committed).containsExactlyElementsOf(LongStream.range(0, batch).boxed().toList());
  }

  private static void sleep() {
    try {
      Thread.sleep(0, 200_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
