package io.profilesim.model;

/**
 * Information indicating if the Calculated Attribute is ready for use by confirming all historical
 * data has been processed and reflected.
 *
 * <p>Shape {@code Readiness}.
 *
 * @param progressPercentage approximately how far the Calculated Attribute creation is from
 * completion.
 * @param message any customer messaging.
 */
public record Readiness(
    Integer progressPercentage,
    String message) {
}
