package io.profilesim.model;

/**
 * The {@code GetProfileObjectTypeRequest} shape of the service model.
 *
 * <p>Shape {@code GetProfileObjectTypeRequest}. Required: {@code DomainName}, {@code ObjectTypeName}.
 *
 * @param domainName the unique name of the domain.
 * @param objectTypeName the name of the profile object type.
 */
public record GetProfileObjectTypeRequest(
    String domainName,
    String objectTypeName) {
}
