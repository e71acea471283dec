package io.profilesim.model;

import java.time.Instant;

/**
 * Information about the Identity Resolution Job.
 *
 * <p>Shape {@code IdentityResolutionJob}.
 *
 * @param domainName the unique name of the domain.
 * @param jobId the unique identifier of the Identity Resolution Job.
 * @param status the status of the Identity Resolution Job. {@code PENDING}: The Identity Resolution
 * Job is scheduled but has not started yet.
 * @param jobStartTime the timestamp of when the job was started or will be started.
 * @param jobEndTime the timestamp of when the job was completed.
 * @param jobStats statistics about an Identity Resolution Job.
 * @param exportingLocation the S3 location where the Identity Resolution Job writes result files.
 * @param message the error messages that are generated when the Identity Resolution Job runs.
 */
public record IdentityResolutionJob(
    String domainName,
    String jobId,
    IdentityResolutionJobStatus status,
    Instant jobStartTime,
    Instant jobEndTime,
    JobStats jobStats,
    ExportingLocation exportingLocation,
    String message) {

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
        .jobStartTime(jobStartTime)
        .jobEndTime(jobEndTime)
        .jobStats(jobStats)
        .exportingLocation(exportingLocation)
        .message(message);
  }

  /** Builds a {@link IdentityResolutionJob}. */
  public static final class Builder {
    private String domainName;
    private String jobId;
    private IdentityResolutionJobStatus status;
    private Instant jobStartTime;
    private Instant jobEndTime;
    private JobStats jobStats;
    private ExportingLocation exportingLocation;
    private String message;

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

    /** Sets {@code JobStats}. */
    public Builder jobStats(JobStats jobStats) {
      this.jobStats = jobStats;
      return this;
    }

    /** Sets {@code ExportingLocation}. */
    public Builder exportingLocation(ExportingLocation exportingLocation) {
      this.exportingLocation = exportingLocation;
      return this;
    }

    /** Sets {@code Message}. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public IdentityResolutionJob build() {
      return new IdentityResolutionJob(
          domainName,
          jobId,
          status,
          jobStartTime,
          jobEndTime,
          jobStats,
          exportingLocation,
          message);
    }
  }
}
