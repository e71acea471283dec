package io.profilesim.model;

/**
 * The {@code ProfileType} enumeration of the service model. Constants are named by their wire
 * values.
 */
public enum ProfileType {
  ACCOUNT_PROFILE,
  PROFILE
}
