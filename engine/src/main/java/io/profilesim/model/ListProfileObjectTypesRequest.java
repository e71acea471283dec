package io.profilesim.model;

/**
 * The {@code ListProfileObjectTypesRequest} shape of the service model.
 *
 * <p>Shape {@code ListProfileObjectTypesRequest}. Required: {@code DomainName}.
 *
 * @param domainName the unique name of the domain.
 * @param nextToken identifies the next page of results to return.
 * @param maxResults the maximum number of objects returned per page.
 */
public record ListProfileObjectTypesRequest(
    String domainName,
    String nextToken,
    Integer maxResults) {
}
