package io.profilesim.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code ListTagsForResourceRequest} shape of the service model.
 *
 * <p>Shape {@code ListTagsForResourceRequest}. Required: {@code resourceArn}.
 *
 * @param resourceArn the ARN of the resource for which you want to view tags.
 */
public record ListTagsForResourceRequest(
    @JsonProperty("resourceArn") String resourceArn) {
}
