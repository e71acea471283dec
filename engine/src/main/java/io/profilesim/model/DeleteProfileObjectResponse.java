package io.profilesim.model;

/**
 * The {@code DeleteProfileObjectResponse} shape of the service model.
 *
 * <p>Shape {@code DeleteProfileObjectResponse}.
 *
 * @param message A message that indicates the delete request is done.
 */
public record DeleteProfileObjectResponse(
    String message) {
}
