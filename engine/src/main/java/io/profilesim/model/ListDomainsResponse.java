package io.profilesim.model;

import java.util.List;

/**
 * The {@code ListDomainsResponse} shape of the service model.
 *
 * <p>Shape {@code ListDomainsResponse}.
 *
 * @param items the list of ListDomains instances.
 * @param nextToken the pagination token from the previous ListDomains API call.
 */
public record ListDomainsResponse(
    List<ListDomainItem> items,
    String nextToken) {

  public ListDomainsResponse {
    items = Shapes.copyOf(items);
  }
}
