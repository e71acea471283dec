package io.profilesim.model;

/**
 * The {@code ListIdentityResolutionJobsRequest} shape of the service model.
 *
 * <p>Shape {@code ListIdentityResolutionJobsRequest}. Required: {@code DomainName}.
 *
 * @param domainName the unique name of the domain.
 * @param nextToken the token for the next set of results. Use the value returned in the previous
 * response in the next request to retrieve the next set of results.
 * @param maxResults the maximum number of results to return per page.
 */
public record ListIdentityResolutionJobsRequest(
    String domainName,
    String nextToken,
    Integer maxResults) {
}
