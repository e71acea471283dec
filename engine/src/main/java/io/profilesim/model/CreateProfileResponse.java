package io.profilesim.model;

/**
 * The {@code CreateProfileResponse} shape of the service model.
 *
 * <p>Shape {@code CreateProfileResponse}. Required: {@code ProfileId}.
 *
 * @param profileId the unique identifier of a customer profile.
 */
public record CreateProfileResponse(
    String profileId) {
}
