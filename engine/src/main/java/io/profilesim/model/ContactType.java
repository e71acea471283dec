package io.profilesim.model;

/**
 * The {@code ContactType} enumeration of the service model. Constants are named by their wire
 * values.
 */
public enum ContactType {
  PhoneNumber,
  MobilePhoneNumber,
  HomePhoneNumber,
  BusinessPhoneNumber,
  EmailAddress,
  PersonalEmailAddress,
  BusinessEmailAddress
}
