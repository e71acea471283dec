package io.profilesim;

import com.google.common.util.concurrent.RateLimiter;
import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.DomainService;
import io.profilesim.domain.ProfileService;
import io.profilesim.domain.ServiceContext;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.CustomerProfilesException;
import io.profilesim.exception.InternalServerException;
import io.profilesim.exception.ThrottlingException;
import io.profilesim.ingest.DeadLetterQueues;
import io.profilesim.ingest.FileIngester;
import io.profilesim.ingest.ObjectTypeService;
import io.profilesim.ingest.ProfileObjectService;
import io.profilesim.job.DefaultJobPipeline;
import io.profilesim.job.JobService;
import io.profilesim.job.MatchingReport;
import io.profilesim.matching.MatchingEngine;
import io.profilesim.matching.MatchingSettings;
import io.profilesim.matching.PairExplanation;
import io.profilesim.merging.MergeService;
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
import io.profilesim.model.MatchItem;
import io.profilesim.model.MergeProfilesRequest;
import io.profilesim.model.MergeProfilesResponse;
import io.profilesim.model.Profile;
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
import io.profilesim.scheduling.QuartzJobScheduler;
import io.profilesim.scheduling.SimulatedClock;
import io.profilesim.scheduling.SimulatedJobScheduler;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The in-process service: checks the request rate, delegates each operation to the service of its
 * feature, and turns anything unexpected into the service's 500.
 */
final class DefaultCustomerProfiles implements CustomerProfiles {
  private final ServiceContext context;
  private final RateLimiter rateLimiter;
  private final DomainRegistry registry;
  private final DomainService domains;
  private final ProfileService profiles;
  private final ObjectTypeService objectTypes;
  private final ProfileObjectService objects;
  private final DeadLetterQueues deadLetterQueues = new DeadLetterQueues();
  private final FileIngester files;
  private final MatchingSettings matchingSettings;
  private final JobService jobs;
  private final MergeService merging;
  /** The virtual clock and its scheduler in simulation, or {@code null} in live mode. */
  private final SimulatedClock simulatedClock;
  private SimulatedJobScheduler simulatedScheduler;

  DefaultCustomerProfiles(Builder builder) {
    this.simulatedClock = builder.simulationStart == null ? null
        : new SimulatedClock(builder.simulationStart);
    Clock clock = simulatedClock != null ? simulatedClock : builder.clock;
    this.context = new ServiceContext(clock, builder.region, builder.accountId, builder.seed);
    this.rateLimiter = builder.requestsPerSecond > 0 ? RateLimiter.create(builder.requestsPerSecond) : null;
    this.registry = new DomainRegistry(builder.seed);
    this.domains = new DomainService(context, registry);
    this.profiles = new ProfileService(context, registry);
    this.objectTypes = new ObjectTypeService(context, registry);
    this.objects = new ProfileObjectService(context, registry, deadLetterQueues);
    this.files = new FileIngester(context, registry, objects, builder.ingestionThreads);
    this.matchingSettings = builder.matchingSettings;
    this.merging = new MergeService(context, registry);
    this.jobs = new JobService(context, registry,
        new DefaultJobPipeline(context, matchingSettings, merging), builder.exportRoot,
        builder.jobListener);
    if (simulatedClock != null) {
      jobs.useScheduler(handler ->
          simulatedScheduler = new SimulatedJobScheduler(simulatedClock, handler));
    } else {
      jobs.useScheduler(handler -> QuartzJobScheduler.inWallClockTime(handler,
          builder.quartzProperties, Clock.systemUTC()));
    }
    domains.addListener(jobs);
  }

  @Override
  public CreateDomainResponse createDomain(CreateDomainRequest request) {
    return call("CreateDomain", request, () -> domains.createDomain(request));
  }

  @Override
  public GetDomainResponse getDomain(GetDomainRequest request) {
    return call("GetDomain", request, () -> domains.getDomain(request));
  }

  @Override
  public UpdateDomainResponse updateDomain(UpdateDomainRequest request) {
    return call("UpdateDomain", request, () -> domains.updateDomain(request));
  }

  @Override
  public DeleteDomainResponse deleteDomain(DeleteDomainRequest request) {
    return call("DeleteDomain", request, () -> domains.deleteDomain(request));
  }

  @Override
  public ListDomainsResponse listDomains(ListDomainsRequest request) {
    return call("ListDomains", request, () -> domains.listDomains(request));
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call("TagResource", request, () -> domains.tagResource(request));
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call("UntagResource", request, () -> domains.untagResource(request));
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return call("ListTagsForResource", request, () -> domains.listTagsForResource(request));
  }

  @Override
  public String domainArn(String domainName) {
    return context.domainArn(domainName);
  }

  @Override
  public CreateProfileResponse createProfile(CreateProfileRequest request) {
    return call("CreateProfile", request, () -> profiles.createProfile(request));
  }

  @Override
  public UpdateProfileResponse updateProfile(UpdateProfileRequest request) {
    return call("UpdateProfile", request, () -> profiles.updateProfile(request));
  }

  @Override
  public DeleteProfileResponse deleteProfile(DeleteProfileRequest request) {
    return call("DeleteProfile", request, () -> profiles.deleteProfile(request));
  }

  @Override
  public BatchGetProfileResponse batchGetProfile(BatchGetProfileRequest request) {
    return call("BatchGetProfile", request, () -> profiles.batchGetProfile(request));
  }

  @Override
  public SearchProfilesResponse searchProfiles(SearchProfilesRequest request) {
    return call("SearchProfiles", request, () -> profiles.searchProfiles(request));
  }

  @Override
  public AddProfileKeyResponse addProfileKey(AddProfileKeyRequest request) {
    return call("AddProfileKey", request, () -> profiles.addProfileKey(request));
  }

  @Override
  public DeleteProfileKeyResponse deleteProfileKey(DeleteProfileKeyRequest request) {
    return call("DeleteProfileKey", request, () -> profiles.deleteProfileKey(request));
  }

  @Override
  public PutProfileObjectTypeResponse putProfileObjectType(PutProfileObjectTypeRequest request) {
    return call("PutProfileObjectType", request, () -> objectTypes.putProfileObjectType(request));
  }

  @Override
  public GetProfileObjectTypeResponse getProfileObjectType(GetProfileObjectTypeRequest request) {
    return call("GetProfileObjectType", request, () -> objectTypes.getProfileObjectType(request));
  }

  @Override
  public DeleteProfileObjectTypeResponse deleteProfileObjectType(
      DeleteProfileObjectTypeRequest request) {
    return call("DeleteProfileObjectType", request,
        () -> objectTypes.deleteProfileObjectType(request));
  }

  @Override
  public ListProfileObjectTypesResponse listProfileObjectTypes(
      ListProfileObjectTypesRequest request) {
    return call("ListProfileObjectTypes", request,
        () -> objectTypes.listProfileObjectTypes(request));
  }

  @Override
  public PutProfileObjectResponse putProfileObject(PutProfileObjectRequest request) {
    return call("PutProfileObject", request, () -> objects.putProfileObject(request));
  }

  @Override
  public ListProfileObjectsResponse listProfileObjects(ListProfileObjectsRequest request) {
    return call("ListProfileObjects", request, () -> objects.listProfileObjects(request));
  }

  @Override
  public DeleteProfileObjectResponse deleteProfileObject(DeleteProfileObjectRequest request) {
    return call("DeleteProfileObject", request, () -> objects.deleteProfileObject(request));
  }

  @Override
  public List<DeadLetterMessage> deadLetterQueue(String url) {
    Objects.requireNonNull(url, "url");
    return deadLetterQueues.messages(url);
  }

  /** Not an AWS operation, so not rate-limited: it stands for many PutProfileObject calls. */
  @Override
  public IngestionReport ingestFile(String domainName, String objectTypeName, Path file,
      Consumer<IngestionReport> progress) {
    Objects.requireNonNull(file, "file");
    return guard("IngestFile", () -> files.ingest(domainName, objectTypeName, file, progress));
  }

  @Override
  public IngestionReport ingest(String domainName, String objectTypeName, Reader rows,
      FileFormat format, String source, Consumer<IngestionReport> progress) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(format, "format");
    return guard("Ingest",
        () -> files.ingest(domainName, objectTypeName, rows, format, source, progress));
  }

  @Override
  public GetIdentityResolutionJobResponse getIdentityResolutionJob(
      GetIdentityResolutionJobRequest request) {
    return call("GetIdentityResolutionJob", request, () -> jobs.getJob(request));
  }

  @Override
  public ListIdentityResolutionJobsResponse listIdentityResolutionJobs(
      ListIdentityResolutionJobsRequest request) {
    return call("ListIdentityResolutionJobs", request, () -> jobs.listJobs(request));
  }

  @Override
  public GetMatchesResponse getMatches(GetMatchesRequest request) {
    return call("GetMatches", request, () -> jobs.getMatches(request));
  }

  @Override
  public GetIdentityResolutionJobResponse runIdentityResolutionJob(String domainName) {
    Objects.requireNonNull(domainName, "domainName");
    return guard("RunIdentityResolutionJob", () -> jobs.runNow(domainName));
  }

  @Override
  public PairExplanation explainMatch(String domainName, String profileIdA, String profileIdB) {
    Objects.requireNonNull(profileIdA, "profileIdA");
    Objects.requireNonNull(profileIdB, "profileIdB");
    return guard("ExplainMatch", () -> {
      MatchingReport report = jobs.latestOutcome(domainName)
          .map(outcome -> (MatchingReport) outcome.report())
          .orElseThrow(() -> new BadRequestException("Cannot explain a match in domain "
              + domainName + ": it has no completed Identity Resolution Job yet"));
      Domain domain = registry.get(domainName);
      Profile a = domain.read(() -> domain.store().requireProfile(profileIdA).profile());
      Profile b = domain.read(() -> domain.store().requireProfile(profileIdB).profile());
      return MatchingEngine.create().explain(a, b,
          matchingSettings.toBuilder().parameters(report.parameters()).build());
    });
  }

  @Override
  public MergeProfilesResponse mergeProfiles(MergeProfilesRequest request) {
    return call("MergeProfiles", request, () -> merging.mergeProfiles(request));
  }

  @Override
  public GetAutoMergingPreviewResponse getAutoMergingPreview(GetAutoMergingPreviewRequest request) {
    return call("GetAutoMergingPreview", request,
        () -> merging.preview(request, latestMatches(request)));
  }

  /** Counts against the request rate as GetAutoMergingPreview, which it extends. */
  @Override
  public AutoMergingPreview autoMergingPreview(GetAutoMergingPreviewRequest request) {
    return call("GetAutoMergingPreview", request,
        () -> merging.autoMergingPreview(request, latestMatches(request)));
  }

  /**
   * Returns the latest matches, or none for a missing domain: the merge service then answers a bad
   * request with its 400 before the missing domain's 404, as for every other operation.
   */
  private List<MatchItem> latestMatches(GetAutoMergingPreviewRequest request) {
    return request.domainName() == null || registry.find(request.domainName()) == null
        ? List.of() : jobs.latestMatches(request.domainName());
  }

  @Override
  public ProfileLineage profileLineage(String domainName, String profileId) {
    Objects.requireNonNull(domainName, "domainName");
    Objects.requireNonNull(profileId, "profileId");
    return guard("ProfileLineage", () -> merging.lineage(domainName, profileId));
  }

  @Override
  public void advanceTimeTo(Instant target) {
    Objects.requireNonNull(target, "target");
    Instant now = requireSimulation("advanceTimeTo").instant();
    if (target.isBefore(now)) {
      throw new IllegalArgumentException(
          "virtual time only moves forward: it is " + now + ", cannot go back to " + target);
    }
    simulatedScheduler.advanceTo(target);
  }

  @Override
  public void restartAt(Instant restartAt) {
    Objects.requireNonNull(restartAt, "restartAt");
    Instant now = requireSimulation("restartAt").instant();
    if (restartAt.isBefore(now)) {
      throw new IllegalArgumentException(
          "virtual time only moves forward: it is " + now + ", cannot restart at " + restartAt);
    }
    simulatedScheduler.restartAt(restartAt);
  }

  @Override
  public Clock clock() {
    return context.clock();
  }

  private SimulatedClock requireSimulation(String operation) {
    if (simulatedClock == null) {
      throw new IllegalStateException(operation + " needs virtual time: build with"
          + " CustomerProfiles.builder().simulation(start)");
    }
    return simulatedClock;
  }

  /** Returns the domains, for the parts of profilesim that work on their stores directly. */
  DomainRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    jobs.close();
  }

  private <T> T call(String operation, Object request, Supplier<T> body) {
    Objects.requireNonNull(request, () -> operation + " request must not be null");
    if (rateLimiter != null && !rateLimiter.tryAcquire()) {
      throw new ThrottlingException("Rate exceeded: " + operation + " was called more often than the"
          + " configured " + rateLimiter.getRate() + " requests per second");
    }
    return guard(operation, body);
  }

  private static <T> T guard(String operation, Supplier<T> body) {
    try {
      return body.get();
    } catch (CustomerProfilesException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InternalServerException(operation + " failed inside profilesim: " + e, e);
    }
  }
}
