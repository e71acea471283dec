package io.profilesim;

import io.profilesim.exception.AccessDeniedException;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.InternalServerException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.exception.ThrottlingException;
import io.profilesim.matching.MatchingSettings;
import io.profilesim.matching.PairExplanation;
import io.profilesim.model.AddProfileKeyRequest;
import io.profilesim.model.AddProfileKeyResponse;
import io.profilesim.model.BatchGetProfileRequest;
import io.profilesim.model.BatchGetProfileResponse;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.CreateDomainResponse;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.CreateProfileResponse;
import io.profilesim.model.DeleteDomainRequest;
import io.profilesim.model.DeleteDomainResponse;
import io.profilesim.model.DeleteProfileKeyRequest;
import io.profilesim.model.DeleteProfileKeyResponse;
import io.profilesim.model.DeleteProfileObjectRequest;
import io.profilesim.model.DeleteProfileObjectResponse;
import io.profilesim.model.DeleteProfileObjectTypeRequest;
import io.profilesim.model.DeleteProfileObjectTypeResponse;
import io.profilesim.model.DeleteProfileRequest;
import io.profilesim.model.DeleteProfileResponse;
import io.profilesim.model.GetAutoMergingPreviewRequest;
import io.profilesim.model.GetAutoMergingPreviewResponse;
import io.profilesim.model.GetDomainRequest;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.GetIdentityResolutionJobRequest;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.GetMatchesRequest;
import io.profilesim.model.GetMatchesResponse;
import io.profilesim.model.GetProfileObjectTypeRequest;
import io.profilesim.model.GetProfileObjectTypeResponse;
import io.profilesim.model.ListDomainsRequest;
import io.profilesim.model.ListDomainsResponse;
import io.profilesim.model.ListIdentityResolutionJobsRequest;
import io.profilesim.model.ListIdentityResolutionJobsResponse;
import io.profilesim.model.ListProfileObjectTypesRequest;
import io.profilesim.model.ListProfileObjectTypesResponse;
import io.profilesim.model.ListProfileObjectsRequest;
import io.profilesim.model.ListProfileObjectsResponse;
import io.profilesim.model.ListTagsForResourceRequest;
import io.profilesim.model.ListTagsForResourceResponse;
import io.profilesim.model.MergeProfilesRequest;
import io.profilesim.model.MergeProfilesResponse;
import io.profilesim.model.PutProfileObjectRequest;
import io.profilesim.model.PutProfileObjectResponse;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.PutProfileObjectTypeResponse;
import io.profilesim.model.SearchProfilesRequest;
import io.profilesim.model.SearchProfilesResponse;
import io.profilesim.model.TagResourceRequest;
import io.profilesim.model.TagResourceResponse;
import io.profilesim.model.UntagResourceRequest;
import io.profilesim.model.UntagResourceResponse;
import io.profilesim.model.UpdateDomainRequest;
import io.profilesim.model.UpdateDomainResponse;
import io.profilesim.model.UpdateProfileRequest;
import io.profilesim.model.UpdateProfileResponse;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Amazon Connect Customer Profiles, in process: the operations of the service with its request and
 * response shapes ({@link io.profilesim.model}), its validation and its errors
 * ({@link io.profilesim.exception}).
 *
 * <p>Every operation may throw {@link BadRequestException} (invalid input; the message lists every
 * violation), {@link ResourceNotFoundException} (no such domain or resource),
 * {@link ThrottlingException} (only when a request rate is configured), {@link AccessDeniedException}
 * and {@link InternalServerException} (a defect here, never the caller's input).
 *
 * <p>An instance is thread-safe. Concurrent calls behave as the service's would: each operation on
 * a domain is atomic, and none is lost.
 *
 * <pre>{@code
 * try (CustomerProfiles profiles = CustomerProfiles.create()) {
 *   profiles.createDomain(CreateDomainRequest.builder()
 *       .domainName("retail")
 *       .defaultExpirationDays(365)
 *       .matching(MatchingRequest.builder().enabled(true).build())
 *       .build());
 *   System.out.println(AwsJson.writePretty(profiles.getDomain("retail")));
 * }
 * }</pre>
 */
public interface CustomerProfiles extends AutoCloseable {

  /** Returns an instance with the defaults of {@link Builder}. */
  static CustomerProfiles create() {
    return builder().build();
  }

  /** Returns a builder for an instance with a chosen clock, account, region or seed. */
  static Builder builder() {
    return new Builder();
  }

  /** Creates a domain ({@code POST /domains/{DomainName}}). */
  CreateDomainResponse createDomain(CreateDomainRequest request);

  /** Returns a domain's configuration and statistics ({@code GET /domains/{DomainName}}). */
  GetDomainResponse getDomain(GetDomainRequest request);

  /** Returns a domain's configuration and statistics. */
  default GetDomainResponse getDomain(String domainName) {
    return getDomain(new GetDomainRequest(domainName));
  }

  /** Changes the members of a domain the request gives ({@code PUT /domains/{DomainName}}). */
  UpdateDomainResponse updateDomain(UpdateDomainRequest request);

  /** Deletes a domain and all of its data ({@code DELETE /domains/{DomainName}}). */
  DeleteDomainResponse deleteDomain(DeleteDomainRequest request);

  /** Deletes a domain and all of its data. */
  default DeleteDomainResponse deleteDomain(String domainName) {
    return deleteDomain(new DeleteDomainRequest(domainName));
  }

  /** Lists the domains in name order, a page at a time ({@code GET /domains}). */
  ListDomainsResponse listDomains(ListDomainsRequest request);

  /** Adds tags to a domain, given its ARN ({@code POST /tags/{resourceArn}}). */
  TagResourceResponse tagResource(TagResourceRequest request);

  /** Removes tags from a domain, given its ARN ({@code DELETE /tags/{resourceArn}}). */
  UntagResourceResponse untagResource(UntagResourceRequest request);

  /** Returns the tags of a domain, given its ARN ({@code GET /tags/{resourceArn}}). */
  ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request);

  /** Returns the ARN of a domain of this instance's account and region. */
  String domainArn(String domainName);

  // ---------------------------------------------------------------- profiles

  /**
   * Creates a profile with the fields given; returns its id, 32 lower-case hex digits
   * ({@code POST /domains/{DomainName}/profiles}).
   */
  CreateProfileResponse createProfile(CreateProfileRequest request);

  /**
   * Changes a profile's fields: a value sets a field, an empty string clears it, an absent member
   * keeps it ({@code PUT /domains/{DomainName}/profiles}).
   */
  UpdateProfileResponse updateProfile(UpdateProfileRequest request);

  /** Deletes a profile with its objects and keys ({@code POST .../profiles/delete}). */
  DeleteProfileResponse deleteProfile(DeleteProfileRequest request);

  /** Returns up to 20 profiles by id, with an error for each missing one. */
  BatchGetProfileResponse batchGetProfile(BatchGetProfileRequest request);

  /**
   * Finds profiles by key values, joining several keys with AND or OR (the default), a page at a
   * time ({@code POST .../profiles/search}).
   */
  SearchProfilesResponse searchProfiles(SearchProfilesRequest request);

  /** Gives a profile key values it can be found by ({@code POST .../profiles/keys}). */
  AddProfileKeyResponse addProfileKey(AddProfileKeyRequest request);

  /** Takes key values from a profile ({@code POST .../profiles/keys/delete}). */
  DeleteProfileKeyResponse deleteProfileKey(DeleteProfileKeyRequest request);

  // ---------------------------------------------------------------- object types

  /**
   * Defines or redefines an object type: how objects of it map to profile fields and which keys
   * find their profile ({@code PUT .../object-types/{ObjectTypeName}}).
   */
  PutProfileObjectTypeResponse putProfileObjectType(PutProfileObjectTypeRequest request);

  /** Returns an object type's definition ({@code GET .../object-types/{ObjectTypeName}}). */
  GetProfileObjectTypeResponse getProfileObjectType(GetProfileObjectTypeRequest request);

  /**
   * Deletes an object type with its objects, and clears the profile fields it populated
   * ({@code DELETE .../object-types/{ObjectTypeName}}).
   */
  DeleteProfileObjectTypeResponse deleteProfileObjectType(DeleteProfileObjectTypeRequest request);

  /** Lists the object types in name order ({@code GET .../object-types}). */
  ListProfileObjectTypesResponse listProfileObjectTypes(ListProfileObjectTypesRequest request);

  // ---------------------------------------------------------------- objects

  /**
   * Ingests an object through its object type ({@code PUT .../profiles/objects}). An object that
   * cannot be ingested goes to the domain's dead-letter queue and the response has no {@code
   * ProfileObjectUniqueKey}; without a {@code DeadLetterQueueUrl} the call fails with a {@link
   * BadRequestException} giving the reason.
   */
  PutProfileObjectResponse putProfileObject(PutProfileObjectRequest request);

  /** Ingests an object; see {@link #putProfileObject(PutProfileObjectRequest)}. */
  default PutProfileObjectResponse putProfileObject(String domainName, String objectTypeName,
      String object) {
    return putProfileObject(new PutProfileObjectRequest(objectTypeName, object, domainName));
  }

  /** Lists a profile's objects of one type ({@code POST .../profiles/objects}). */
  ListProfileObjectsResponse listProfileObjects(ListProfileObjectsRequest request);

  /** Deletes one object of a profile ({@code POST .../profiles/objects/delete}). */
  DeleteProfileObjectResponse deleteProfileObject(DeleteProfileObjectRequest request);

  // ---------------------------------------------------------------- beyond AWS

  /**
   * Returns the messages the in-process dead-letter queue of {@code url} received, in arrival
   * order; empty for a URL that received none. Beyond AWS, whose queues are SQS queues: here
   * each {@code DeadLetterQueueUrl} names an in-process queue, shared by the domains naming it.
   */
  List<DeadLetterMessage> deadLetterQueue(String url);

  /**
   * Ingests a CSV or JSON Lines file (the format from its extension) through an object type, row
   * by row in file order; each row becomes an object's {@code _source}. Memory does not grow with
   * the file. Rejected rows go to the domain's dead-letter queue with their line number and
   * reason, and the run goes on. Worker threads ({@link Builder#ingestionThreads}) prepare the
   * rows and the calling thread stores them in file order, so the outcome does not depend on their
   * number. Beyond AWS.
   *
   * @param progress told every {@value io.profilesim.ingest.FileIngester#PROGRESS_EVERY} rows and
   *     at the end; may be {@code null}
   * @throws BadRequestException if the file cannot be read, or the domain has no
   *     {@code DeadLetterQueueUrl} (rejected rows would be lost)
   * @throws ResourceNotFoundException if the domain or the object type does not exist
   */
  IngestionReport ingestFile(String domainName, String objectTypeName, Path file,
      Consumer<IngestionReport> progress);

  /**
   * Ingests rows from a reader, as {@link #ingestFile} does for a file.
   *
   * @param source the name reports and dead-letter messages give the rows' origin
   */
  IngestionReport ingest(String domainName, String objectTypeName, Reader rows, FileFormat format,
      String source, Consumer<IngestionReport> progress);

  // ------------------------------------------------------------------ identity resolution jobs

  /**
   * Returns a job of the domain: the PENDING next run, a running one or a finished one not yet
   * expired.
   */
  GetIdentityResolutionJobResponse getIdentityResolutionJob(GetIdentityResolutionJobRequest request);

  /** Lists the domain's jobs, newest JobStartTime first, a page at a time. */
  ListIdentityResolutionJobsResponse listIdentityResolutionJobs(
      ListIdentityResolutionJobsRequest request);

  /** Returns the match groups of the domain's latest completed job, by MatchId, a page at a time. */
  GetMatchesResponse getMatches(GetMatchesRequest request);

  /**
   * Runs an Identity Resolution Job for the domain now, on the calling thread, and returns it
   * finished. Not an AWS operation: batch runs and tests use it instead of waiting for the
   * schedule. It counts against the quota of 3 jobs per domain per week.
   *
   * @throws BadRequestException if matching is off, a job is running, or the quota is used up
   */
  GetIdentityResolutionJobResponse runIdentityResolutionJob(String domainName);

  /**
   * Explains how the domain's latest job scored two profiles as they are now: per attribute, the
   * comparison level and its weight, and the resulting match probability. Not an AWS operation.
   *
   * @throws BadRequestException if the domain has no completed job yet
   * @throws ResourceNotFoundException if the domain or a profile does not exist
   */
  PairExplanation explainMatch(String domainName, String profileIdA, String profileIdB);

  // ---------------------------------------------------------------- merging

  /**
   * Merges profiles into a main profile: their objects and keys move to it and they are deleted.
   * A field only one profile has is kept; a conflict keeps the main profile's value unless {@code
   * FieldSourceProfileIds} names the profile to take it from, even one without a value. Retrying
   * the same request changes nothing.
   *
   * @throws BadRequestException if the request is invalid (the message names the member, the value
   *     and the rule)
   * @throws ResourceNotFoundException if the domain or a profile does not exist
   */
  MergeProfilesResponse mergeProfiles(MergeProfilesRequest request);

  /**
   * Counts what auto-merging with the given settings would do to the match groups of the domain's
   * latest completed job, changing nothing. Every group is reviewed, so the counts are
   * deterministic; before the first job they are zero.
   *
   * @throws BadRequestException if the settings are invalid
   * @throws ResourceNotFoundException if the domain does not exist
   */
  GetAutoMergingPreviewResponse getAutoMergingPreview(GetAutoMergingPreviewRequest request);

  /**
   * Like {@link #getAutoMergingPreview}, and beyond AWS, whose preview hides the profiles: per
   * match group, which profiles would merge into which, under which criterion, and the resulting
   * field values with their sources. Changes nothing.
   *
   * @throws BadRequestException if the settings are invalid
   * @throws ResourceNotFoundException if the domain does not exist
   */
  AutoMergingPreview autoMergingPreview(GetAutoMergingPreviewRequest request);

  /**
   * Answers "where did this profile go?": the merges, by Identity Resolution Jobs or MergeProfiles,
   * that took it to the profile holding its data now. Not an AWS operation.
   *
   * @throws ResourceNotFoundException if the domain does not exist, or the profile neither exists
   *     nor was ever merged
   */
  ProfileLineage profileLineage(String domainName, String profileId);

  /**
   * Simulation only: moves virtual time forward to {@code target}, running every scheduled job at
   * exactly the instant its Quartz trigger computes.
   *
   * @throws IllegalStateException if this instance was not built with {@link Builder#simulation}
   * @throws IllegalArgumentException if {@code target} is before the current virtual time
   */
  void advanceTimeTo(Instant target);

  /** Simulation only: {@link #advanceTimeTo} the current virtual time plus {@code duration}. */
  default void advanceTime(Duration duration) {
    advanceTimeTo(clock().instant().plus(duration));
  }

  /**
   * Simulation only: moves virtual time to {@code restartAt} as if the process had been down
   * meanwhile. Nothing runs on the way; at restart each domain that missed a scheduled run runs one
   * job, at once (Quartz's fire-once-now misfire instruction).
   */
  void restartAt(Instant restartAt);

  /** Returns the clock every timestamp comes from (the virtual clock in simulation). */
  Clock clock();

  /** Stops background work (the live job scheduler, when one runs). Idempotent. */
  @Override
  void close();

  /**
   * Configures a {@link CustomerProfiles}. Defaults: the system UTC clock, region
   * {@code us-east-1}, account {@code 123456789012}, seed 0, no request-rate limit, a live Quartz
   * scheduler, no export root, {@link MatchingSettings#defaults()}.
   */
  final class Builder {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    /** Beyond a few, preparing threads only wait for the one thread that stores. */
    private static final int MAX_INGESTION_THREADS = 4;

    Clock clock = Clock.systemUTC();
    String region = "us-east-1";
    String accountId = "123456789012";
    long seed;
    double requestsPerSecond;
    Instant simulationStart;
    Path exportRoot;
    Properties quartzProperties = new Properties();
    IdentityResolutionJobListener jobListener = IdentityResolutionJobListener.none();
    MatchingSettings matchingSettings = MatchingSettings.defaults();
    int ingestionThreads =
        Math.min(MAX_INGESTION_THREADS, Runtime.getRuntime().availableProcessors());

    private Builder() {}

    /** Sets the clock every timestamp comes from; a fixed clock makes outputs reproducible. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the region that ARNs name, for example {@code eu-west-2}. */
    public Builder region(String region) {
      if (region == null || !REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region must look like us-east-1, was " + region);
      }
      this.region = region;
      return this;
    }

    /** Sets the 12-digit account that ARNs name. */
    public Builder accountId(String accountId) {
      if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
        throw new IllegalArgumentException("account id must be 12 digits, was " + accountId);
      }
      this.accountId = accountId;
      return this;
    }

    /** Sets the seed of every generated identifier and every sample. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Limits calls to this many per second across all operations; a call beyond the rate fails at
     * once with {@link ThrottlingException}, as the service's API quotas do. Zero (the default)
     * means no limit.
     */
    public Builder requestsPerSecond(double requestsPerSecond) {
      if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
        throw new IllegalArgumentException(
            "requests per second must be zero (no limit) or positive, was " + requestsPerSecond);
      }
      this.requestsPerSecond = requestsPerSecond;
      return this;
    }

    /**
     * Runs in virtual time from {@code start}: the clock is a simulated one (replacing any set with
     * {@link #clock}) that only {@link CustomerProfiles#advanceTimeTo} moves, and scheduled jobs
     * run at the instants their Quartz triggers compute, on the thread that advances time. Without
     * it, a live Quartz scheduler fires jobs in wall-clock time.
     */
    public Builder simulation(Instant start) {
      this.simulationStart = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * Sets the local folder that stands for S3: a job's results go to
     * {@code <root>/<S3BucketName>/<S3KeyName>/<DomainName>/<JobId>/}. Without it, a domain that
     * configures S3 exporting gets PARTIAL_SUCCESS jobs saying nothing was exported.
     */
    public Builder exportRoot(Path root) {
      this.exportRoot = Objects.requireNonNull(root, "root");
      return this;
    }

    /**
     * Sets Quartz properties for the live scheduler, replacing profilesim's defaults (RAMJobStore,
     * two daemon threads, a 60 s misfire threshold); for example Quartz's JDBC job store for
     * durability or a cluster. Ignored in simulation.
     */
    public Builder quartzProperties(Properties properties) {
      this.quartzProperties = new Properties();
      this.quartzProperties.putAll(Objects.requireNonNull(properties, "properties"));
      return this;
    }

    /** Sets the listener told of every status change of every job. */
    public Builder jobListener(IdentityResolutionJobListener listener) {
      this.jobListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Sets how jobs match profiles; {@link MatchingSettings#defaults()} unless set. */
    public Builder matchingSettings(MatchingSettings settings) {
      this.matchingSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Sets how many threads prepare the rows of {@link CustomerProfiles#ingestFile} and {@link
     * CustomerProfiles#ingest} (parsing, mapping, normalizing keys) while the calling thread stores
     * them in file order; 1 does everything in the calling thread. The outcome is the same either
     * way. Default: the available processors, at most 4.
     */
    public Builder ingestionThreads(int threads) {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException(
            "ingestion threads must be from 1 to 64, was " + threads);
      }
      this.ingestionThreads = threads;
      return this;
    }

    /** Returns a new instance with this configuration. */
    public CustomerProfiles build() {
      return new DefaultCustomerProfiles(this);
    }
  }
}
