/**
 * Domains and their state: configuration, statistics, identifiers, paging, and each domain's
 * {@link io.profilesim.domain.ProfileStore} of profiles, objects and keys with the provenance of
 * every field value ({@link io.profilesim.domain.FieldStamps}); the profile operations. The weekly
 * job reads {@link io.profilesim.domain.ProfileStore#snapshot()} and merging writes through {@link
 * io.profilesim.domain.ProfileStore#merge}. Implementation, not API: types are public only for the
 * other profilesim packages.
 */
package io.profilesim.domain;
