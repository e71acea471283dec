package io.profilesim.model;

/**
 * The {@code UpdateProfileResponse} shape of the service model.
 *
 * <p>Shape {@code UpdateProfileResponse}. Required: {@code ProfileId}.
 *
 * @param profileId the unique identifier of a customer profile.
 */
public record UpdateProfileResponse(
    String profileId) {
}
