package io.profilesim.model;

import java.util.List;

/**
 * The {@code ListProfileObjectsResponse} shape of the service model.
 *
 * <p>Shape {@code ListProfileObjectsResponse}.
 *
 * @param items the list of ListProfileObject instances.
 * @param nextToken the pagination token from the previous call to ListProfileObjects.
 */
public record ListProfileObjectsResponse(
    List<ListProfileObjectsItem> items,
    String nextToken) {

  public ListProfileObjectsResponse {
    items = Shapes.copyOf(items);
  }
}
