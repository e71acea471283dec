package io.profilesim.model;

/**
 * The {@code GetMatchesRequest} shape of the service model.
 *
 * <p>Shape {@code GetMatchesRequest}. Required: {@code DomainName}.
 *
 * @param nextToken the token for the next set of results. Use the value returned in the previous
 * response in the next request to retrieve the next set of results.
 * @param maxResults the maximum number of results to return per page.
 * @param domainName the unique name of the domain.
 */
public record GetMatchesRequest(
    String nextToken,
    Integer maxResults,
    String domainName) {
}
