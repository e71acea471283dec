package io.profilesim.model;

/**
 * The {@code ConflictResolvingModel} enumeration of the service model. Constants are named by their
 * wire values.
 */
public enum ConflictResolvingModel {
  RECENCY,
  SOURCE
}
