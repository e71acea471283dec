package io.profilesim.model;

import java.time.Instant;
import java.util.Map;

/**
 * An object in a list that represents a domain.
 *
 * <p>Shape {@code ListDomainItem}. Required: {@code DomainName}, {@code CreatedAt}, {@code LastUpdatedAt}.
 *
 * @param domainName the unique name of the domain.
 * @param createdAt the timestamp of when the domain was created.
 * @param lastUpdatedAt the timestamp of when the domain was most recently edited.
 * @param tags the tags used to organize, track, or control access for this resource.
 */
public record ListDomainItem(
    String domainName,
    Instant createdAt,
    Instant lastUpdatedAt,
    Map<String, String> tags) {

  public ListDomainItem {
    tags = Shapes.copyOf(tags);
  }
}
