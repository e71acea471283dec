package io.profilesim.model;

/**
 * The {@code DeleteProfileResponse} shape of the service model.
 *
 * <p>Shape {@code DeleteProfileResponse}.
 *
 * @param message A message that indicates the delete request is done.
 */
public record DeleteProfileResponse(
    String message) {
}
