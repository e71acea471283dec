package io.profilesim.model;

/**
 * The {@code StandardIdentifier} enumeration of the service model. Constants are named by their
 * wire values.
 */
public enum StandardIdentifier {
  PROFILE,
  ASSET,
  CASE,
  DEVICE,
  WEB_ANALYTICS,
  ORDER,
  COMMUNICATION_RECORD,
  AIR_PREFERENCE,
  HOTEL_PREFERENCE,
  AIR_BOOKING,
  AIR_SEGMENT,
  HOTEL_RESERVATION,
  HOTEL_STAY_REVENUE,
  LOYALTY,
  LOYALTY_TRANSACTION,
  LOYALTY_PROMOTION,
  UNIQUE,
  SECONDARY,
  LOOKUP_ONLY,
  NEW_ONLY
}
