package io.profilesim.model;

/**
 * The {@code FieldContentType} enumeration of the service model. Constants are named by their wire
 * values.
 */
public enum FieldContentType {
  STRING,
  NUMBER,
  PHONE_NUMBER,
  EMAIL_ADDRESS,
  NAME
}
