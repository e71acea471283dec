package io.profilesim.model;

/**
 * The {@code AttributeMatchingModel} enumeration of the service model. Constants are named by their
 * wire values.
 */
public enum AttributeMatchingModel {
  ONE_TO_ONE,
  MANY_TO_MANY
}
