package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.CustomerProfiles;
import io.profilesim.TestClock;
import io.profilesim.model.BatchGetProfileRequest;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.SearchProfilesRequest;
import io.profilesim.model.UpdateDomainRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ExpirationTest {
  private final TestClock clock = TestClock.atMonday();
  private CustomerProfiles profiles;

  @BeforeEach
  void setUp() {
    profiles = Fixtures.profiles(clock);
    Fixtures.domain(profiles, true);
    profiles.putProfileObjectType(Fixtures.crm());
  }

  @AfterEach
  void tearDown() {
    profiles.close();
  }

  private DomainStats stats() {
    return profiles.getDomain(DOMAIN).stats();
  }

  private List<String> profilesWithEmail(String email) {
    return profiles
        .searchProfiles(
            SearchProfilesRequest.builder()
                .domainName(DOMAIN)
                .keyName("_email")
                .values(List.of(email))
                .build())
        .items()
        .stream()
        .map(io.profilesim.model.Profile::profileId)
        .toList();
  }

  @Test
  void objectsExpireDefaultExpirationDaysAfterIngestion_andTheirProfileWithThem() {
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"email\":\"a@x.com\"}");
    DomainStats before = stats();

    clock.advance(Duration.ofDays(30).minusMillis(1));
    assertThat(stats()).isEqualTo(before);

    clock.advance(Duration.ofMillis(1));
    assertThat(stats()).isEqualTo(new DomainStats(0L, 0L, 0L, 0L));
    assertThat(profilesWithEmail("a@x.com")).isEmpty();
  }

  @Test
  void aTypesExpirationDays_overridesTheDomainDefault_forObjectsIngestedAfterwards() {
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"email\":\"a@x.com\"}");
    profiles.putProfileObjectType(Fixtures.crm().toBuilder().expirationDays(2).build());
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"2\",\"email\":\"a@x.com\"}");

    clock.advance(Duration.ofDays(2));

    assertThat(stats().objectCount()).isEqualTo(1L);
    assertThat(stats().profileCount()).isEqualTo(1L);
  }

  @Test
  void changingTheDomainDefault_doesNotMoveObjectsAlreadyIngested() {
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"email\":\"a@x.com\"}");
    profiles.updateDomain(
        UpdateDomainRequest.builder().domainName(DOMAIN).defaultExpirationDays(1).build());

    clock.advance(Duration.ofDays(1));

    assertThat(stats().objectCount()).isEqualTo(1L);
  }

  @Test
  void aProfileKeepsLivingWhileAnyObjectDoes_andAProfileWithoutObjectsNeverExpires() {
    String bare =
        profiles
            .createProfile(
                CreateProfileRequest.builder().domainName(DOMAIN).firstName("Bare").build())
            .profileId();
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"email\":\"a@x.com\"}");
    clock.advance(Duration.ofDays(20));
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"2\",\"email\":\"a@x.com\"}");

    clock.advance(Duration.ofDays(10));
    assertThat(stats()).isEqualTo(new DomainStats(2L, 2L, 1L, 28L));

    clock.advance(Duration.ofDays(365));
    assertThat(stats()).isEqualTo(new DomainStats(1L, 1L, 0L, 0L));
    assertThat(
            profiles.batchGetProfile(new BatchGetProfileRequest(DOMAIN, List.of(bare))).profiles())
        .hasSize(1);
  }

  @Test
  void reingestingAUniqueKey_restartsItsExpiry() {
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"email\":\"a@x.com\"}");
    clock.advance(Duration.ofDays(29));
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"email\":\"a@x.com\"}");

    clock.advance(Duration.ofDays(2));

    assertThat(stats().objectCount()).isEqualTo(1L);
  }
}
