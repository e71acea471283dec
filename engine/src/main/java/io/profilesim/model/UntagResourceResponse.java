package io.profilesim.model;

/**
 * The {@code UntagResourceResponse} shape of the service model.
 *
 * <p>Shape {@code UntagResourceResponse}.
 */
public record UntagResourceResponse() {
}
