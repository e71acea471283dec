package io.profilesim.model;

/**
 * The {@code PutProfileObjectRequest} shape of the service model.
 *
 * <p>Shape {@code PutProfileObjectRequest}. Required: {@code ObjectTypeName}, {@code Object}, {@code DomainName}.
 *
 * @param objectTypeName the name of the profile object type.
 * @param object A string that is serialized from a JSON object.
 * @param domainName the unique name of the domain.
 */
public record PutProfileObjectRequest(
    String objectTypeName,
    String object,
    String domainName) {
}
