package io.profilesim.model;

/**
 * The S3 location where Identity Resolution Jobs write result files.
 *
 * <p>Shape {@code ExportingLocation}.
 *
 * @param s3Exporting information about the S3 location where Identity Resolution Jobs write result
 * files.
 */
public record ExportingLocation(
    S3ExportingLocation s3Exporting) {
}
