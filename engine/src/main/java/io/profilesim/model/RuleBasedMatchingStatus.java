package io.profilesim.model;

/**
 * The {@code RuleBasedMatchingStatus} enumeration of the service model. Constants are named by
 * their wire values.
 */
public enum RuleBasedMatchingStatus {
  PENDING,
  IN_PROGRESS,
  ACTIVE
}
