package io.profilesim.model;

/**
 * The {@code DeleteProfileRequest} shape of the service model.
 *
 * <p>Shape {@code DeleteProfileRequest}. Required: {@code ProfileId}, {@code DomainName}.
 *
 * @param profileId the unique identifier of a customer profile.
 * @param domainName the unique name of the domain.
 */
public record DeleteProfileRequest(
    String profileId,
    String domainName) {
}
