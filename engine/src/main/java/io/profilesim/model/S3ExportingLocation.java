package io.profilesim.model;

/**
 * The S3 location where Identity Resolution Jobs write result files.
 *
 * <p>Shape {@code S3ExportingLocation}.
 *
 * @param s3BucketName the name of the S3 bucket name where Identity Resolution Jobs write result
 * files.
 * @param s3KeyName the S3 key name of the location where Identity Resolution Jobs write result
 * files.
 */
public record S3ExportingLocation(
    String s3BucketName,
    String s3KeyName) {
}
