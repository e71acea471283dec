package io.profilesim.domain;

import io.profilesim.model.DomainStats;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters behind {@code GetDomain.Stats}, kept up to date by every change to the store so that
 * GetDomain answers in constant time. {@code MeteringProfileCount} counts each profile as
 * {@code max(1, ceil(objects / 100))}: a profile with 101 objects is billed as two.
 */
public final class DomainStatsCounter {
  private final AtomicLong profiles = new AtomicLong();
  private final AtomicLong meteringProfiles = new AtomicLong();
  private final AtomicLong objects = new AtomicLong();
  private final AtomicLong totalSize = new AtomicLong();

  /** Returns how many profiles a profile holding {@code objectCount} objects is billed as. */
  public static long meteringUnits(long objectCount) {
    return Math.max(1, (objectCount + 99) / 100);
  }

  /** Records a new profile that holds {@code objectCount} objects. */
  public void profileAdded(long objectCount) {
    profiles.incrementAndGet();
    meteringProfiles.addAndGet(meteringUnits(objectCount));
  }

  /** Records the removal of a profile that held {@code objectCount} objects. */
  public void profileRemoved(long objectCount) {
    profiles.decrementAndGet();
    meteringProfiles.addAndGet(-meteringUnits(objectCount));
  }

  /**
   * Records that a profile's object count changed from {@code before} to {@code after}, with
   * {@code bytesDelta} more (or fewer) bytes of objects in the domain.
   */
  public void objectsChanged(long before, long after, long bytesDelta) {
    objects.addAndGet(after - before);
    totalSize.addAndGet(bytesDelta);
    meteringProfiles.addAndGet(meteringUnits(after) - meteringUnits(before));
  }

  /** Returns the current figures in the service's shape. */
  public DomainStats snapshot() {
    return new DomainStats(profiles.get(), meteringProfiles.get(), objects.get(), totalSize.get());
  }
}
