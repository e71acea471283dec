package io.profilesim.model;

/**
 * The {@code ListDomainsRequest} shape of the service model.
 *
 * <p>Shape {@code ListDomainsRequest}.
 *
 * @param nextToken the pagination token from the previous ListDomain API call.
 * @param maxResults the maximum number of objects returned per page.
 */
public record ListDomainsRequest(
    String nextToken,
    Integer maxResults) {
}
