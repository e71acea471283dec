package io.profilesim.model;

/**
 * The {@code PartyType} enumeration of the service model. Constants are named by their wire values.
 */
public enum PartyType {
  INDIVIDUAL,
  BUSINESS,
  OTHER
}
