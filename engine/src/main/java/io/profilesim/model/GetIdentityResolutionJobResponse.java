package io.profilesim.model;

import java.time.Instant;

/**
 * The {@code GetIdentityResolutionJobResponse} shape of the service model.
 *
 * <p>Shape {@code GetIdentityResolutionJobResponse}.
 *
 * @param domainName the unique name of the domain.
 * @param jobId the unique identifier of the Identity Resolution Job.
 * @param status the status of the Identity Resolution Job. {@code PENDING}: The Identity Resolution
 * Job is scheduled but has not started yet.
 * @param message the error messages that are generated when the Identity Resolution Job runs.
 * @param jobStartTime the timestamp of when the Identity Resolution Job was started or will be
 * started.
 * @param jobEndTime the timestamp of when the Identity Resolution Job was completed.
 * @param lastUpdatedAt the timestamp of when the Identity Resolution Job was most recently edited.
 * @param jobExpirationTime the timestamp of when the Identity Resolution Job will expire.
 * @param autoMerging configuration settings for how to perform the auto-merging of profiles.
 * @param exportingLocation the S3 location where the Identity Resolution Job writes result files.
 * @param jobStats statistics about the Identity Resolution Job.
 */
public record GetIdentityResolutionJobResponse(
    String domainName,
    String jobId,
    IdentityResolutionJobStatus status,
    String message,
    Instant jobStartTime,
    Instant jobEndTime,
    Instant lastUpdatedAt,
    Instant jobExpirationTime,
    AutoMerging autoMerging,
    ExportingLocation exportingLocation,
    JobStats jobStats) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .domainName(domainName)
        .jobId(jobId)
        .status(status)
        .message(message)
        .jobStartTime(jobStartTime)
        .jobEndTime(jobEndTime)
        .lastUpdatedAt(lastUpdatedAt)
        .jobExpirationTime(jobExpirationTime)
        .autoMerging(autoMerging)
        .exportingLocation(exportingLocation)
        .jobStats(jobStats);
  }

  /** Builds a {@link GetIdentityResolutionJobResponse}. */
  public static final class Builder {
    private String domainName;
    private String jobId;
    private IdentityResolutionJobStatus status;
    private String message;
    private Instant jobStartTime;
    private Instant jobEndTime;
    private Instant lastUpdatedAt;
    private Instant jobExpirationTime;
    private AutoMerging autoMerging;
    private ExportingLocation exportingLocation;
    private JobStats jobStats;

    private Builder() {}

    /** Sets {@code DomainName}. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Sets {@code JobId}. */
    public Builder jobId(String jobId) {
      this.jobId = jobId;
      return this;
    }

    /** Sets {@code Status}. */
    public Builder status(IdentityResolutionJobStatus status) {
      this.status = status;
      return this;
    }

    /** Sets {@code Message}. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Sets {@code JobStartTime}. */
    public Builder jobStartTime(Instant jobStartTime) {
      this.jobStartTime = jobStartTime;
      return this;
    }

    /** Sets {@code JobEndTime}. */
    public Builder jobEndTime(Instant jobEndTime) {
      this.jobEndTime = jobEndTime;
      return this;
    }

    /** Sets {@code LastUpdatedAt}. */
    public Builder lastUpdatedAt(Instant lastUpdatedAt) {
      this.lastUpdatedAt = lastUpdatedAt;
      return this;
    }

    /** Sets {@code JobExpirationTime}. */
    public Builder jobExpirationTime(Instant jobExpirationTime) {
      this.jobExpirationTime = jobExpirationTime;
      return this;
    }

    /** Sets {@code AutoMerging}. */
    public Builder autoMerging(AutoMerging autoMerging) {
      this.autoMerging = autoMerging;
      return this;
    }

    /** Sets {@code ExportingLocation}. */
    public Builder exportingLocation(ExportingLocation exportingLocation) {
      this.exportingLocation = exportingLocation;
      return this;
    }

    /** Sets {@code JobStats}. */
    public Builder jobStats(JobStats jobStats) {
      this.jobStats = jobStats;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public GetIdentityResolutionJobResponse build() {
      return new GetIdentityResolutionJobResponse(
          domainName,
          jobId,
          status,
          message,
          jobStartTime,
          jobEndTime,
          lastUpdatedAt,
          jobExpirationTime,
          autoMerging,
          exportingLocation,
          jobStats);
    }
  }
}
