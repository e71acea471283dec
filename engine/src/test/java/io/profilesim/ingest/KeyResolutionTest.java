package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static io.profilesim.ingest.Fixtures.field;
import static io.profilesim.ingest.Fixtures.key;
import static io.profilesim.model.StandardIdentifier.LOOKUP_ONLY;
import static io.profilesim.model.StandardIdentifier.NEW_ONLY;
import static io.profilesim.model.StandardIdentifier.PROFILE;
import static io.profilesim.model.StandardIdentifier.SECONDARY;
import static io.profilesim.model.StandardIdentifier.UNIQUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.CustomerProfiles;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.domain.ProfileStore;
import io.profilesim.model.AddProfileKeyRequest;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.ListProfileObjectsItem;
import io.profilesim.model.ListProfileObjectsRequest;
import io.profilesim.model.ObjectFilter;
import io.profilesim.model.ObjectTypeField;
import io.profilesim.model.ObjectTypeKey;
import io.profilesim.model.Profile;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.SearchProfilesRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class KeyResolutionTest {
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

  private void type(String name, boolean allowCreation, Map<String, List<ObjectTypeKey>> keys) {
    Map<String, ObjectTypeField> fields =
        Map.of(
            "id", field("_source.id", null),
            "email", field("_source.email", null, FieldContentType.EMAIL_ADDRESS),
            "phone", field("_source.phone", null, FieldContentType.PHONE_NUMBER),
            "cust", field("_source.cust", null),
            "name", field("_source.name", "_profile.FirstName"));
    profiles.putProfileObjectType(
        PutProfileObjectTypeRequest.builder()
            .domainName(DOMAIN)
            .objectTypeName(name)
            .description(name)
            .allowProfileCreation(allowCreation)
            .fields(fields)
            .keys(keys)
            .build());
  }

  private String create(String firstName) {
    return profiles
        .createProfile(
            CreateProfileRequest.builder().domainName(DOMAIN).firstName(firstName).build())
        .profileId();
  }

  private void addKey(String id, String key, String value) {
    profiles.addProfileKey(new AddProfileKeyRequest(id, key, List.of(value), DOMAIN));
  }

  private String put(String type, String json) {
    return profiles.putProfileObject(DOMAIN, type, json).profileObjectUniqueKey();
  }

  private String ownerOf(String uniqueKey) {
    ProfileStore store = Internals.domain(profiles, DOMAIN).store();
    return Internals.domain(profiles, DOMAIN).read(() -> store.ownerOf(uniqueKey));
  }

  private List<String> search(String key, String value) {
    return profiles
        .searchProfiles(
            SearchProfilesRequest.builder()
                .domainName(DOMAIN)
                .keyName(key)
                .values(List.of(value))
                .build())
        .items()
        .stream()
        .map(Profile::profileId)
        .toList();
  }

  @Test
  void profileKeys_areTriedBeforeSecondaryKeys() {
    type(
        "Tickets",
        false,
        Map.of(
            "id", key(List.of("id"), UNIQUE),
            "mail", key(List.of("email"), PROFILE),
            "tel", key(List.of("phone"), PROFILE, SECONDARY)));
    String byMail = create("Mail");
    String byTel = create("Tel");
    addKey(byMail, "mail", "a@x.com");
    addKey(byTel, "tel", "5550100000");

    String telOnly =
        put("Tickets", "{\"id\":\"2\",\"email\":\"b@x.com\",\"phone\":\"+15550100000\"}");
    String both = put("Tickets", "{\"id\":\"1\",\"email\":\"A@x.com\",\"phone\":\"555-010-0000\"}");

    assertThat(ownerOf(telOnly)).isEqualTo(byTel);
    assertThat(ownerOf(both)).isEqualTo(byMail);
  }

  @Test
  void aUniqueKey_overwritesTheEarlierObject() {
    type("Crm", true, Map.of("custId", key(List.of("cust"), PROFILE, UNIQUE)));

    String first = put("Crm", "{\"cust\":\"c1\",\"name\":\"Ann\"}");
    String second = put("Crm", "{\"cust\":\"c1\",\"name\":\"Anna\"}");

    assertThat(second).isEqualTo(first);
    String id = ownerOf(first);
    List<ListProfileObjectsItem> items =
        profiles
            .listProfileObjects(
                ListProfileObjectsRequest.builder()
                    .domainName(DOMAIN)
                    .objectTypeName("Crm")
                    .profileId(id)
                    .build())
            .items();
    assertThat(items)
        .extracting(ListProfileObjectsItem::object)
        .containsExactly("{\"cust\":\"c1\",\"name\":\"Anna\"}");
    assertThat(profiles.getDomain(DOMAIN).stats()).isEqualTo(new DomainStats(1L, 1L, 1L, 27L));
  }

  @Test
  void anObjectWithoutProfileKeys_followsTheEarlierObjectOfItsUniqueKey() {
    type("Notes", true, Map.of("id", key(List.of("id"), UNIQUE)));

    String a = put("Notes", "{\"id\":\"n1\",\"name\":\"v1\"}");
    put("Notes", "{\"id\":\"n1\",\"name\":\"v2\"}");

    assertThat(profiles.getDomain(DOMAIN).stats().profileCount()).isEqualTo(1L);
    assertThat(ownerOf(a)).isNotNull();
  }

  @Test
  void aLookupOnlyKey_findsTheProfile_butIsNotKept() {
    type(
        "Calls",
        true,
        Map.of(
            "id", key(List.of("id"), UNIQUE),
            "callerMail", key(List.of("email"), PROFILE, LOOKUP_ONLY)));
    String known = create("Known");
    addKey(known, "callerMail", "a@x.com");

    String attached = put("Calls", "{\"id\":\"1\",\"email\":\"a@x.com\"}");
    String created = put("Calls", "{\"id\":\"2\",\"email\":\"new@x.com\"}");

    assertThat(ownerOf(attached)).isEqualTo(known);
    assertThat(ownerOf(created)).isNotEqualTo(known);
    assertThat(search("callerMail", "new@x.com")).isEmpty();
    assertThat(
            profiles
                .listProfileObjects(
                    ListProfileObjectsRequest.builder()
                        .domainName(DOMAIN)
                        .objectTypeName("Calls")
                        .profileId(ownerOf(created))
                        .objectFilter(new ObjectFilter("callerMail", List.of("new@x.com")))
                        .build())
                .items())
        .isEmpty();
  }

  @Test
  void aNewOnlyKey_isKeptOnlyByAProfileTheObjectCreates() {
    type(
        "Tickets",
        true,
        Map.of(
            "id", key(List.of("id"), UNIQUE),
            "_email", key(List.of("email"), PROFILE, LOOKUP_ONLY),
            "ticketEmail", key(List.of("email"), PROFILE, SECONDARY, NEW_ONLY),
            "cust", key(List.of("cust"), PROFILE)));
    String existing = create("Existing");
    addKey(existing, "cust", "c1");

    String joined = put("Tickets", "{\"id\":\"1\",\"email\":\"old@x.com\",\"cust\":\"c1\"}");
    String creating = put("Tickets", "{\"id\":\"2\",\"email\":\"new@x.com\"}");

    assertThat(ownerOf(joined)).isEqualTo(existing);
    assertThat(search("ticketEmail", "old@x.com")).isEmpty();
    assertThat(search("ticketEmail", "new@x.com")).containsExactly(ownerOf(creating));
    assertThat(search("cust", "c1")).containsExactly(existing);
  }

  @Test
  void aKeyValueSharedBySeveralProfiles_isDiscarded() {
    type(
        "Tickets",
        true,
        Map.of(
            "id", key(List.of("id"), UNIQUE),
            "mail", key(List.of("email"), PROFILE)));
    String a = create("A");
    String b = create("B");
    addKey(a, "mail", "shared@x.com");
    addKey(b, "mail", "shared@x.com");

    String object = put("Tickets", "{\"id\":\"1\",\"email\":\"shared@x.com\"}");

    assertThat(ownerOf(object)).isNotIn(a, b);
    assertThat(search("mail", "shared@x.com")).hasSize(3);
  }

  @Test
  void keyNamesAreGlobal_soTwoTypesShareProfilesThroughThem() {
    type(
        "Crm",
        true,
        Map.of("id", key(List.of("id"), UNIQUE), "custId", key(List.of("cust"), PROFILE)));
    type(
        "Web",
        false,
        Map.of("id", key(List.of("id"), UNIQUE), "custId", key(List.of("cust"), PROFILE)));

    String crm = put("Crm", "{\"id\":\"r1\",\"cust\":\"C-9\"}");
    String web = put("Web", "{\"id\":\"w1\",\"cust\":\"C-9\"}");

    assertThat(ownerOf(web)).isEqualTo(ownerOf(crm));
    assertThat(crm).isNotEqualTo(web);
  }

  @Test
  void aPredefinedPhoneKey_findsAProfileMadeByCreateProfile() {
    type(
        "Ctr",
        false,
        Map.of("contactId", key(List.of("id"), UNIQUE), "_phone", key(List.of("phone"), PROFILE)));
    String john =
        profiles
            .createProfile(
                CreateProfileRequest.builder()
                    .domainName(DOMAIN)
                    .firstName("John")
                    .phoneNumber("+11234567890")
                    .build())
            .profileId();

    String record = put("Ctr", "{\"id\":\"ctr-1\",\"phone\":\"(123) 456-7890\"}");

    assertThat(ownerOf(record)).isEqualTo(john);
  }
}
