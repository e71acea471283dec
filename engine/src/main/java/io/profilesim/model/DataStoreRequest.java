package io.profilesim.model;

/**
 * The data store request.
 *
 * <p>Shape {@code DataStoreRequest}.
 *
 * @param enabled enabled: Set to true to enabled data store for this domain.
 */
public record DataStoreRequest(
    Boolean enabled) {
}
