package io.profilesim.model;

/**
 * The {@code GetDomainRequest} shape of the service model.
 *
 * <p>Shape {@code GetDomainRequest}. Required: {@code DomainName}.
 *
 * @param domainName the unique name of the domain.
 */
public record GetDomainRequest(
    String domainName) {
}
