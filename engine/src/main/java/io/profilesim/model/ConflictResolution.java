package io.profilesim.model;

/**
 * How the auto-merging process should resolve conflicts between different profiles.
 *
 * <p>Shape {@code ConflictResolution}. Required: {@code ConflictResolvingModel}.
 *
 * @param conflictResolvingModel how the auto-merging process should resolve conflicts between
 * different profiles. {@code RECENCY}: Uses the data that was most recently updated. {@code
 * SOURCE}: Uses the data from a specific source.
 * @param sourceName the {@code ObjectType} name that is used to resolve profile merging conflicts
 * when choosing {@code SOURCE} as the {@code ConflictResolvingModel}.
 */
public record ConflictResolution(
    ConflictResolvingModel conflictResolvingModel,
    String sourceName) {
}
