package io.profilesim.domain;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One domain: its configuration, its profile store and the state the other operations attach to
 * it. A domain is guarded by its own read-write lock: operations that change it hold the write
 * lock; readers of several related values hold the read lock to see them consistent.
 */
public final class Domain {
  private static final int WRITE_SPINS = 200;

  private final String name;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final DomainStatsCounter stats = new DomainStatsCounter();
  private final ProfileStore store;
  private final Map<Class<?>, Object> attachments = new ConcurrentHashMap<>();
  private volatile DomainConfig config;
  private volatile boolean deleted;

  Domain(DomainConfig config, long seed) {
    this(config, seed, new KeyIndex());
  }

  /** A domain whose store files keys in the given index: tests give one that forces clashes. */
  Domain(DomainConfig config, long seed, KeyIndex index) {
    this.name = config.domainName();
    this.config = config;
    this.store = new ProfileStore(name, lock, stats, seed, index);
  }

  public String name() {
    return name;
  }

  /** Returns the current configuration; a consistent, immutable snapshot. */
  public DomainConfig config() {
    return config;
  }

  /** Replaces the configuration; the caller holds the write lock. */
  void config(DomainConfig newConfig) {
    this.config = newConfig;
  }

  public ReadWriteLock lock() {
    return lock;
  }

  public DomainStatsCounter stats() {
    return stats;
  }

  /** Returns the domain's profiles, objects and keys. */
  public ProfileStore store() {
    return store;
  }

  /**
   * Returns the state of kind {@code kind} that a feature package keeps for this domain (its
   * object types, say), creating it with {@code factory} on first use. It lives and dies with the
   * domain, and the domain package need not know the feature.
   */
  public <T> T attachment(Class<T> kind, Supplier<T> factory) {
    // Ingestion asks for the object types of every object; a plain read allocates nothing.
    Object attached = attachments.get(kind);
    if (attached == null) {
      attached = attachments.computeIfAbsent(kind, k -> factory.get());
    }
    return kind.cast(attached);
  }

  /**
   * Removes what has expired by {@code now} (see {@link ProfileStore#expire}), taking the write
   * lock only when something is due. The caller must not hold the read lock.
   */
  public void expireDue(Instant now) {
    if (store.nextExpiryMillis() > now.toEpochMilli()) {
      return;
    }
    lockForWriting();
    try {
      if (!deleted) {
        store.expire(now);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs {@code action} under the read lock, after checking that the domain still exists.
   *
   * @throws io.profilesim.exception.ResourceNotFoundException if DeleteDomain removed it
   */
  public <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      requireLive();
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs {@code action} under the write lock, after checking that the domain still exists.
   *
   * @throws io.profilesim.exception.ResourceNotFoundException if DeleteDomain removed it
   */
  public <T> T write(Supplier<T> action) {
    lockForWriting();
    try {
      requireLive();
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Takes the write lock, spinning briefly before parking: ingestion holds it for a couple of
   * microseconds per object, far less than parking and waking a thread costs, so two ingesting
   * threads would otherwise spend their time handing the lock over through the scheduler.
   */
  private void lockForWriting() {
    ReentrantReadWriteLock.WriteLock write = lock.writeLock();
    for (int spin = 0; spin < WRITE_SPINS; spin++) {
      if (write.tryLock()) {
        return;
      }
      Thread.onSpinWait();
    }
    write.lock();
  }

  /** Fails an operation that raced with DeleteDomain and lost. */
  void requireLive() {
    if (deleted) {
      throw DomainRegistry.notFound(name);
    }
  }

  /** Returns whether DeleteDomain removed this domain; a holder of a stale reference must stop. */
  public boolean isDeleted() {
    return deleted;
  }

  void markDeleted() {
    deleted = true;
  }
}
