package io.profilesim.domain;

/**
 * Told after a domain's configuration changes, for parts that keep state derived from it (the job
 * schedule, say). Called with the domain's write lock held, so a listener must be quick and must
 * not call back into the domain operations.
 */
public interface DomainListener {
  /** The domain was created, or its configuration changed from {@code before} to its current one. */
  default void configured(Domain domain, DomainConfig before) {}

  /** The domain was deleted, with all its data. */
  default void deleted(Domain domain) {}
}
