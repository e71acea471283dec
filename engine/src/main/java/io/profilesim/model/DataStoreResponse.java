package io.profilesim.model;

/**
 * The data store response.
 *
 * <p>Shape {@code DataStoreResponse}.
 *
 * @param enabled true if data store is enabled for this domain
 * @param readiness the {@code Readiness} member
 */
public record DataStoreResponse(
    Boolean enabled,
    Readiness readiness) {
}
