package io.profilesim.model;

/**
 * The {@code DeleteProfileKeyResponse} shape of the service model.
 *
 * <p>Shape {@code DeleteProfileKeyResponse}.
 *
 * @param message A message that indicates the delete request is done.
 */
public record DeleteProfileKeyResponse(
    String message) {
}
