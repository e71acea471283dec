package io.profilesim.model;

/**
 * The {@code DeleteProfileObjectTypeResponse} shape of the service model.
 *
 * <p>Shape {@code DeleteProfileObjectTypeResponse}. Required: {@code Message}.
 *
 * @param message A message that indicates the delete request is done.
 */
public record DeleteProfileObjectTypeResponse(
    String message) {
}
