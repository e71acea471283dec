package io.profilesim.model;

/**
 * The {@code IdentityResolutionJobStatus} enumeration of the service model. Constants are named by
 * their wire values.
 */
public enum IdentityResolutionJobStatus {
  PENDING,
  PREPROCESSING,
  FIND_MATCHING,
  MERGING,
  COMPLETED,
  PARTIAL_SUCCESS,
  FAILED
}
