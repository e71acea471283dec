package io.profilesim.job;

import io.profilesim.model.AutoMerging;
import io.profilesim.model.ExportingLocation;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.IdentityResolutionJobStatus;
import io.profilesim.model.JobStats;
import java.time.Instant;

/**
 * One job of a domain's history, as it moves through its lifecycle. Mutated only by the thread
 * running the job (or scheduling it), read by any: every access is synchronized, and readers get
 * immutable shapes.
 */
final class JobRecord {
  private final String domainName;
  private final String jobId;
  private IdentityResolutionJobStatus status = IdentityResolutionJobStatus.PENDING;
  private String message;
  private Instant jobStartTime;
  private Instant jobEndTime;
  private Instant lastUpdatedAt;
  private Instant jobExpirationTime;
  private AutoMerging autoMerging;
  private ExportingLocation exportingLocation;
  private JobStats jobStats;

  JobRecord(String domainName, String jobId, Instant plannedStart, Instant now) {
    this.domainName = domainName;
    this.jobId = jobId;
    this.jobStartTime = plannedStart;
    this.lastUpdatedAt = now;
  }

  String jobId() {
    return jobId;
  }

  synchronized IdentityResolutionJobStatus status() {
    return status;
  }

  synchronized Instant jobStartTime() {
    return jobStartTime;
  }

  synchronized Instant jobExpirationTime() {
    return jobExpirationTime;
  }

  synchronized void plannedFor(Instant start, Instant now) {
    jobStartTime = start;
    lastUpdatedAt = now;
  }

  synchronized void start(Instant now, AutoMerging autoMergingSnapshot) {
    jobStartTime = now;
    autoMerging = autoMergingSnapshot;
    moveTo(IdentityResolutionJobStatus.PREPROCESSING, now);
  }

  synchronized void moveTo(IdentityResolutionJobStatus next, Instant now) {
    status = next;
    lastUpdatedAt = now;
  }

  synchronized void stats(JobStats stats) {
    jobStats = stats;
  }

  synchronized void exportedTo(ExportingLocation location) {
    exportingLocation = location;
  }

  synchronized void end(IdentityResolutionJobStatus finalStatus, String why, Instant now, Instant expiresAt) {
    status = finalStatus;
    message = why;
    jobEndTime = now;
    lastUpdatedAt = now;
    jobExpirationTime = expiresAt;
  }

  synchronized GetIdentityResolutionJobResponse toResponse() {
    return new GetIdentityResolutionJobResponse(domainName, jobId, status, message, jobStartTime,
        jobEndTime, lastUpdatedAt, jobExpirationTime, autoMerging, exportingLocation, jobStats);
  }

  synchronized IdentityResolutionJob toListItem() {
    return new IdentityResolutionJob(domainName, jobId, status, jobStartTime, jobEndTime, jobStats,
        exportingLocation, message);
  }
}
