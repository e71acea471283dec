package io.profilesim.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.MergeRecord;
import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.DomainService;
import io.profilesim.domain.ServiceContext;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.ExportingConfig;
import io.profilesim.model.GetIdentityResolutionJobRequest;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.GetMatchesRequest;
import io.profilesim.model.GetMatchesResponse;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.IdentityResolutionJobStatus;
import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import io.profilesim.model.JobStats;
import io.profilesim.model.ListIdentityResolutionJobsRequest;
import io.profilesim.model.MatchItem;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.S3ExportingConfig;
import io.profilesim.model.UpdateDomainRequest;
import io.profilesim.scheduling.SimulatedClock;
import io.profilesim.scheduling.SimulatedJobScheduler;
import io.profilesim.validation.ShapeValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job lifecycle, schedule, quota, history and export, over a scripted pipeline. */
final class JobServiceTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z"); // a Thursday
  private static final Instant FIRST_SATURDAY = Instant.parse("2026-01-03T00:00:00Z");

  @TempDir Path exportRoot;

  private final SimulatedClock clock = new SimulatedClock(START);
  private final ServiceContext context = new ServiceContext(clock, "us-east-1", "123456789012", 7);
  private final DomainRegistry registry = new DomainRegistry(7);
  private final DomainService domains = new DomainService(context, registry);
  private final ScriptedPipeline pipeline = new ScriptedPipeline();
  private final List<String> statuses = new ArrayList<>();
  private SimulatedJobScheduler scheduler;
  private JobService jobs;

  private void assemble(Path root) {
    jobs = new JobService(context, registry, pipeline, root,
        job -> statuses.add(job.jobId().substring(0, 4) + ":" + job.status()));
    jobs.useScheduler(handler -> scheduler = new SimulatedJobScheduler(clock, handler));
    domains.addListener(jobs);
  }

  private void createDomain(MatchingRequest matching) {
    domains.createDomain(CreateDomainRequest.builder().domainName("retail").defaultExpirationDays(30)
        .matching(matching).build());
  }

  private static MatchingRequest matchingOn() {
    return MatchingRequest.builder().enabled(true).build();
  }

  private List<IdentityResolutionJob> history() {
    var response = jobs.listJobs(new ListIdentityResolutionJobsRequest("retail", null, null));
    assertThat(ShapeValidator.standard().check(response)).isEmpty();
    return response.identityResolutionJobsList();
  }

  private static String id(int n) {
    return String.format("%032x", n);
  }

  private static <T> T valid(T shape) {
    assertThat(ShapeValidator.standard().check(shape)).isEmpty();
    return shape;
  }

  @Test
  void enablingMatching_plansAPendingJobForSaturdayMidnight() {
    assemble(exportRoot);
    createDomain(matchingOn());

    assertThat(history()).singleElement().satisfies(job -> {
      assertThat(job.status()).isEqualTo(IdentityResolutionJobStatus.PENDING);
      assertThat(job.jobStartTime()).isEqualTo(FIRST_SATURDAY);
      assertThat(job.jobId()).matches("[a-f0-9]{32}");
    });
  }

  @Test
  void aScheduledRun_goesThroughEveryStatus_andPlansTheNextWeek() {
    assemble(exportRoot);
    createDomain(matchingOn());
    pipeline.matches = List.of(new MatchItem("m1", List.of(id(1), id(2)), 0.97));
    String firstId = history().get(0).jobId();

    scheduler.advanceTo(FIRST_SATURDAY.plus(Duration.ofHours(1)));

    String id = firstId.substring(0, 4);
    assertThat(statuses).containsExactly(id + ":PREPROCESSING", id + ":FIND_MATCHING", id + ":MERGING",
        id + ":COMPLETED");
    GetIdentityResolutionJobResponse done = valid(jobs.getJob(new GetIdentityResolutionJobRequest("retail", firstId)));
    assertThat(done.jobStartTime()).isEqualTo(FIRST_SATURDAY);
    assertThat(done.jobEndTime()).isEqualTo(FIRST_SATURDAY);
    assertThat(done.jobExpirationTime()).isEqualTo(FIRST_SATURDAY.plus(Duration.ofDays(30)));
    assertThat(done.jobStats()).isEqualTo(new JobStats(10L, 1L, 0L));
    assertThat(done.message()).isNull();
    assertThat(history()).extracting(IdentityResolutionJob::status, IdentityResolutionJob::jobStartTime)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IdentityResolutionJobStatus.PENDING, Instant.parse("2026-01-10T00:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(IdentityResolutionJobStatus.COMPLETED, FIRST_SATURDAY));
  }

  @Test
  void aSimulatedYear_runsFiftyTwoJobs_andKeepsThirtyDaysOfHistory() {
    assemble(exportRoot);
    createDomain(matchingOn());

    scheduler.advanceTo(Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(statuses.stream().filter(s -> s.endsWith(":COMPLETED"))).hasSize(52);
    assertThat(history()).extracting(IdentityResolutionJob::jobStartTime).containsExactly(
        Instant.parse("2027-01-02T00:00:00Z"), Instant.parse("2026-12-26T00:00:00Z"),
        Instant.parse("2026-12-19T00:00:00Z"), Instant.parse("2026-12-12T00:00:00Z"),
        Instant.parse("2026-12-05T00:00:00Z"));
  }

  @Test
  void changingTheSchedule_movesThePendingJob() {
    assemble(exportRoot);
    createDomain(matchingOn());

    domains.updateDomain(UpdateDomainRequest.builder().domainName("retail").matching(MatchingRequest.builder()
        .enabled(true).jobSchedule(new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, "6:30")).build()).build());

    assertThat(history()).singleElement().satisfies(job ->
        assertThat(job.jobStartTime()).isEqualTo(Instant.parse("2026-01-05T06:30:00Z")));
    scheduler.advanceTo(Instant.parse("2026-01-06T00:00:00Z"));
    assertThat(history()).extracting(IdentityResolutionJob::status).containsExactly(
        IdentityResolutionJobStatus.PENDING, IdentityResolutionJobStatus.COMPLETED);
  }

  @Test
  void disablingMatching_deletesThePendingJobAndStopsTheRuns() {
    assemble(exportRoot);
    createDomain(matchingOn());
    scheduler.advanceTo(Instant.parse("2026-01-04T00:00:00Z"));

    domains.updateDomain(UpdateDomainRequest.builder().domainName("retail")
        .matching(MatchingRequest.builder().enabled(false).build()).build());
    scheduler.advanceTo(Instant.parse("2026-02-01T00:00:00Z"));

    assertThat(history()).extracting(IdentityResolutionJob::status)
        .containsExactly(IdentityResolutionJobStatus.COMPLETED);
    assertThat(scheduler.nextFireTime("retail")).isEmpty();
  }

  @Test
  void deletingTheDomain_stopsItsRuns() {
    assemble(exportRoot);
    createDomain(matchingOn());

    domains.deleteDomain(new io.profilesim.model.DeleteDomainRequest("retail"));
    scheduler.advanceTo(Instant.parse("2026-02-01T00:00:00Z"));

    assertThat(statuses).isEmpty();
    assertThat(scheduler.nextFireTime("retail")).isEmpty();
  }

  @Test
  void runNow_runsAtOnceAndCountsAgainstTheWeeklyQuota() {
    assemble(exportRoot);
    createDomain(matchingOn());

    for (int i = 0; i < 3; i++) {
      assertThat(valid(jobs.runNow("retail")).status()).isEqualTo(IdentityResolutionJobStatus.COMPLETED);
      scheduler.advanceTo(clock.instant().plus(Duration.ofMinutes(10)));
    }

    assertThatThrownBy(() -> jobs.runNow("retail"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Cannot run an Identity Resolution Job for domain retail: 3 jobs already started in"
            + " the 7 days before 2026-01-01T00:30:00Z, the most Customer Profiles allows per domain per"
            + " week; the next may start after 2026-01-08T00:00:00Z");
  }

  @Test
  void aScheduledRunBeyondTheQuota_isRecordedAsFailedWithTheReason() {
    assemble(exportRoot);
    createDomain(matchingOn());
    IntStream.range(0, 3).forEach(i -> jobs.runNow("retail"));

    scheduler.advanceTo(FIRST_SATURDAY);

    IdentityResolutionJob saturday = history().stream()
        .filter(j -> j.jobStartTime().equals(FIRST_SATURDAY)).findFirst().orElseThrow();
    assertThat(saturday.status()).isEqualTo(IdentityResolutionJobStatus.FAILED);
    assertThat(saturday.message()).isEqualTo("Not run: 3 jobs already started in the 7 days before"
        + " 2026-01-03T00:00:00Z, the most Customer Profiles allows per domain per week; the next may"
        + " start after 2026-01-08T00:00:00Z");
  }

  @Test
  void runNow_withMatchingOff_isRefused() {
    assemble(exportRoot);
    createDomain(null);

    assertThatThrownBy(() -> jobs.runNow("retail"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Cannot run an Identity Resolution Job for domain retail: Matching.Enabled is false");
  }

  @Test
  void aFailingStep_failsTheJobWithItsMessage_andKeepsThePreviousMatches() {
    assemble(exportRoot);
    createDomain(matchingOn());
    pipeline.matches = List.of(new MatchItem("m1", List.of(id(1), id(2)), 0.97));
    jobs.runNow("retail");
    pipeline.failFindMatches = new IllegalStateException("out of candidate pairs");

    var failed = jobs.runNow("retail");

    assertThat(failed.status()).isEqualTo(IdentityResolutionJobStatus.FAILED);
    assertThat(failed.message()).isEqualTo("The job failed and merged nothing:"
        + " java.lang.IllegalStateException: out of candidate pairs");
    assertThat(jobs.getMatches(new GetMatchesRequest(null, null, "retail")).matches())
        .extracting(MatchItem::matchId).containsExactly("m1");
  }

  @Test
  void autoMerging_runsOnlyWhenEnabled_withTheConfigurationSnapshotRecorded() {
    assemble(exportRoot);
    AutoMerging autoMerging = AutoMerging.builder().enabled(true).minAllowedConfidenceScoreForMerging(0.9).build();
    createDomain(MatchingRequest.builder().enabled(true).autoMerging(autoMerging).build());
    pipeline.merges = List.of(new MergeRecord(null, "m1", 0.97, null, id(1), List.of(id(2), id(3)), null));

    var job = jobs.runNow("retail");

    assertThat(pipeline.mergedWith).isEqualTo(autoMerging);
    assertThat(job.autoMerging()).isEqualTo(autoMerging);
    assertThat(job.jobStats().numberOfMergesDone()).isEqualTo(2L);
  }

  @Test
  void export_isWrittenAndItsLocationReported() {
    assemble(exportRoot);
    createDomain(MatchingRequest.builder().enabled(true)
        .exportingConfig(new ExportingConfig(new S3ExportingConfig("profile-exports", "identity-resolution/")))
        .build());
    pipeline.matches = List.of(new MatchItem("m1", List.of(id(1), id(2)), 0.97));

    var job = valid(jobs.runNow("retail"));

    String prefix = "identity-resolution/retail/" + job.jobId() + "/";
    assertThat(job.status()).isEqualTo(IdentityResolutionJobStatus.COMPLETED);
    assertThat(job.exportingLocation().s3Exporting().s3BucketName()).isEqualTo("profile-exports");
    assertThat(job.exportingLocation().s3Exporting().s3KeyName()).isEqualTo(prefix);
    assertThat(exportRoot.resolve("profile-exports/" + prefix + "_SUCCESS")).exists();
  }

  @Test
  void anUnwritableExport_isPartialSuccess_andTheMatchesAreKept() throws Exception {
    assemble(exportRoot);
    Files.writeString(exportRoot.resolve("profile-exports"), "not a folder");
    createDomain(MatchingRequest.builder().enabled(true)
        .exportingConfig(new ExportingConfig(new S3ExportingConfig("profile-exports", null))).build());
    pipeline.matches = List.of(new MatchItem("m1", List.of(id(1), id(2)), 0.97));

    var job = jobs.runNow("retail");

    assertThat(job.status()).isEqualTo(IdentityResolutionJobStatus.PARTIAL_SUCCESS);
    assertThat(job.message()).startsWith("The matches were found and kept, but the export failed: cannot"
        + " export job " + job.jobId() + " to s3://profile-exports/retail/" + job.jobId() + "/: ");
    assertThat(job.exportingLocation()).isNull();
    assertThat(jobs.getMatches(new GetMatchesRequest(null, null, "retail")).potentialMatches()).isEqualTo(1);
  }

  @Test
  void exportWithoutAnExportRoot_isPartialSuccessSayingWhy() {
    assemble(null);
    createDomain(MatchingRequest.builder().enabled(true)
        .exportingConfig(new ExportingConfig(new S3ExportingConfig("profile-exports", "ir"))).build());

    var job = jobs.runNow("retail");

    assertThat(job.status()).isEqualTo(IdentityResolutionJobStatus.PARTIAL_SUCCESS);
    assertThat(job.message()).isEqualTo("The matches were found but not exported to"
        + " s3://profile-exports/ir/retail/" + job.jobId() + "/: no export root is configured"
        + " (CustomerProfiles.Builder.exportRoot)");
  }

  @Test
  void getMatches_pagesTheLatestRunByMatchId() {
    assemble(exportRoot);
    createDomain(matchingOn());
    pipeline.matches = List.of(new MatchItem("m5", List.of(id(9), id(10)), 0.9), new MatchItem("m1", List.of(id(1), id(2)), 0.9),
        new MatchItem("m3", List.of(id(5), id(6)), 0.9), new MatchItem("m2", List.of(id(3), id(4)), 0.9),
        new MatchItem("m4", List.of(id(7), id(8)), 0.9));
    jobs.runNow("retail");

    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      GetMatchesResponse page = valid(jobs.getMatches(new GetMatchesRequest(token, 2, "retail")));
      assertThat(page.potentialMatches()).isEqualTo(5);
      assertThat(page.matchGenerationDate()).isEqualTo(START);
      page.matches().forEach(m -> seen.add(m.matchId()));
      token = page.nextToken();
    } while (token != null);

    assertThat(seen).containsExactly("m1", "m2", "m3", "m4", "m5");
  }

  @Test
  void getMatches_beforeAnyRun_isEmpty() {
    assemble(exportRoot);
    createDomain(matchingOn());

    var response = valid(jobs.getMatches(new GetMatchesRequest(null, null, "retail")));

    assertThat(response.potentialMatches()).isZero();
    assertThat(response.matches()).isEmpty();
    assertThat(response.matchGenerationDate()).isNull();
  }

  @Test
  void unknownJob_isNotFound() {
    assemble(exportRoot);
    createDomain(matchingOn());

    assertThatThrownBy(() -> jobs.getJob(new GetIdentityResolutionJobRequest("retail", "0".repeat(32))))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Job 00000000000000000000000000000000 not found in domain retail");
  }

  @Test
  void listJobs_pagesNewestFirst() {
    assemble(exportRoot);
    createDomain(matchingOn());
    scheduler.advanceTo(Instant.parse("2026-01-20T00:00:00Z"));

    List<Instant> starts = new ArrayList<>();
    String token = null;
    do {
      var page = jobs.listJobs(new ListIdentityResolutionJobsRequest("retail", token, 1));
      page.identityResolutionJobsList().forEach(j -> starts.add(j.jobStartTime()));
      token = page.nextToken();
    } while (token != null);

    assertThat(starts).containsExactly(Instant.parse("2026-01-24T00:00:00Z"), Instant.parse("2026-01-17T00:00:00Z"),
        Instant.parse("2026-01-10T00:00:00Z"), FIRST_SATURDAY);
  }

  /** A pipeline whose results the test sets. */
  private static final class ScriptedPipeline implements JobPipeline {
    List<MatchItem> matches = List.of();
    List<MergeRecord> merges = List.of();
    RuntimeException failFindMatches;
    AutoMerging mergedWith;

    @Override
    public PreparedRun prepare(Domain domain) {
      return new PreparedRun() {
        @Override
        public long profilesReviewed() {
          return 10;
        }

        @Override
        public MatchOutcome findMatches() {
          if (failFindMatches != null) {
            throw failFindMatches;
          }
          return new MatchOutcome(matches, null);
        }

        @Override
        public List<MergeRecord> autoMerge(MatchOutcome outcome, AutoMerging autoMerging, String jobId) {
          mergedWith = autoMerging;
          return merges;
        }
      };
    }
  }
}
