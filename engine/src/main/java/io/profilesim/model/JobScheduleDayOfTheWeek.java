package io.profilesim.model;

/**
 * The {@code JobScheduleDayOfTheWeek} enumeration of the service model. Constants are named by
 * their wire values.
 */
public enum JobScheduleDayOfTheWeek {
  SUNDAY,
  MONDAY,
  TUESDAY,
  WEDNESDAY,
  THURSDAY,
  FRIDAY,
  SATURDAY
}
