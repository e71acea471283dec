package io.profilesim.model;

/**
 * The {@code TagResourceResponse} shape of the service model.
 *
 * <p>Shape {@code TagResourceResponse}.
 */
public record TagResourceResponse() {
}
