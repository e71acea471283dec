package io.profilesim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.json.AwsJson;
import io.profilesim.matching.SyntheticProfiles;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.ConflictResolution;
import io.profilesim.model.ConflictResolvingModel;
import io.profilesim.model.Consolidation;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.FieldSourceProfileIds;
import io.profilesim.model.GetAutoMergingPreviewRequest;
import io.profilesim.model.GetAutoMergingPreviewResponse;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.GetMatchesRequest;
import io.profilesim.model.MatchItem;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.MergeProfilesRequest;
import io.profilesim.model.MergeProfilesResponse;
import io.profilesim.model.Profile;
import io.profilesim.model.UpdateDomainRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Merging through the facade: GetAutoMergingPreview on a real job's matches, then the job's own
 * auto-merge doing what the preview said; MergeProfiles and lineage; golden responses (the
 * shapes' round trip is {@code AwsJsonTest}'s).
 */
final class MergingEndToEndTest {
  private static final String DOMAIN = "retail";
  private static final ConflictResolution RECENCY =
      new ConflictResolution(ConflictResolvingModel.RECENCY, null);
  private static final Consolidation BY_NAME_AND_BIRTH_DATE = new Consolidation(List.of(
      List.of("FirstName", "LastName", "BirthDate"), List.of("EmailAddress")));

  private final CustomerProfiles profiles = CustomerProfiles.builder()
      .simulation(Instant.parse("2026-01-01T00:00:00Z")).seed(7).build();

  @AfterEach
  void close() {
    profiles.close();
  }

  private void domainWithSyntheticProfiles() {
    profiles.createDomain(CreateDomainRequest.builder().domainName(DOMAIN)
        .defaultExpirationDays(365)
        .matching(MatchingRequest.builder().enabled(true).build()).build());
    SyntheticProfiles.Data data = SyntheticProfiles.generate(400, 11);
    for (Profile p : data.profiles()) {
      profiles.createProfile(CreateProfileRequest.builder().domainName(DOMAIN)
          .firstName(p.firstName()).lastName(p.lastName()).birthDate(p.birthDate())
          .emailAddress(p.emailAddress()).mobilePhoneNumber(p.mobilePhoneNumber())
          .address(p.address()).build());
    }
  }

  private static GetAutoMergingPreviewRequest previewRequest() {
    return new GetAutoMergingPreviewRequest(DOMAIN, BY_NAME_AND_BIRTH_DATE, RECENCY, 0.95);
  }

  @Test
  void theJobsAutoMerge_doesWhatThePreviewSaid() throws Exception {
    domainWithSyntheticProfiles();
    profiles.runIdentityResolutionJob(DOMAIN);
    List<MatchItem> matches = profiles.getMatches(new GetMatchesRequest(null, 100, DOMAIN)).matches();

    GetAutoMergingPreviewResponse preview = profiles.getAutoMergingPreview(previewRequest());
    AutoMergingPreview full = profiles.autoMergingPreview(previewRequest());

    assertThat(preview.numberOfMatchesInSample()).isEqualTo((long) matches.size());
    assertThat(preview.numberOfProfilesWillBeMerged()).isEqualTo(full.numberOfProfilesWillBeMerged())
        .isPositive();
    assertThat(profiles.getDomain(DOMAIN).stats().profileCount()).isEqualTo(400L);
    assertThat(AwsJson.writePretty(preview) + "\n").isEqualTo(golden("GetAutoMergingPreviewResponse.json"));

    profiles.updateDomain(UpdateDomainRequest.builder().domainName(DOMAIN)
        .matching(MatchingRequest.builder().enabled(true).autoMerging(AutoMerging.builder()
            .enabled(true).consolidation(BY_NAME_AND_BIRTH_DATE).conflictResolution(RECENCY)
            .minAllowedConfidenceScoreForMerging(0.95).build()).build()).build());
    GetIdentityResolutionJobResponse job = profiles.runIdentityResolutionJob(DOMAIN);

    assertThat(job.jobStats().numberOfMergesDone()).isEqualTo(preview.numberOfProfilesWillBeMerged());
    assertThat(profiles.getDomain(DOMAIN).stats().profileCount())
        .isEqualTo(400L - preview.numberOfProfilesWillBeMerged());
    assertThat(profiles.getDomain(DOMAIN).stats())
        .isEqualTo(Internals.domain(profiles, DOMAIN).store().recount());
    AutoMergingPreview.Result first = full.groups().stream()
        .flatMap(g -> g.results().stream()).findFirst().orElseThrow();
    ProfileLineage lineage = profiles.profileLineage(DOMAIN, first.mergedProfileIds().get(0));
    assertThat(lineage.currentProfileId()).isEqualTo(first.profileId());
    assertThat(lineage.steps().get(0).jobId()).isEqualTo(job.jobId());
  }

  @Test
  void previewBeforeAnyJob_countsNothing() {
    domainWithSyntheticProfiles();

    assertThat(profiles.getAutoMergingPreview(previewRequest()))
        .isEqualTo(new GetAutoMergingPreviewResponse(DOMAIN, 0L, 0L, 0L));
  }

  @Test
  void previewOfAMissingDomain_isNotFound() {
    assertThatThrownBy(() -> profiles.getAutoMergingPreview(
        new GetAutoMergingPreviewRequest("nope", BY_NAME_AND_BIRTH_DATE, RECENCY, null)))
        .isInstanceOf(ResourceNotFoundException.class).hasMessage("Domain nope not found");
  }

  @Test
  void updateDomain_refusesAnUnknownConsolidationAttribute() {
    domainWithSyntheticProfiles();

    assertThatThrownBy(() -> profiles.updateDomain(UpdateDomainRequest.builder().domainName(DOMAIN)
        .matching(MatchingRequest.builder().enabled(true).autoMerging(AutoMerging.builder()
            .enabled(true).consolidation(new Consolidation(List.of(List.of("Attributes.tier"),
                List.of("ShippingAddress.Galaxy")))).build()).build()).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("1 validation error detected: Value 'ShippingAddress.Galaxy' at"
            + " 'matching.autoMerging.consolidation.matchingAttributesList.2.member' failed to"
            + " satisfy constraint: Member must name a profile attribute: a standard field"
            + " (FirstName, EmailAddress, ...), an address or address part (Address,"
            + " ShippingAddress.City, ...) or Attributes.<key>");
  }

  @Test
  void mergeProfiles_throughTheFacade_answersTheGoldenResponse() throws Exception {
    profiles.createDomain(CreateDomainRequest.builder().domainName(DOMAIN)
        .defaultExpirationDays(365).build());
    String main = profiles.createProfile(CreateProfileRequest.builder().domainName(DOMAIN)
        .firstName("Ann").build()).profileId();
    String other = profiles.createProfile(CreateProfileRequest.builder().domainName(DOMAIN)
        .lastName("Lee").build()).profileId();

    MergeProfilesResponse response = profiles.mergeProfiles(new MergeProfilesRequest(DOMAIN, main,
        List.of(other), FieldSourceProfileIds.builder().lastName(other).build()));

    assertThat(AwsJson.writePretty(response) + "\n").isEqualTo(golden("MergeProfilesResponse.json"));
    assertThat(profiles.profileLineage(DOMAIN, other).currentProfileId()).isEqualTo(main);
  }

  private static String golden(String name) throws Exception {
    return Files.readString(
        Path.of(MergingEndToEndTest.class.getResource("/fixtures/merging/" + name).toURI()));
  }
}
