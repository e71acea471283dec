package io.profilesim.model;

import java.util.List;

/**
 * The {@code SearchProfilesResponse} shape of the service model.
 *
 * <p>Shape {@code SearchProfilesResponse}.
 *
 * @param items the list of Profiles matching the search criteria.
 * @param nextToken the pagination token from the previous SearchProfiles API call.
 */
public record SearchProfilesResponse(
    List<Profile> items,
    String nextToken) {

  public SearchProfilesResponse {
    items = Shapes.copyOf(items);
  }
}
