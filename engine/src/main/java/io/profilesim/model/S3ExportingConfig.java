package io.profilesim.model;

/**
 * Configuration information about the S3 bucket where Identity Resolution Jobs write result files.
 *
 * <p>Shape {@code S3ExportingConfig}. Required: {@code S3BucketName}.
 *
 * @param s3BucketName the name of the S3 bucket where Identity Resolution Jobs write result files.
 * @param s3KeyName the S3 key name of the location where Identity Resolution Jobs write result
 * files.
 */
public record S3ExportingConfig(
    String s3BucketName,
    String s3KeyName) {
}
