package io.profilesim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.exception.BadRequestException;
import io.profilesim.json.AwsJson;
import io.profilesim.matching.PairExplanation;
import io.profilesim.matching.SyntheticProfiles;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.ExportingConfig;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.GetMatchesRequest;
import io.profilesim.model.GetMatchesResponse;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.IdentityResolutionJobStatus;
import io.profilesim.model.ListIdentityResolutionJobsRequest;
import io.profilesim.model.MatchItem;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.Profile;
import io.profilesim.model.S3ExportingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly Identity Resolution Job through the facade, in virtual time: profiles go in, the
 * Quartz trigger fires on Saturday at midnight UTC, the matching engine finds the duplicates, and
 * the results are exported and served by GetMatches.
 */
final class IdentityResolutionJobEndToEndTest {
  private static final String DOMAIN = "retail";
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z"); // a Thursday
  private static final Instant FIRST_SATURDAY = Instant.parse("2026-01-03T00:00:00Z");

  @TempDir Path exportRoot;

  private final List<String> statuses = new ArrayList<>();
  /** Runs when a job reaches FIND_MATCHING, on the job's thread. */
  private Runnable duringMatching = () -> {};
  private final List<CustomerProfiles> opened = new ArrayList<>();
  /** Service profile id to the synthetic person it was made from. */
  private final Map<String, Integer> person = new HashMap<>();

  @AfterEach
  void close() {
    opened.forEach(CustomerProfiles::close);
  }

  private CustomerProfiles simulation(Path root) {
    CustomerProfiles profiles = CustomerProfiles.builder()
        .simulation(START)
        .seed(7)
        .exportRoot(root)
        .jobListener(job -> {
          statuses.add(job.status().toString());
          if (job.status() == IdentityResolutionJobStatus.FIND_MATCHING) {
            duringMatching.run();
          }
        })
        .build();
    opened.add(profiles);
    profiles.createDomain(CreateDomainRequest.builder()
        .domainName(DOMAIN)
        .defaultExpirationDays(365)
        .matching(MatchingRequest.builder()
            .enabled(true)
            .exportingConfig(new ExportingConfig(new S3ExportingConfig("results", "identity")))
            .build())
        .build());
    SyntheticProfiles.Data data = SyntheticProfiles.generate(400, 11);
    for (int i = 0; i < data.profiles().size(); i++) {
      Profile p = data.profiles().get(i);
      String id = profiles.createProfile(CreateProfileRequest.builder()
          .domainName(DOMAIN)
          .firstName(p.firstName())
          .lastName(p.lastName())
          .birthDate(p.birthDate())
          .emailAddress(p.emailAddress())
          .mobilePhoneNumber(p.mobilePhoneNumber())
          .homePhoneNumber(p.homePhoneNumber())
          .address(p.address())
          .build()).profileId();
      person.put(id, data.person().get(i));
    }
    return profiles;
  }

  private static List<IdentityResolutionJob> jobs(CustomerProfiles profiles) {
    return profiles.listIdentityResolutionJobs(
        new ListIdentityResolutionJobsRequest(DOMAIN, null, null)).identityResolutionJobsList();
  }

  private static GetMatchesResponse matches(CustomerProfiles profiles) {
    return profiles.getMatches(new GetMatchesRequest(null, 100, DOMAIN));
  }

  @Test
  void scheduledJobRunsAtSaturdayMidnightFindsDuplicatesAndExportsThem() throws Exception {
    CustomerProfiles profiles = simulation(exportRoot);

    profiles.advanceTimeTo(FIRST_SATURDAY.plusSeconds(60));

    List<IdentityResolutionJob> history = jobs(profiles);
    assertThat(history).extracting(IdentityResolutionJob::status)
        .containsExactly(IdentityResolutionJobStatus.PENDING, IdentityResolutionJobStatus.COMPLETED);
    assertThat(history.get(0).jobStartTime()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
    IdentityResolutionJob done = history.get(1);
    assertThat(done.jobStartTime()).isEqualTo(FIRST_SATURDAY);
    assertThat(statuses).containsExactly("PREPROCESSING", "FIND_MATCHING", "MERGING", "COMPLETED");
    assertThat(done.jobStats().numberOfProfilesReviewed()).isEqualTo(400L);
    assertThat(done.jobStats().numberOfMergesDone()).isZero();

    GetMatchesResponse matches = matches(profiles);
    assertThat(matches.matchGenerationDate()).isEqualTo(FIRST_SATURDAY);
    assertThat((long) matches.potentialMatches()).isEqualTo(done.jobStats().numberOfMatchesFound());
    assertThat(matches.matches()).isNotEmpty();
    for (MatchItem group : matches.matches()) {
      Set<Integer> people = new HashSet<>();
      group.profileIds().forEach(id -> people.add(person.get(id)));
      assertThat(people).as("group %s holds one person", group.matchId()).hasSize(1);
      assertThat(group.confidenceScore()).isBetween(0.9, 1.0);
    }
    assertThat(matchedPairs(matches.matches())).isGreaterThanOrEqualTo(truePairs() * 6 / 10);

    Path jobFolder = exportRoot.resolve("results/identity/" + DOMAIN + "/" + done.jobId());
    assertThat(jobFolder.resolve("_SUCCESS")).exists();
    assertThat(Files.readAllLines(jobFolder.resolve("matches.jsonl")))
        .hasSize(matches.matches().size());
    var report = AwsJson.mapper().readTree(jobFolder.resolve("matching-report.json").toFile());
    assertThat(report.get("Profiles").asInt()).isEqualTo(400);
    assertThat(report.fieldNames()).toIterable()
        .containsExactly("Profiles", "Blocking", "Parameters", "Grouping", "DataQuality");
    assertThat(done.exportingLocation().s3Exporting().s3KeyName())
        .isEqualTo("identity/" + DOMAIN + "/" + done.jobId() + "/");
  }

  private static long matchedPairs(List<MatchItem> groups) {
    long pairs = 0;
    for (MatchItem g : groups) {
      pairs += (long) g.profileIds().size() * (g.profileIds().size() - 1) / 2;
    }
    return pairs;
  }

  private long truePairs() {
    Map<Integer, Integer> sizes = new HashMap<>();
    person.values().forEach(p -> sizes.merge(p, 1, Integer::sum));
    return sizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
  }

  @Test
  void sameSeedAndInputGiveByteIdenticalMatches(@TempDir Path otherRoot) {
    CustomerProfiles first = simulation(exportRoot);
    first.runIdentityResolutionJob(DOMAIN);
    String firstMatches = AwsJson.writePretty(matches(first));
    person.clear();
    CustomerProfiles second = simulation(otherRoot);
    second.runIdentityResolutionJob(DOMAIN);

    assertThat(AwsJson.writePretty(matches(second))).isEqualTo(firstMatches);
  }

  @Test
  void explainMatchScoresAGroupsProfilesWithTheLatestJobsModel() {
    CustomerProfiles profiles = simulation(exportRoot);
    GetIdentityResolutionJobResponse job = profiles.runIdentityResolutionJob(DOMAIN);
    assertThat(job.status()).isEqualTo(IdentityResolutionJobStatus.COMPLETED);
    MatchItem group = matches(profiles).matches().get(0);

    PairExplanation explanation = profiles.explainMatch(DOMAIN, group.profileIds().get(0),
        group.profileIds().get(1));

    assertThat(explanation.profileIdA()).isEqualTo(group.profileIds().get(0));
    assertThat(explanation.attributes()).isNotEmpty();
  }

  @Test
  void explainMatchBeforeAnyJobIsABadRequest() {
    CustomerProfiles profiles = simulation(exportRoot);
    String id = person.keySet().iterator().next();

    assertThatThrownBy(() -> profiles.explainMatch(DOMAIN, id, id))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Cannot explain a match in domain retail: it has no completed Identity"
            + " Resolution Job yet");
  }

  @Test
  void profilesCreatedDuringAJobWaitForTheNextRun() {
    CustomerProfiles profiles = simulation(exportRoot);
    List<String> late = new ArrayList<>();
    duringMatching = () -> late.add(profiles.createProfile(CreateProfileRequest.builder()
        .domainName(DOMAIN).firstName("Late").lastName("Comer").build()).profileId());

    GetIdentityResolutionJobResponse job = profiles.runIdentityResolutionJob(DOMAIN);

    assertThat(job.jobStats().numberOfProfilesReviewed()).isEqualTo(400L);
    assertThat(profiles.getDomain(DOMAIN).stats().profileCount()).isEqualTo(401L);
    assertThat(matches(profiles).matches())
        .noneMatch(group -> group.profileIds().contains(late.get(0)));
  }

  @Test
  void aSecondRunWhileAJobRunsIsRefused() throws Exception {
    CustomerProfiles profiles = simulation(exportRoot);
    List<Throwable> refusals = new ArrayList<>();
    duringMatching = () -> {
      Thread other = new Thread(() -> {
        try {
          profiles.runIdentityResolutionJob(DOMAIN);
        } catch (BadRequestException e) {
          refusals.add(e);
        }
      });
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };

    String jobId = profiles.runIdentityResolutionJob(DOMAIN).jobId();

    assertThat(refusals).singleElement().extracting(Throwable::getMessage)
        .isEqualTo("Cannot run an Identity Resolution Job for domain retail: job " + jobId
            + " is still running, and a domain runs one job at a time");
  }

  @Test
  void aListenerOnTheJobsThreadCannotStartAnotherRun() {
    CustomerProfiles profiles = simulation(exportRoot);
    List<Throwable> refusals = new ArrayList<>();
    duringMatching = () -> {
      try {
        profiles.runIdentityResolutionJob(DOMAIN);
      } catch (BadRequestException e) {
        refusals.add(e);
      }
    };

    profiles.runIdentityResolutionJob(DOMAIN);

    assertThat(refusals).singleElement().extracting(Throwable::getMessage).asString()
        .endsWith("is still running, and a domain runs one job at a time");
  }

  @Test
  void restartAfterAMissedSaturdayRunsOneJobAtTheRestart() {
    CustomerProfiles profiles = simulation(exportRoot);
    Instant restart = Instant.parse("2026-01-15T08:30:00Z"); // missed the 3rd and the 10th

    profiles.restartAt(restart);

    List<IdentityResolutionJob> history = jobs(profiles);
    assertThat(history).extracting(IdentityResolutionJob::status)
        .containsExactly(IdentityResolutionJobStatus.PENDING, IdentityResolutionJobStatus.COMPLETED);
    assertThat(history.get(0).jobStartTime()).isEqualTo(Instant.parse("2026-01-17T00:00:00Z"));
    assertThat(history.get(1).jobStartTime()).isEqualTo(restart);
  }

  @Test
  void virtualTimeOnlyMovesForward() {
    CustomerProfiles profiles = simulation(exportRoot);

    assertThatThrownBy(() -> profiles.advanceTimeTo(START.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("virtual time only moves forward: it is 2026-01-01T00:00:00Z, cannot go back to"
            + " 2025-12-31T23:59:59Z");
  }

  @Test
  void liveModeWithAClockInThePastPlansTheNextRealSaturday_andClosesPromptly() {
    try (CustomerProfiles live = CustomerProfiles.builder()
        .clock(TestClock.at("2026-01-03T00:00:00Z"))
        .build()) {
      live.createDomain(CreateDomainRequest.builder().domainName(DOMAIN).defaultExpirationDays(30)
          .matching(MatchingRequest.builder().enabled(true).build()).build());

      List<IdentityResolutionJob> history = jobs(live);
      assertThat(history).singleElement().extracting(IdentityResolutionJob::status)
          .isEqualTo(IdentityResolutionJobStatus.PENDING);
      assertThat(history.get(0).jobStartTime()).isAfter(Instant.now());
    }
  }

  @Test
  void liveInstancesCannotMoveTime() {
    try (CustomerProfiles live = CustomerProfiles.create()) {
      assertThatThrownBy(() -> live.advanceTimeTo(START))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("advanceTimeTo needs virtual time: build with"
              + " CustomerProfiles.builder().simulation(start)");
    }
  }
}
