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

  private Blocking() {}

  /** Candidate pairs, sorted and distinct, with the report of how they were found. */
  record Candidates(long[] pairs, BlockingReport report) {}

  /** The largest number of profiles one job can hold (profile indexes use 27 bits of a long). */
  static final int MAX_PROFILES = 1 << PROFILE_BITS;

  static Candidates candidates(ProfileTable t, List<BlockingKey> keys, int maxBlockSize,
      ExecutorService pool) {
    List<Future<KeyResult>> futures = new ArrayList<>();
    for (BlockingKey key : keys) {
      futures.add(pool.submit(() -> block(t, key, maxBlockSize)));
    }
    List<BlockingReport.KeyReport> reports = new ArrayList<>();
    List<BlockingReport.CappedBlock> capped = new ArrayList<>();
    List<long[]> perKey = new ArrayList<>();
    for (Future<KeyResult> f : futures) {
      KeyResult r = Parallel.join(f);
      reports.add(r.report);
      capped.addAll(r.capped);
      perKey.add(r.pairs);
    }
    long[] pairs = union(perKey, t.size, pool);
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

  /** Pairs proposed by one key. */
  static KeyResult block(ProfileTable t, BlockingKey key, int maxBlockSize) {
    Entries sorted = entries(t, key);
    long[] entries = sorted.entries;
    LongList pairs = new LongList(entries.length);
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
    return new KeyResult(pairs.toArray(),
        new BlockingReport.KeyReport(key.name, blocks, pairs.size(), cappedCount), capped);
  }

  /**
   * The union of the keys' pairs (each in any order, with repeats), sorted and distinct. The
   * pairs are dealt into buckets by their first profile, so the buckets sort on the pool
   * independently and, laid end to end in bucket order, are the sorted whole: one sort of every
   * pair was the blocking stage's largest cost, and a merge of per-key sorted arrays its
   * second. Each key's array is dropped as soon as it is dealt, to keep the peak heap down.
   *
   * @param perKey emptied as the arrays are dealt
   */
  static long[] union(List<long[]> perKey, int profiles, ExecutorService pool) {
    long total = 0;
    for (long[] a : perKey) {
      total += a.length;
    }
    int buckets = (int) Math.max(1, Math.min(256, total >> 16));
    int[] sizes = new int[buckets];
    for (long[] a : perKey) {
      for (long p : a) {
        sizes[bucket(p, buckets, profiles)]++;
      }
    }
    long[][] dealt = new long[buckets][];
    for (int b = 0; b < buckets; b++) {
      dealt[b] = new long[sizes[b]];
    }
    int[] filled = new int[buckets];
    for (int k = 0; k < perKey.size(); k++) {
      for (long p : perKey.get(k)) {
        int b = bucket(p, buckets, profiles);
        dealt[b][filled[b]++] = p;
      }
      perKey.set(k, null);
    }
    List<Future<long[]>> sorted = new ArrayList<>();
    for (long[] d : dealt) {
      sorted.add(pool.submit(() -> distinctSorted(d)));
    }
    long[][] parts = new long[buckets][];
    int length = 0;
    for (int b = 0; b < buckets; b++) {
      parts[b] = Parallel.join(sorted.get(b));
      dealt[b] = null;
      length += parts[b].length;
    }
    long[] out = new long[length];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  /** Buckets cover equal ranges of first profiles, in order. */
  private static int bucket(long pair, int buckets, int profiles) {
    return (int) ((long) first(pair) * buckets / profiles);
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

  /** Sorts in place and returns the distinct values. */
  private static long[] distinctSorted(long[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int k = 0; k < values.length; k++) {
      if (n == 0 || values[k] != values[n - 1]) {
        values[n++] = values[k];
      }
    }
    return Arrays.copyOf(values, n);
  }


  /** What one key proposed. */
  record KeyResult(long[] pairs, BlockingReport.KeyReport report,
      List<BlockingReport.CappedBlock> capped) {}
}
