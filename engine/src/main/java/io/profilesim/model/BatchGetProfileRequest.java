package io.profilesim.model;

import java.util.List;

/**
 * The {@code BatchGetProfileRequest} shape of the service model.
 *
 * <p>Shape {@code BatchGetProfileRequest}. Required: {@code DomainName}, {@code ProfileIds}.
 *
 * @param domainName the unique name of the domain.
 * @param profileIds list of unique identifiers for customer profiles to retrieve.
 */
public record BatchGetProfileRequest(
    String domainName,
    List<String> profileIds) {

  public BatchGetProfileRequest {
    profileIds = Shapes.copyOf(profileIds);
  }
}
