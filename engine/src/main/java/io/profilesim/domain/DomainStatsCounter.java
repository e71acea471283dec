package io.profilesim.domain;

import io.profilesim.model.DomainStats;

/**
 * The counters behind {@code GetDomain.Stats}, kept up to date by every change to the store so that
 * GetDomain answers in constant time. {@code MeteringProfileCount} counts each profile as
 * {@code max(1, ceil(objects / 100))}: a profile with 101 objects is billed as two.
 *
 * <p>Guarded by the domain's lock, like the store: the store changes them under the write lock and
 * GetDomain reads them under the read lock, so the four figures it returns are of one moment. Plain
 * fields in one object, not atomics: ingestion changes them for every object, and two ingesting
 * threads would otherwise pass four cache lines back and forth between their cores each time.
 */
public final class DomainStatsCounter {
  private long profiles;
  private long meteringProfiles;
  private long objects;
  private long totalSize;

  /** Returns how many profiles a profile holding {@code objectCount} objects is billed as. */
  public static long meteringUnits(long objectCount) {
    return Math.max(1, (objectCount + 99) / 100);
  }

  /** Records a new profile that holds {@code objectCount} objects. */
  public void profileAdded(long objectCount) {
    profiles++;
    meteringProfiles += meteringUnits(objectCount);
  }

  /** Records the removal of a profile that held {@code objectCount} objects. */
  public void profileRemoved(long objectCount) {
    profiles--;
    meteringProfiles -= meteringUnits(objectCount);
  }

  /**
   * Records that a profile's object count changed from {@code before} to {@code after}, with
   * {@code bytesDelta} more (or fewer) bytes of objects in the domain.
   */
  public void objectsChanged(long before, long after, long bytesDelta) {
    objects += after - before;
    totalSize += bytesDelta;
    meteringProfiles += meteringUnits(after) - meteringUnits(before);
  }

  /** Returns the current figures in the service's shape. Requires the domain's read lock. */
  public DomainStats snapshot() {
    return new DomainStats(profiles, meteringProfiles, objects, totalSize);
  }
}
