package io.profilesim.model;

/**
 * The {@code logicalOperator} enumeration of the service model (the shape name starts in lower
 * case; the Java type does not). Constants are named by their wire values.
 */
public enum LogicalOperator {
  AND,
  OR
}
