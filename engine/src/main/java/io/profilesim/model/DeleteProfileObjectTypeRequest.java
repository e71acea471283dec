package io.profilesim.model;

/**
 * The {@code DeleteProfileObjectTypeRequest} shape of the service model.
 *
 * <p>Shape {@code DeleteProfileObjectTypeRequest}. Required: {@code DomainName}, {@code ObjectTypeName}.
 *
 * @param domainName the unique name of the domain.
 * @param objectTypeName the name of the profile object type.
 */
public record DeleteProfileObjectTypeRequest(
    String domainName,
    String objectTypeName) {
}
