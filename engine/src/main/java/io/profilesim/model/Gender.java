package io.profilesim.model;

/**
 * The {@code Gender} enumeration of the service model. Constants are named by their wire values.
 */
public enum Gender {
  MALE,
  FEMALE,
  UNSPECIFIED
}
