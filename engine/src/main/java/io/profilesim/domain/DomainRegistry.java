package io.profilesim.domain;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/**
 * The domains of the account, in name order (which is also the ListDomains order). Creation and
 * deletion are serialised so that the quota of {@value #MAX_DOMAINS} domains holds under races;
 * look-ups are lock-free.
 */
public final class DomainRegistry {
  /** AWS quota: domains per account and region. */
  public static final int MAX_DOMAINS = 100;

  private final NavigableMap<String, Domain> domains = new ConcurrentSkipListMap<>();
  private final long seed;

  /** @param seed mixed into the identifiers the domains' stores generate */
  public DomainRegistry(long seed) {
    this.seed = seed;
  }

  /**
   * Adds a domain with this configuration, unless one of its name exists or the quota is reached,
   * and runs {@code onCreated} before any other operation can see the new domain.
   *
   * @throws BadRequestException if the name is taken or {@value #MAX_DOMAINS} domains exist
   */
  public Domain create(DomainConfig config, Consumer<Domain> onCreated) {
    String name = config.domainName();
    Domain domain;
    Lock write;
    synchronized (this) {
      if (domains.containsKey(name)) {
        throw new BadRequestException("Domain " + name + " already exists");
      }
      if (domains.size() >= MAX_DOMAINS) {
        throw new BadRequestException("Cannot create domain " + name + ": the account already has "
            + MAX_DOMAINS + " domains, the most Customer Profiles allows per region");
      }
      domain = new Domain(config, seed);
      // Locked before it is published, so an operation that finds it waits until creation is done.
      write = domain.lock().writeLock();
      write.lock();
      domains.put(name, domain);
    }
    try {
      onCreated.accept(domain);
      return domain;
    } finally {
      write.unlock();
    }
  }

  /**
   * Returns the domain of that name.
   *
   * @throws ResourceNotFoundException if there is none
   */
  public Domain get(String name) {
    Domain domain = domains.get(name);
    if (domain == null) {
      throw notFound(name);
    }
    return domain;
  }

  /** Returns the domain of that name, or {@code null} if there is none. */
  public Domain find(String name) {
    return name == null ? null : domains.get(name);
  }

  /** Removes the domain; the caller holds its write lock, so no operation is half-way through it. */
  public synchronized void remove(Domain domain) {
    domains.remove(domain.name(), domain);
    domain.markDeleted();
  }

  /** Returns up to {@code max} domains whose names come after {@code afterName} (null: from the start). */
  public List<Domain> page(String afterName, int max) {
    NavigableMap<String, Domain> tail = afterName == null ? domains : domains.tailMap(afterName, false);
    List<Domain> page = new ArrayList<>(Math.min(max, tail.size()));
    for (Domain d : tail.values()) {
      if (page.size() == max) {
        break;
      }
      page.add(d);
    }
    return page;
  }

  /** Returns whether any domain's name comes after {@code name}. */
  public boolean hasAfter(String name) {
    return domains.higherKey(name) != null;
  }

  /** Returns every domain, in name order. */
  public List<Domain> all() {
    return List.copyOf(domains.values());
  }

  public static ResourceNotFoundException notFound(String name) {
    return new ResourceNotFoundException("Domain " + name + " not found");
  }
}
