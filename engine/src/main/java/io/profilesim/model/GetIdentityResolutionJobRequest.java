package io.profilesim.model;

/**
 * The {@code GetIdentityResolutionJobRequest} shape of the service model.
 *
 * <p>Shape {@code GetIdentityResolutionJobRequest}. Required: {@code DomainName}, {@code JobId}.
 *
 * @param domainName the unique name of the domain.
 * @param jobId the unique identifier of the Identity Resolution Job.
 */
public record GetIdentityResolutionJobRequest(
    String domainName,
    String jobId) {
}
