package io.profilesim.model;

import java.util.List;

/**
 * The {@code ListProfileObjectTypesResponse} shape of the service model.
 *
 * <p>Shape {@code ListProfileObjectTypesResponse}.
 *
 * @param items the list of ListProfileObjectTypes instances.
 * @param nextToken identifies the next page of results to return.
 */
public record ListProfileObjectTypesResponse(
    List<ListProfileObjectTypeItem> items,
    String nextToken) {

  public ListProfileObjectTypesResponse {
    items = Shapes.copyOf(items);
  }
}
