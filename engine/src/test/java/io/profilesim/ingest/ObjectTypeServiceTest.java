package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static io.profilesim.ingest.Fixtures.field;
import static io.profilesim.ingest.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.CustomerProfiles;
import io.profilesim.TestClock;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.BatchGetProfileRequest;
import io.profilesim.model.DeleteProfileObjectTypeRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.GetProfileObjectTypeRequest;
import io.profilesim.model.GetProfileObjectTypeResponse;
import io.profilesim.model.ListProfileObjectTypeItem;
import io.profilesim.model.ListProfileObjectTypesRequest;
import io.profilesim.model.ListProfileObjectTypesResponse;
import io.profilesim.model.ObjectTypeField;
import io.profilesim.model.ObjectTypeKey;
import io.profilesim.model.Profile;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ObjectTypeServiceTest {
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

  private GetProfileObjectTypeResponse get(String name) {
    return profiles.getProfileObjectType(new GetProfileObjectTypeRequest(DOMAIN, name));
  }

  @Test
  void put_thenGet_returnsTheDefinitionAsGiven_withTimes() {
    profiles.putProfileObjectType(Fixtures.crm());

    GetProfileObjectTypeResponse t = get("Crm");

    assertThat(t.objectTypeName()).isEqualTo("Crm");
    assertThat(t.description()).isEqualTo("CRM export");
    assertThat(t.allowProfileCreation()).isTrue();
    assertThat(t.fields()).isEqualTo(Fixtures.crm().fields());
    assertThat(t.keys()).isEqualTo(Fixtures.crm().keys());
    assertThat(t.createdAt()).isEqualTo(clock.instant());
    assertThat(t.maxAvailableProfileObjectCount()).isEqualTo(1000);
  }

  @Test
  void putAgain_redefinesTheType_keepingCreatedAt() {
    profiles.putProfileObjectType(Fixtures.crm());
    clock.advance(Duration.ofMinutes(5));

    profiles.putProfileObjectType(Fixtures.crm().toBuilder().description("v2").build());

    assertThat(get("Crm").description()).isEqualTo("v2");
    assertThat(get("Crm").createdAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(5)));
    assertThat(get("Crm").lastUpdatedAt()).isEqualTo(clock.instant());
  }

  @Test
  void list_pagesInNameOrder() {
    for (String name : List.of("Web", "Crm", "Calls")) {
      profiles.putProfileObjectType(Fixtures.crm().toBuilder().objectTypeName(name).build());
    }

    ListProfileObjectTypesResponse p1 =
        profiles.listProfileObjectTypes(new ListProfileObjectTypesRequest(DOMAIN, null, 2));
    ListProfileObjectTypesResponse p2 =
        profiles.listProfileObjectTypes(
            new ListProfileObjectTypesRequest(DOMAIN, p1.nextToken(), 2));

    assertThat(p1.items())
        .extracting(ListProfileObjectTypeItem::objectTypeName)
        .containsExactly("Calls", "Crm");
    assertThat(p2.items())
        .extracting(ListProfileObjectTypeItem::objectTypeName)
        .containsExactly("Web");
    assertThat(p2.nextToken()).isNull();
  }

  @Test
  void get_ofAnUnknownType_isNotFound() {
    assertThatThrownBy(() -> get("Nope"))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Object type Nope not found in domain retail");
  }

  @Test
  void delete_removesTheObjects_andScrubsTheFieldsTheTypePopulated() {
    profiles.putProfileObjectType(Fixtures.crm());
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"first\":\"Ann\",\"city\":\"Oslo\"}");
    String id =
        profiles
            .searchProfiles(
                io.profilesim.model.SearchProfilesRequest.builder()
                    .domainName(DOMAIN)
                    .keyName("crmId")
                    .values(List.of("1"))
                    .build())
            .items()
            .get(0)
            .profileId();

    String message =
        profiles
            .deleteProfileObjectType(new DeleteProfileObjectTypeRequest(DOMAIN, "Crm"))
            .message();

    assertThat(message)
        .isEqualTo(
            "Object type Crm was deleted with its 1 object(s); the profile"
                + " fields it populated were cleared");
    assertThat(profiles.batchGetProfile(new BatchGetProfileRequest(DOMAIN, List.of(id))).profiles())
        .containsExactly(Profile.builder().profileId(id).build());
    assertThat(profiles.getDomain(DOMAIN).stats()).isEqualTo(new DomainStats(1L, 1L, 0L, 0L));
    assertThatThrownBy(() -> get("Crm")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void put_reportsEveryProblemOfTheDefinitionAtOnce() {
    Map<String, ObjectTypeField> fields = new LinkedHashMap<>();
    fields.put("bad source", field("email", "_profile.EmailAddress"));
    fields.put("badTarget", field("_source.x", "_profile.Address.Street"));
    fields.put("id", field("_source.id", null));
    PutProfileObjectTypeRequest r =
        PutProfileObjectTypeRequest.builder()
            .domainName(DOMAIN)
            .objectTypeName("_Crm")
            .description("d")
            .templateId("CTR")
            .maxProfileObjectCount(1001)
            .sourceLastUpdatedTimestampFormat("yyyy-qq")
            .fields(fields)
            .keys(
                Map.of(
                    "k",
                    List.of(
                        new ObjectTypeKey(List.of(StandardIdentifier.PROFILE), List.of("nope")))))
            .build();

    assertThatThrownBy(() -> profiles.putProfileObjectType(r))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "10 validation errors detected: Value 'bad source' at 'fields' failed to satisfy"
                + " constraint: Map keys must satisfy constraint: [Member must satisfy regular"
                + " expression pattern: ^[a-zA-Z0-9_.-]+$]; Value '_Crm' at 'objectTypeName' failed"
                + " to satisfy constraint: Member must not start with _: such names are reserved"
                + " for the standard object types of Customer Profiles; Value 'CTR' at 'templateId'"
                + " failed to satisfy constraint: Member must be absent: profilesim has no object"
                + " type templates; give Fields and Keys instead; Value '1001' at"
                + " 'maxProfileObjectCount' failed to satisfy constraint: Member must have value"
                + " less than or equal to 1000: a profile holds at most 1000 objects; Value 'email'"
                + " at 'fields.bad source.source' failed to satisfy constraint: Member must be an"
                + " accessor such as _source.email or a template such as {{_source.firstName}}"
                + " {{_source.lastName}}: 'email' is not an accessor of the ingested object:"
                + " accessors start with _source. followed by a member name; Value"
                + " '_profile.Address.Street' at 'fields.badTarget.target' failed to satisfy"
                + " constraint: Member must be _profile. followed by a standard field"
                + " (_profile.FirstName), an address part (_profile.ShippingAddress.City) or a"
                + " custom attribute (_profile.Attributes.<key>); Value 'nope' at"
                + " 'keys.k.1.member.fieldNames' failed to satisfy constraint: Member must name a"
                + " field of Fields (with a valid Source); known fields: [badTarget, id]; Value"
                + " '[k]' at 'keys' failed to satisfy constraint: Member must have exactly one key"
                + " with the UNIQUE identifier, which identifies each object of the type; found 0;"
                + " Value 'yyyy-qq' at 'sourceLastUpdatedTimestampFormat' failed to satisfy"
                + " constraint: Member needs a field named sourceLastUpdatedTimestamp in Fields,"
                + " whose Source gives the time the source last updated the record; Value 'yyyy-qq'"
                + " at 'sourceLastUpdatedTimestampFormat' failed to satisfy constraint: Member must"
                + " be a java.text.SimpleDateFormat pattern, EPOCH_MILLIS or EPOCH_SECONDS: Illegal"
                + " pattern character 'q'");
  }

  @Test
  void put_refusesABadTimestampFormat_andMoreThanTenKeys() {
    Map<String, ObjectTypeField> fields = new LinkedHashMap<>();
    Map<String, List<ObjectTypeKey>> keys = new LinkedHashMap<>();
    fields.put("sourceLastUpdatedTimestamp", field("_source.ts", null));
    for (int i = 0; i < 11; i++) {
      fields.put("f" + i, field("_source.f" + i, null));
      keys.put(
          "k" + (char) ('a' + i),
          i == 0 ? key(List.of("f0"), StandardIdentifier.UNIQUE) : key(List.of("f" + i)));
    }
    PutProfileObjectTypeRequest r =
        PutProfileObjectTypeRequest.builder()
            .domainName(DOMAIN)
            .objectTypeName("Big")
            .description("d")
            .sourceLastUpdatedTimestampFormat("yyyy-qq")
            .fields(fields)
            .keys(keys)
            .build();

    assertThatThrownBy(() -> profiles.putProfileObjectType(r))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "2 validation errors detected: Value '[ka, kb, kc, kd, ke, kf, kg, kh, ki, kj, kk]' at"
                + " 'keys' failed to satisfy constraint: Member must have length less than or equal"
                + " to 10: an object type has at most 10 keys; Value 'yyyy-qq' at"
                + " 'sourceLastUpdatedTimestampFormat' failed to satisfy constraint: Member must be"
                + " a java.text.SimpleDateFormat pattern, EPOCH_MILLIS or EPOCH_SECONDS: Illegal"
                + " pattern character 'q'");
  }

  @Test
  void put_refusesTwoUniqueKeys() {
    PutProfileObjectTypeRequest r =
        Fixtures.crm().toBuilder()
            .keys(
                Map.of(
                    "a",
                    key(List.of("id"), StandardIdentifier.UNIQUE),
                    "b",
                    key(List.of("email"), StandardIdentifier.UNIQUE)))
            .build();

    assertThatThrownBy(() -> profiles.putProfileObjectType(r))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "1 validation error detected: Value '[a, b]' at 'keys' failed to satisfy"
                + " constraint: Member must have exactly one key with the UNIQUE identifier, which"
                + " identifies each object of the type; found 2");
  }

  @Test
  void put_beyondOneHundredTypes_isRefused() {
    for (int i = 0; i < 100; i++) {
      profiles.putProfileObjectType(Fixtures.crm().toBuilder().objectTypeName("T" + i).build());
    }

    assertThatThrownBy(
            () ->
                profiles.putProfileObjectType(
                    Fixtures.crm().toBuilder().objectTypeName("T100").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "Cannot create object type T100: domain retail already has 100 object types,"
                + " the most Customer Profiles allows");
    profiles.putProfileObjectType(Fixtures.crm().toBuilder().objectTypeName("T7").build());
  }
}
