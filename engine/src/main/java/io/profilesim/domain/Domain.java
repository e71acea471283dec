package io.profilesim.domain;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One domain: its configuration and the state the other operations attach to it. A domain is
 * guarded by its own read-write lock: operations that change it hold the write lock; readers of
 * several related values hold the read lock to see them consistent.
 */
public final class Domain {
  private final String name;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final DomainStatsCounter stats = new DomainStatsCounter();
  private volatile DomainConfig config;
  private volatile boolean deleted;

  Domain(DomainConfig config) {
    this.name = config.domainName();
    this.config = config;
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

  /** Returns whether DeleteDomain removed this domain; a holder of a stale reference must stop. */
  public boolean isDeleted() {
    return deleted;
  }

  void markDeleted() {
    deleted = true;
  }
}
