package io.profilesim.model;

/**
 * The {@code DeleteDomainRequest} shape of the service model.
 *
 * <p>Shape {@code DeleteDomainRequest}. Required: {@code DomainName}.
 *
 * @param domainName the unique name of the domain.
 */
public record DeleteDomainRequest(
    String domainName) {
}
