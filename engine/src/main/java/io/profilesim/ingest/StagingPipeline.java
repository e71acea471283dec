package io.profilesim.ingest;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.profilesim.ingest.ProfileObjectService.Staged;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Bulk ingestion's two steps on different threads, in file order. Staging a row ({@link
 * ProfileObjectService#stage}: parse, map, normalize) is most of the work and needs no lock, so
 * worker threads stage rows a batch at a time; committing ({@link ProfileObjectService#commit},
 * under the domain's lock) stays with the calling thread, which commits the batches in the order
 * the rows were read. So a file gives the same profiles, ids, objects and dead-letter messages
 * whatever the number of workers, and memory holds at most a few batches beyond the last commit.
 *
 * <p>A file of fewer rows than a batch never starts a worker: it is staged and committed in the
 * calling thread, as everything is with one worker or none. Not thread-safe: one calling thread
 * adds the rows of one file.
 */
final class StagingPipeline implements AutoCloseable {
  /** Rows a worker stages at a time: handing over a batch costs about what staging a row does. */
  static final int BATCH_ROWS = 256;

  private static final ThreadFactory WORKERS =
      new ThreadFactoryBuilder().setNameFormat("profilesim-staging-%d").setDaemon(true).build();

  private final int workerCount;
  private final Consumer<Staged> commit;
  /** Started with the first full batch, so that small files start no thread. */
  private ExecutorService workers;
  private final ArrayDeque<Future<Staged[]>> staging = new ArrayDeque<>();
  private List<Supplier<Staged>> batch = new ArrayList<>(BATCH_ROWS);

  /**
   * @param workerCount threads that stage rows; 0 or 1 stages them in the calling thread
   * @param commit what the calling thread does with each staged row, in the order rows were added
   */
  StagingPipeline(int workerCount, Consumer<Staged> commit) {
    this.workerCount = workerCount;
    this.commit = commit;
  }

  /** Adds the next row, as the staging to run for it; may commit earlier rows. */
  void add(Supplier<Staged> row) {
    if (workerCount <= 1) {
      commit.accept(row.get());
      return;
    }
    batch.add(row);
    if (batch.size() == BATCH_ROWS) {
      submit();
    }
  }

  /** Commits every row added so far; the calling thread stages a last, partial batch itself. */
  void finish() {
    while (!staging.isEmpty()) {
      commitOldest();
    }
    for (Supplier<Staged> row : batch) {
      commit.accept(row.get());
    }
    batch.clear();
  }

  /** Stops the workers; rows staged but not committed are dropped, as the run has failed. */
  @Override
  public void close() {
    staging.forEach(f -> f.cancel(true));
    staging.clear();
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  private void submit() {
    if (workers == null) {
      workers = Executors.newFixedThreadPool(workerCount, WORKERS);
    }
    List<Supplier<Staged>> rows = batch;
    batch = new ArrayList<>(BATCH_ROWS);
    staging.add(workers.submit(() -> stageAll(rows)));
    // Two batches per worker in flight: one being staged, one waiting, so none idles.
    while (staging.size() > 2 * workerCount) {
      commitOldest();
    }
  }

  private static Staged[] stageAll(List<Supplier<Staged>> rows) {
    Staged[] staged = new Staged[rows.size()];
    for (int i = 0; i < staged.length; i++) {
      staged[i] = rows.get(i).get();
    }
    return staged;
  }

  private void commitOldest() {
    for (Staged s : await(staging.remove())) {
      commit.accept(s);
    }
  }

  private static Staged[] await(Future<Staged[]> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while ingesting");
    } catch (ExecutionException e) {
      // Staging turns every rejection into a Staged; what arrives here is a failure of the run.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
