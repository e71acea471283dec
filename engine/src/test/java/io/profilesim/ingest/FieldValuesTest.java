package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static io.profilesim.ingest.Fixtures.field;
import static io.profilesim.ingest.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.CustomerProfiles;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.domain.FieldStamp;
import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.StoredProfile;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import io.profilesim.model.UpdateProfileRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which value a profile field takes when several sources give one, and the stamps it keeps. */
final class FieldValuesTest {
  private final TestClock clock = TestClock.atMonday();
  private CustomerProfiles profiles;

  @BeforeEach
  void setUp() {
    profiles = Fixtures.profiles(clock);
    Fixtures.domain(profiles, true);
  }

  @AfterEach
  void tearDown() {
    profiles.close();
  }

  private void type(String name, Integer priority) {
    profiles.putProfileObjectType(
        PutProfileObjectTypeRequest.builder()
            .domainName(DOMAIN)
            .objectTypeName(name)
            .description(name)
            .allowProfileCreation(true)
            .sourcePriority(priority)
            .sourceLastUpdatedTimestampFormat("yyyy-MM-dd")
            .fields(
                Map.of(
                    "id", field("_source.id", null),
                    "email", field("_source.email", null, FieldContentType.EMAIL_ADDRESS),
                    "name", field("_source.name", "_profile.FirstName"),
                    "city", field("_source.city", "_profile.Address.City"),
                    "sourceLastUpdatedTimestamp", field("_source.updated", null)))
            .keys(
                Map.of(
                    "id",
                    key(List.of("id"), StandardIdentifier.UNIQUE),
                    "_email",
                    key(List.of("email"), StandardIdentifier.PROFILE)))
            .build());
  }

  private void put(String type, String id, String name, String city, String updated) {
    String json =
        "{\"id\":\""
            + id
            + "\",\"email\":\"a@x.com\",\"name\":\""
            + name
            + "\""
            + (city == null ? "" : ",\"city\":\"" + city + "\"")
            + (updated == null ? "" : ",\"updated\":\"" + updated + "\"")
            + "}";
    assertThat(profiles.putProfileObject(DOMAIN, type, json).profileObjectUniqueKey()).isNotNull();
  }

  private StoredProfile profile() {
    List<StoredProfile> all = Internals.domain(profiles, DOMAIN).store().snapshot();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  @Test
  void theSourcesTimestamp_stampsTheFields_andAnOlderRecordDoesNotOverwriteANewerOne() {
    type("Crm", null);
    put("Crm", "1", "Ann", "Oslo", "2024-03-01");
    put("Crm", "2", "Anne", "Bergen", "2024-01-01");

    StoredProfile p = profile();
    assertThat(p.profile().firstName()).isEqualTo("Ann");
    assertThat(p.profile().address().city()).isEqualTo("Oslo");
    assertThat(p.stamps().get("FirstName")).isEqualTo(new FieldStamp(day("2024-03-01"), "Crm"));
  }

  @Test
  void withoutATimestamp_theIngestionTimeStampsTheFields() {
    type("Crm", null);
    put("Crm", "1", "Ann", null, null);
    clock.advance(Duration.ofMinutes(1));
    put("Crm", "2", "Anna", null, null);

    assertThat(profile().profile().firstName()).isEqualTo("Anna");
    assertThat(profile().stamps().get("FirstName"))
        .isEqualTo(new FieldStamp(clock.instant(), "Crm"));
  }

  @Test
  void aSourceOfHigherPriority_keepsItsValues_evenAgainstNewerRecords() {
    type("Erp", 1);
    type("Web", 2);
    put("Erp", "e1", "Ann", null, "2024-01-01");
    put("Web", "w1", "Annie", "Oslo", "2024-06-01");

    StoredProfile p = profile();
    assertThat(p.profile().firstName()).isEqualTo("Ann");
    assertThat(p.profile().address().city()).isEqualTo("Oslo");
    assertThat(p.stamps().source("FirstName")).isEqualTo("Erp");
    assertThat(p.stamps().source("Address.City")).isEqualTo("Web");
  }

  @Test
  void theProfileApi_ranksWithTypesWithoutPriority_soTheNewerValueWins() {
    type("Crm", null);
    put("Crm", "1", "Ann", null, "2024-01-01");
    String id = profile().profileId();
    profiles.updateProfile(
        UpdateProfileRequest.builder()
            .domainName(DOMAIN)
            .profileId(id)
            .firstName("Agent Typed")
            .build());

    assertThat(profile().stamps().get("FirstName"))
        .isEqualTo(new FieldStamp(clock.instant(), FieldStamps.PROFILE_API));

    put("Crm", "2", "Older Import", null, "2025-01-01");
    assertThat(profile().profile().firstName()).isEqualTo("Agent Typed");
    put("Crm", "3", "Newer Import", null, "2026-02-01");
    assertThat(profile().profile().firstName()).isEqualTo("Newer Import");
  }
}
