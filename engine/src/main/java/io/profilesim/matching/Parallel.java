package io.profilesim.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Splits index ranges into fixed chunks run on a pool. Each chunk writes only its own slice of the
 * output, so results never depend on which thread ran what, or when.
 */
final class Parallel {
  /**
   * Small enough that the threads finish together at 100,000 profiles (rows in 13 chunks: with
   * 65,536 it was two, one thread writing two thirds of them), large enough that a chunk's task
   * and state cost nothing beside its work.
   */
  static final int CHUNK = 1 << 13;

  private Parallel() {}

  /** A task over {@code [from, to)}. */
  @FunctionalInterface
  interface Range {
    void run(int from, int to);
  }

  /** A task over {@code [from, to)} with a worker's state. */
  @FunctionalInterface
  interface RangeWith<S> {
    void run(S state, int from, int to);
  }

  /**
   * {@link #forRange(ExecutorService, int, Range)} where each chunk gets a state (caches) that
   * other chunks used before it, never two at once: as many states are made as chunks run at the
   * same time, so a cache stays warm from one chunk to the next. Task results must not depend on
   * the state's history.
   */
  static <S> void forRange(ExecutorService pool, int n, Supplier<S> state, RangeWith<S> task) {
    Queue<S> idle = new ConcurrentLinkedQueue<>();
    forRange(pool, n, (from, to) -> {
      S s = idle.poll();
      if (s == null) {
        s = state.get();
      }
      try {
        task.run(s, from, to);
      } finally {
        idle.add(s);
      }
    });
  }

  /** Runs {@code task} over {@code [0, n)} in chunks and waits for all of them. */
  static void forRange(ExecutorService pool, int n, Range task) {
    if (n <= CHUNK) {
      task.run(0, n);
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int from = 0; from < n; from += CHUNK) {
      int start = from;
      int end = Math.min(n, from + CHUNK);
      futures.add(pool.submit(() -> task.run(start, end)));
    }
    for (Future<?> f : futures) {
      join(f);
    }
  }

  /** The result of a task, rethrowing what it threw. */
  static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
