package io.profilesim.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The {@code ListTagsForResourceResponse} shape of the service model.
 *
 * <p>Shape {@code ListTagsForResourceResponse}.
 *
 * @param tags the tags used to organize, track, or control access for this resource.
 */
public record ListTagsForResourceResponse(
    @JsonProperty("tags") Map<String, String> tags) {

  public ListTagsForResourceResponse {
    tags = Shapes.copyOf(tags);
  }
}
