package io.profilesim.model;

import java.util.List;

/**
 * The {@code ListIdentityResolutionJobsResponse} shape of the service model.
 *
 * <p>Shape {@code ListIdentityResolutionJobsResponse}.
 *
 * @param identityResolutionJobsList A list of Identity Resolution Jobs.
 * @param nextToken if there are additional results, this is the token for the next set of results.
 */
public record ListIdentityResolutionJobsResponse(
    List<IdentityResolutionJob> identityResolutionJobsList,
    String nextToken) {

  public ListIdentityResolutionJobsResponse {
    identityResolutionJobsList = Shapes.copyOf(identityResolutionJobsList);
  }
}
