package io.profilesim.job;

import io.profilesim.IdentityResolutionJobListener;
import io.profilesim.MergeRecord;
import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainConfig;
import io.profilesim.domain.DomainListener;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.IdGenerator;
import io.profilesim.domain.PageToken;
import io.profilesim.domain.ServiceContext;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.export.ExportWriter;
import io.profilesim.export.S3Layout;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.ExportingLocation;
import io.profilesim.model.GetIdentityResolutionJobRequest;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.GetMatchesRequest;
import io.profilesim.model.GetMatchesResponse;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.IdentityResolutionJobStatus;
import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobStats;
import io.profilesim.model.ListIdentityResolutionJobsRequest;
import io.profilesim.model.ListIdentityResolutionJobsResponse;
import io.profilesim.model.MatchItem;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.S3ExportingConfig;
import io.profilesim.model.S3ExportingLocation;
import io.profilesim.scheduling.JobScheduler;
import io.profilesim.validation.ShapeValidator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs Identity Resolution Jobs, on schedule or on demand, and answers GetIdentityResolutionJob,
 * ListIdentityResolutionJobs and GetMatches.
 *
 * <p>A domain with matching enabled always has one PENDING job: the next scheduled run, whose
 * {@code JobStartTime} is when it will start. When it fires it becomes the running job and the
 * following week's PENDING job is created. Disabling matching or deleting the domain removes the
 * schedule and the PENDING job; finished jobs stay until they expire.
 *
 * <p>Rules where AWS is silent: jobs expire {@link #RETENTION} after they end; at most
 * {@value #JOBS_PER_WEEK} jobs start per domain in any 7 days (scheduled or on demand); one job per
 * domain runs at a time.
 */
public final class JobService implements DomainListener {
  /** AWS quota: Identity Resolution Jobs per domain per week (not adjustable). */
  public static final int JOBS_PER_WEEK = 3;
  /** How long a finished job stays in the history. */
  public static final Duration RETENTION = Duration.ofDays(30);
  static final Duration WEEK = Duration.ofDays(7);
  private static final int DEFAULT_PAGE_SIZE = 100;

  private final ServiceContext context;
  private final DomainRegistry registry;
  private final JobPipeline pipeline;
  private final Path exportRoot;
  private final IdentityResolutionJobListener listener;
  private final Map<Domain, DomainJobs> jobs = new ConcurrentHashMap<>();
  private JobScheduler scheduler;

  /**
   * @param exportRoot the folder standing for S3, or {@code null} when results are not exported
   * @param listener told of every status change of every job
   */
  public JobService(ServiceContext context, DomainRegistry registry, JobPipeline pipeline,
      Path exportRoot, IdentityResolutionJobListener listener) {
    this.context = context;
    this.registry = registry;
    this.pipeline = pipeline;
    this.exportRoot = exportRoot;
    this.listener = listener;
  }

  /** Sets the scheduler that fires this service's scheduled runs; called once, at assembly. */
  public void useScheduler(Function<JobScheduler.FireHandler, JobScheduler> factory) {
    this.scheduler = factory.apply(this::fire);
  }

  // ---------------------------------------------------------------- schedule

  @Override
  public void configured(Domain domain, DomainConfig before) {
    DomainConfig after = domain.config();
    boolean wasOn = before != null && before.matchingEnabled();
    DomainJobs state = state(domain);
    if (!after.matchingEnabled()) {
      if (wasOn) {
        scheduler.unschedule(domain.name());
        state.dropPending();
      }
      return;
    }
    if (!wasOn || !Objects.equals(schedule(before), schedule(after))) {
      Instant now = context.now();
      scheduler.schedule(domain.name(), schedule(after), now);
      state.plan(scheduler.nextFireTime(domain.name()).orElseThrow(), now);
    }
  }

  @Override
  public void deleted(Domain domain) {
    scheduler.unschedule(domain.name());
    jobs.remove(domain);
  }

  private static JobSchedule schedule(DomainConfig config) {
    MatchingRequest m = config.matching();
    return m == null ? null : m.jobSchedule();
  }

  /** Runs a domain's scheduled job; the scheduler calls it at the trigger's instant. */
  void fire(String domainName, Instant scheduledTime) {
    Domain domain;
    try {
      domain = registry.get(domainName);
    } catch (ResourceNotFoundException e) {
      return; // deleted after the trigger fired
    }
    DomainJobs state = state(domain);
    JobRecord job = state.takePending(scheduledTime, context.now());
    scheduler.nextFireTime(domainName).ifPresent(next -> state.plan(next, context.now()));
    state.running.lock();
    try {
      run(domain, state, job);
    } finally {
      state.running.unlock();
    }
  }

  // ---------------------------------------------------------------- run

  /**
   * Runs a job now, on the calling thread, and returns it once finished. Beyond AWS: batch runs and
   * tests use it instead of waiting for the schedule. It counts against the weekly quota.
   *
   * @throws BadRequestException if matching is off, a job is running, or the quota is used up
   */
  public GetIdentityResolutionJobResponse runNow(String domainName) {
    Domain domain = registry.get(domainName);
    if (!domain.config().matchingEnabled()) {
      throw new BadRequestException("Cannot run an Identity Resolution Job for domain " + domainName
          + ": Matching.Enabled is false");
    }
    DomainJobs state = state(domain);
    // A listener on the running job's thread would re-enter the reentrant lock: refuse it too.
    if (state.running.isHeldByCurrentThread() || !state.running.tryLock()) {
      throw new BadRequestException("Cannot run an Identity Resolution Job for domain " + domainName
          + ": job " + state.runningJobId + " is still running, and a domain runs one job at a time");
    }
    try {
      Instant now = context.now();
      String quota = state.quotaProblem(now);
      if (quota != null) {
        throw new BadRequestException("Cannot run an Identity Resolution Job for domain " + domainName
            + ": " + quota);
      }
      JobRecord job = state.add(new JobRecord(domainName, state.ids.next(), now, now));
      run(domain, state, job);
      return job.toResponse();
    } finally {
      state.running.unlock();
    }
  }

  private void run(Domain domain, DomainJobs state, JobRecord job) {
    Instant start = context.now();
    String quota = state.quotaProblem(start);
    if (quota != null) {
      job.start(start, null);
      finish(state, job, IdentityResolutionJobStatus.FAILED, "Not run: " + quota);
      return;
    }
    state.started(start, job.jobId());
    DomainConfig config = domain.config();
    MatchingRequest matching = config.matching();
    AutoMerging autoMerging = matching == null ? null : matching.autoMerging();
    job.start(start, autoMerging);
    notifyListener(job);
    MatchOutcome outcome;
    List<MergeRecord> merges;
    long reviewed;
    try {
      PreparedRun prepared = pipeline.prepare(domain);
      reviewed = prepared.profilesReviewed();
      step(job, IdentityResolutionJobStatus.FIND_MATCHING);
      outcome = prepared.findMatches();
      step(job, IdentityResolutionJobStatus.MERGING);
      merges = autoMerging != null && Boolean.TRUE.equals(autoMerging.enabled())
          ? prepared.autoMerge(outcome, autoMerging, job.jobId())
          : List.of();
    } catch (ResourceNotFoundException e) {
      finish(state, job, IdentityResolutionJobStatus.FAILED, "The domain was deleted during the job");
      return;
    } catch (RuntimeException e) {
      finish(state, job, IdentityResolutionJobStatus.FAILED, "The job failed and merged nothing: " + e);
      return;
    }
    long mergedAway = merges.stream().mapToLong(m -> m.mergedProfileIds().size()).sum();
    job.stats(new JobStats(reviewed, (long) outcome.matches().size(), mergedAway));
    Instant generated = context.now();
    state.latest(outcome, generated);
    String exportProblem = export(matching, domain.name(), job, outcome, merges, generated);
    finish(state, job, exportProblem == null
        ? IdentityResolutionJobStatus.COMPLETED : IdentityResolutionJobStatus.PARTIAL_SUCCESS, exportProblem);
  }

  /** Writes the export when one is configured; returns why it failed, or {@code null}. */
  private String export(MatchingRequest matching, String domainName, JobRecord job,
      MatchOutcome outcome, List<MergeRecord> merges, Instant generated) {
    S3ExportingConfig s3 = matching == null || matching.exportingConfig() == null ? null
        : matching.exportingConfig().s3Exporting();
    if (s3 == null) {
      return null;
    }
    String prefix = S3Layout.jobKeyPrefix(s3.s3KeyName(), domainName, job.jobId());
    if (exportRoot == null) {
      return "The matches were found but not exported to s3://" + s3.s3BucketName() + "/" + prefix
          + ": no export root is configured (CustomerProfiles.Builder.exportRoot)";
    }
    try {
      new ExportWriter(exportRoot).write(new ExportWriter.JobExport(s3.s3BucketName(), prefix,
          domainName, job.jobId(), generated, outcome.matches(), merges, outcome.report()));
      job.exportedTo(new ExportingLocation(new S3ExportingLocation(s3.s3BucketName(), prefix)));
      return null;
    } catch (RuntimeException e) {
      return "The matches were found and kept, but the export failed: " + e.getMessage();
    }
  }

  private void step(JobRecord job, IdentityResolutionJobStatus status) {
    job.moveTo(status, context.now());
    notifyListener(job);
  }

  private void finish(DomainJobs state, JobRecord job, IdentityResolutionJobStatus status, String message) {
    Instant now = context.now();
    job.end(status, message, now, now.plus(RETENTION));
    state.finished();
    notifyListener(job);
  }

  private void notifyListener(JobRecord job) {
    listener.statusChanged(job.toResponse());
  }

  // ---------------------------------------------------------------- read

  public GetIdentityResolutionJobResponse getJob(GetIdentityResolutionJobRequest request) {
    ShapeValidator.standard().validate(request);
    DomainJobs state = state(registry.get(request.domainName()));
    return state.visible(context.now()).stream()
        .filter(j -> j.jobId().equals(request.jobId()))
        .findFirst()
        .map(JobRecord::toResponse)
        .orElseThrow(() -> new ResourceNotFoundException("Job " + request.jobId()
            + " not found in domain " + request.domainName()));
  }

  /**
   * Lists a domain's jobs, newest {@code JobStartTime} first (the PENDING job, which starts in the
   * future, comes first), then by JobId.
   */
  public ListIdentityResolutionJobsResponse listJobs(ListIdentityResolutionJobsRequest request) {
    ShapeValidator.standard().validate(request);
    String listing = "ListIdentityResolutionJobs/" + request.domainName();
    DomainJobs state = state(registry.get(request.domainName()));
    String after = PageToken.decode(listing, request.nextToken());
    int max = request.maxResults() == null ? DEFAULT_PAGE_SIZE : request.maxResults();
    List<JobRecord> all = new ArrayList<>(state.visible(context.now()));
    all.sort(Comparator.comparing(JobRecord::jobStartTime).reversed().thenComparing(JobRecord::jobId));
    List<IdentityResolutionJob> page = new ArrayList<>();
    boolean past = after == null;
    String lastKey = null;
    boolean more = false;
    for (JobRecord j : all) {
      String key = sortKey(j);
      if (!past) {
        past = key.compareTo(after) > 0;
        if (!past) {
          continue;
        }
      }
      if (page.size() == max) {
        more = true;
        break;
      }
      page.add(j.toListItem());
      lastKey = key;
    }
    return new ListIdentityResolutionJobsResponse(page, more ? PageToken.encode(listing, lastKey) : null);
  }

  /** Orders like the listing: newest start first, then JobId. */
  private static String sortKey(JobRecord j) {
    return String.format("%019d/%s", Long.MAX_VALUE - j.jobStartTime().toEpochMilli(), j.jobId());
  }

  /** Returns the match groups of the latest completed run, by MatchId. */
  public GetMatchesResponse getMatches(GetMatchesRequest request) {
    ShapeValidator.standard().validate(request);
    String listing = "GetMatches/" + request.domainName();
    DomainJobs state = state(registry.get(request.domainName()));
    LatestMatches latest = state.latest();
    if (latest == null) {
      return new GetMatchesResponse(null, null, 0, List.of());
    }
    String after = PageToken.decode(listing, request.nextToken());
    int max = request.maxResults() == null ? DEFAULT_PAGE_SIZE : request.maxResults();
    List<MatchItem> page = new ArrayList<>();
    boolean more = false;
    for (MatchItem m : latest.matches()) {
      if (after != null && m.matchId().compareTo(after) <= 0) {
        continue;
      }
      if (page.size() == max) {
        more = true;
        break;
      }
      page.add(m);
    }
    String next = more ? PageToken.encode(listing, page.get(page.size() - 1).matchId()) : null;
    return new GetMatchesResponse(next, latest.generatedAt(), latest.matches().size(), page);
  }

  /**
   * Returns what the latest completed run of a domain found (its match groups and the report of
   * how it found them), or empty before the first run.
   *
   * @throws io.profilesim.exception.ResourceNotFoundException if the domain does not exist
   */
  public Optional<MatchOutcome> latestOutcome(String domainName) {
    LatestMatches latest = state(registry.get(domainName)).latest();
    return latest == null ? Optional.empty() : Optional.of(latest.outcome());
  }

  /**
   * Returns the match groups of a domain's latest completed run, by MatchId; empty before the
   * first run.
   *
   * @throws io.profilesim.exception.ResourceNotFoundException if the domain does not exist
   */
  public List<MatchItem> latestMatches(String domainName) {
    LatestMatches latest = state(registry.get(domainName)).latest();
    return latest == null ? List.of() : latest.matches();
  }

  private DomainJobs state(Domain domain) {
    return jobs.computeIfAbsent(domain, d -> new DomainJobs(d.name(),
        new IdGenerator(context.seed(), "job/" + d.name())));
  }

  /** Stops the scheduler. */
  public void close() {
    if (scheduler != null) {
      scheduler.close();
    }
  }

  private record LatestMatches(List<MatchItem> matches, Instant generatedAt, MatchOutcome outcome) {}

  /** A domain's jobs: history, the PENDING job, the latest matches, the quota window. */
  private static final class DomainJobs {
    final String domainName;
    final IdGenerator ids;
    final ReentrantLock running = new ReentrantLock();
    volatile String runningJobId;
    private final List<JobRecord> history = new ArrayList<>();
    private final Deque<Instant> starts = new ArrayDeque<>();
    private JobRecord pending;
    private LatestMatches latest;

    DomainJobs(String domainName, IdGenerator ids) {
      this.domainName = domainName;
      this.ids = ids;
    }

    synchronized JobRecord add(JobRecord job) {
      history.add(job);
      return job;
    }

    /** Makes (or moves) the PENDING job for the next scheduled instant. */
    synchronized void plan(Instant nextStart, Instant now) {
      if (pending == null) {
        pending = add(new JobRecord(domainName, ids.next(), nextStart, now));
      } else {
        pending.plannedFor(nextStart, now);
      }
    }

    synchronized void dropPending() {
      if (pending != null) {
        history.remove(pending);
        pending = null;
      }
    }

    /** Hands over the PENDING job to run now (or makes one if the schedule was just set). */
    synchronized JobRecord takePending(Instant scheduledTime, Instant now) {
      JobRecord job = pending != null ? pending
          : add(new JobRecord(domainName, ids.next(), scheduledTime, now));
      pending = null;
      return job;
    }

    /** Returns why a job may not start now, or {@code null}. */
    synchronized String quotaProblem(Instant now) {
      Instant windowStart = now.minus(WEEK);
      while (!starts.isEmpty() && !starts.peekFirst().isAfter(windowStart)) {
        starts.removeFirst();
      }
      if (starts.size() < JOBS_PER_WEEK) {
        return null;
      }
      return JOBS_PER_WEEK + " jobs already started in the 7 days before " + now
          + ", the most Customer Profiles allows per domain per week; the next may start after "
          + starts.peekFirst().plus(WEEK);
    }

    synchronized void started(Instant at, String jobId) {
      starts.addLast(at);
      runningJobId = jobId;
    }

    synchronized void finished() {
      runningJobId = null;
    }

    synchronized void latest(MatchOutcome outcome, Instant generatedAt) {
      List<MatchItem> sorted = new ArrayList<>(outcome.matches());
      sorted.sort(Comparator.comparing(MatchItem::matchId));
      latest = new LatestMatches(List.copyOf(sorted), generatedAt, outcome);
    }

    synchronized LatestMatches latest() {
      return latest;
    }

    /** Returns the jobs not yet expired, dropping the expired ones. */
    synchronized List<JobRecord> visible(Instant now) {
      history.removeIf(j -> j.jobExpirationTime() != null && !now.isBefore(j.jobExpirationTime()));
      return List.copyOf(history);
    }
  }
}
