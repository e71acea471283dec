package io.profilesim.model;

/**
 * Error object describing why a specific profile failed.
 *
 * <p>Shape {@code BatchGetProfileError}. Required: {@code Code}, {@code Message}, {@code ProfileId}.
 *
 * @param code status code for why a specific profile failed.
 * @param message message describing why a specific profile failed.
 * @param profileId the profile id that failed.
 */
public record BatchGetProfileError(
    String code,
    String message,
    String profileId) {
}
