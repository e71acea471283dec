package io.profilesim.model;

/**
 * The {@code DeleteDomainResponse} shape of the service model.
 *
 * <p>Shape {@code DeleteDomainResponse}. Required: {@code Message}.
 *
 * @param message A message that indicates the delete request is done.
 */
public record DeleteDomainResponse(
    String message) {
}
