package io.profilesim.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The {@code TagResourceRequest} shape of the service model.
 *
 * <p>Shape {@code TagResourceRequest}. Required: {@code resourceArn}, {@code tags}.
 *
 * @param resourceArn the ARN of the resource that you're adding tags to.
 * @param tags the tags used to organize, track, or control access for this resource.
 */
public record TagResourceRequest(
    @JsonProperty("resourceArn") String resourceArn,
    @JsonProperty("tags") Map<String, String> tags) {

  public TagResourceRequest {
    tags = Shapes.copyOf(tags);
  }
}
