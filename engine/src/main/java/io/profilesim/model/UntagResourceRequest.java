package io.profilesim.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code UntagResourceRequest} shape of the service model.
 *
 * <p>Shape {@code UntagResourceRequest}. Required: {@code resourceArn}, {@code tagKeys}.
 *
 * @param resourceArn the ARN of the resource from which you are removing tags.
 * @param tagKeys the list of tag keys to remove from the resource.
 */
public record UntagResourceRequest(
    @JsonProperty("resourceArn") String resourceArn,
    @JsonProperty("tagKeys") List<String> tagKeys) {

  public UntagResourceRequest {
    tagKeys = Shapes.copyOf(tagKeys);
  }
}
