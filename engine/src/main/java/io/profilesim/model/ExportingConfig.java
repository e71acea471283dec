package io.profilesim.model;

/**
 * Configuration information about the S3 bucket where Identity Resolution Jobs writes result files.
 * You need to give Customer Profiles service principal write permission to your S3 bucket.
 * Otherwise, you'll get an exception in the API response. For an example policy, see Amazon Connect
 * Customer Profiles cross-service confused deputy prevention .
 *
 * <p>Shape {@code ExportingConfig}.
 *
 * @param s3Exporting the S3 location where Identity Resolution Jobs write result files.
 */
public record ExportingConfig(
    S3ExportingConfig s3Exporting) {
}
