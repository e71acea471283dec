package io.profilesim.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The block stage: profiles sharing a blocking-key value form a block, every pair inside a block
 * is a candidate, and the candidates of all keys are merged without duplicates.
 *
 * <p>Blocks are found by sorting primitives: each key value gets a dense id from a primitive hash
 * map, each (value, profile) entry is packed into one long whose high bits are the id, and one
 * sort lines every block up.
 * A pair {@code (i, j)}, {@code i < j}, is the long {@code i << 32 | j}.
 *
 * <p>A block larger than the maximum block size is skipped whole and reported: comparing every
 * pair of a shared call-centre phone or a {@code noemail@} address would be quadratic work on
 * pairs the other keys find anyway if they are real.
 */
final class Blocking {
  private static final int PROFILE_BITS = 27;
  private static final long PROFILE_MASK = (1L << PROFILE_BITS) - 1;
  private static final int REPORTED_CAPPED_BLOCKS = 100;
  /** Blocks of two-attribute keys larger than this pair by sorted neighbourhood. */
  static final int NEIGHBOURHOOD_FROM = 20;
  /** How many following profiles each profile of such a block meets. */
  static final int WINDOW = 10;

  private Blocking() {}

  /** Candidate pairs, sorted and distinct, with the report of how they were found. */
  record Candidates(long[] pairs, BlockingReport report) {}

  /** The largest number of profiles one job can hold (profile indexes use 27 bits of a long). */
  static final int MAX_PROFILES = 1 << PROFILE_BITS;

  static Candidates candidates(ProfileTable t, List<BlockingKey> keys, int maxBlockSize,
      ExecutorService pool) {
    Buckets buckets = new Buckets(t.size);
    List<Future<KeyResult>> futures = new ArrayList<>();
    for (BlockingKey key : keys) {
      futures.add(pool.submit(() -> block(t, key, maxBlockSize, buckets)));
    }
    List<BlockingReport.KeyReport> reports = new ArrayList<>();
    List<BlockingReport.CappedBlock> capped = new ArrayList<>();
    for (Future<KeyResult> f : futures) {
      KeyResult r = Parallel.join(f);
      reports.add(r.report);
      capped.addAll(r.capped);
    }
    long[] pairs = buckets.sortedDistinct(pool);
    long possible = (long) t.size * (t.size - 1) / 2;
    capped.sort(Comparator.comparingInt(BlockingReport.CappedBlock::size).reversed()
        .thenComparing(BlockingReport.CappedBlock::key)
        .thenComparing(BlockingReport.CappedBlock::value));
    List<BlockingReport.CappedBlock> shown =
        capped.subList(0, Math.min(REPORTED_CAPPED_BLOCKS, capped.size()));
    double reduction = possible == 0 ? 1.0 : 1.0 - (double) pairs.length / possible;
    return new Candidates(pairs,
        new BlockingReport(reports, pairs.length, possible, reduction, shown));
  }

  /** Deals the pairs one key proposes into {@code out}; returns what it did. */
  static KeyResult block(ProfileTable t, BlockingKey key, int maxBlockSize, Buckets out) {
    Entries sorted = entries(t, key);
    long[] entries = sorted.entries;
    Buckets.Dealer pairs = out.dealer();
    List<BlockingReport.CappedBlock> capped = new ArrayList<>();
    long blocks = 0;
    long cappedCount = 0;
    int[] members = new int[16];
    int start = 0;
    while (start < entries.length) {
      long id = entries[start] >>> PROFILE_BITS;
      int end = start;
      int size = 0;
      while (end < entries.length && entries[end] >>> PROFILE_BITS == id) {
        int profile = (int) (entries[end] & PROFILE_MASK);
        if (size == 0 || members[size - 1] != profile) {
          if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
          }
          members[size++] = profile;
        }
        end++;
      }
      if (size > 1) {
        blocks++;
        if (size > maxBlockSize) {
          cappedCount++;
          capped.add(new BlockingReport.CappedBlock(key.name, render(key, members[0],
              sorted.distinct == null ? id : sorted.distinct[(int) id]),
              size));
        } else if (size > NEIGHBOURHOOD_FROM && key.sortsLargeBlocks()) {
          // Sorted neighbourhood: all pairs of a large block grow with the square of its size
          // (a common first name in a big city), so each profile meets only its next WINDOW
          // neighbours in an order that brings one person's profiles together.
          key.sortForNeighbourhood(members, size);
          for (int a = 0; a < size; a++) {
            for (int b = a + 1; b < size && b <= a + WINDOW; b++) {
              pairs.add(members[a] < members[b] ? pair(members[a], members[b])
                  : pair(members[b], members[a]));
            }
          }
        } else {
          for (int a = 0; a < size; a++) {
            for (int b = a + 1; b < size; b++) {
              pairs.add(pair(members[a], members[b]));
            }
          }
        }
      }
      start = end;
    }
    pairs.flush();
    return new KeyResult(
        new BlockingReport.KeyReport(key.name, blocks, pairs.dealt(), cappedCount), capped);
  }

  /**
   * Candidate pairs, dealt by their first profile into buckets that every key fills at once.
   * Keys propose a pair many times over (27.8M proposals for 16.8M pairs at a million profiles),
   * so a bucket that fills up is first sorted and cleared of repeats, and grows only if that did
   * not free a quarter of it: the heap holds about the distinct pairs, never every proposal. At
   * the end each bucket is sorted on the pool, and the buckets laid end to end in order are the
   * sorted whole, whatever order the keys dealt them in.
   */
  static final class Buckets {
    private static final int BATCH = 256;
    private final int profiles;
    private final long[][] items;
    private final int[] sizes;
    private final Object[] locks;

    Buckets(int profiles) {
      this.profiles = profiles;
      int count = Math.max(1, Math.min(1024, profiles >> 10));
      items = new long[count][];
      sizes = new int[count];
      locks = new Object[count];
      for (int b = 0; b < count; b++) {
        items[b] = new long[1024];
        locks[b] = new Object();
      }
    }

    /** A dealer for one thread: it batches pairs per bucket before taking the bucket's lock. */
    Dealer dealer() {
      return new Dealer();
    }

    private void add(int b, long[] batch, int n) {
      synchronized (locks[b]) {
        addLocked(b, batch, n);
      }
    }

    private void addLocked(int b, long[] batch, int n) {
      long[] a = items[b];
      if (sizes[b] + n > a.length) {
        sizes[b] = compact(a, sizes[b]);
        if (sizes[b] + n > a.length * 3 / 4) {
          a = Arrays.copyOf(a, Math.max(sizes[b] + n, a.length + (a.length >> 1)));
          items[b] = a;
        }
      }
      System.arraycopy(batch, 0, a, sizes[b], n);
      sizes[b] += n;
    }

    /** Every pair dealt, sorted and distinct. */
    long[] sortedDistinct(ExecutorService pool) {
      List<Future<Integer>> sorted = new ArrayList<>();
      for (int b = 0; b < items.length; b++) {
        int bucket = b;
        sorted.add(pool.submit(() -> compact(items[bucket], sizes[bucket])));
      }
      int length = 0;
      for (int b = 0; b < items.length; b++) {
        sizes[b] = Parallel.join(sorted.get(b));
        length += sizes[b];
      }
      long[] out = new long[length];
      int at = 0;
      for (int b = 0; b < items.length; b++) {
        System.arraycopy(items[b], 0, out, at, sizes[b]);
        at += sizes[b];
        items[b] = null;
      }
      return out;
    }

    /** Sorts {@code a[0, n)} and moves its distinct values to the front; returns how many. */
    private static int compact(long[] a, int n) {
      Arrays.sort(a, 0, n);
      int d = 0;
      for (int k = 0; k < n; k++) {
        if (d == 0 || a[k] != a[d - 1]) {
          a[d++] = a[k];
        }
      }
      return d;
    }

    /** Collects one thread's pairs per bucket. */
    final class Dealer {
      private final long[][] batches = new long[items.length][];
      private final int[] filled = new int[items.length];
      private long dealt;

      void add(long pair) {
        int b = (int) ((long) first(pair) * items.length / profiles);
        long[] batch = batches[b];
        if (batch == null) {
          batch = new long[BATCH];
          batches[b] = batch;
        }
        batch[filled[b]++] = pair;
        dealt++;
        if (filled[b] == BATCH) {
          Buckets.this.add(b, batch, BATCH);
          filled[b] = 0;
        }
      }

      void flush() {
        for (int b = 0; b < batches.length; b++) {
          if (filled[b] > 0) {
            Buckets.this.add(b, batches[b], filled[b]);
            filled[b] = 0;
          }
        }
      }

      long dealt() {
        return dealt;
      }
    }
  }

  static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }

  /**
   * Sorted entries {@code id(value) << 27 | profile}, one per (profile, value slot);
   * {@code values[id]} is the value back. When the key's values fit in the 37 bits left, the
   * value is its own id and one sort is all it takes; otherwise values get dense ids from a
   * primitive hash map, in the order profiles show them.
   */
  private static Entries entries(ProfileTable t, BlockingKey key) {
    int slots = key.slots();
    boolean direct = key.range() < 1L << (63 - PROFILE_BITS);
    LongIntMap ids = direct ? null : new LongIntMap(t.size);
    LongList entries = new LongList(t.size);
    LongList values = direct ? null : new LongList(t.size);
    for (int i = 0; i < t.size; i++) {
      for (int s = 0; s < slots; s++) {
        long v = key.value(i, s);
        if (v >= 0) {
          long id = v;
          if (!direct) {
            id = ids.idOf(v);
            if (id == values.size()) {
              values.add(v);
            }
          }
          entries.add((id << PROFILE_BITS) | i);
        }
      }
    }
    long[] sorted = entries.toArray();
    if (sorted.length > 1 << 16) {
      Arrays.parallelSort(sorted);
    } else {
      Arrays.sort(sorted);
    }
    return new Entries(sorted, direct ? null : values.toArray());
  }

  private record Entries(long[] entries, long[] distinct) {}

  private static String render(BlockingKey key, int profile, long value) {
    for (int s = 0; s < key.slots(); s++) {
      if (key.value(profile, s) == value) {
        return key.render(profile, s);
      }
    }
    throw new IllegalStateException("profile " + profile + " has no value " + value);
  }

  /** What one key did. */
  record KeyResult(BlockingReport.KeyReport report,
      List<BlockingReport.CappedBlock> capped) {}
}
