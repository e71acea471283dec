package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.CustomerProfiles;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.AddProfileKeyRequest;
import io.profilesim.model.AdditionalSearchKey;
import io.profilesim.model.Address;
import io.profilesim.model.BatchGetProfileError;
import io.profilesim.model.BatchGetProfileRequest;
import io.profilesim.model.BatchGetProfileResponse;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.DeleteProfileKeyRequest;
import io.profilesim.model.DeleteProfileRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.FoundByKeyValue;
import io.profilesim.model.Gender;
import io.profilesim.model.LogicalOperator;
import io.profilesim.model.Profile;
import io.profilesim.model.SearchProfilesRequest;
import io.profilesim.model.SearchProfilesResponse;
import io.profilesim.model.UpdateAddress;
import io.profilesim.model.UpdateProfileRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ProfileServiceTest {
  private static final String D = "retail";
  private final TestClock clock = TestClock.atMonday();
  private CustomerProfiles profiles;

  @BeforeEach
  void setUp() {
    profiles = CustomerProfiles.builder().clock(clock).seed(7).build();
    profiles.createDomain(
        CreateDomainRequest.builder().domainName(D).defaultExpirationDays(30).build());
  }

  @AfterEach
  void tearDown() {
    profiles.close();
  }

  private String create(CreateProfileRequest.Builder b) {
    return profiles.createProfile(b.domainName(D).build()).profileId();
  }

  private Profile get(String id) {
    return profiles.batchGetProfile(new BatchGetProfileRequest(D, List.of(id))).profiles().get(0);
  }

  private SearchProfilesResponse search(String key, String... values) {
    return profiles.searchProfiles(
        SearchProfilesRequest.builder().domainName(D).keyName(key).values(List.of(values)).build());
  }

  @Test
  void createProfile_storesEveryFieldGiven_underA32HexId() {
    String id =
        create(
            CreateProfileRequest.builder()
                .firstName("Ann")
                .lastName("Lee")
                .gender(Gender.FEMALE)
                .emailAddress("ann@x.com")
                .shippingAddress(Address.builder().city("Oslo").build())
                .attributes(Map.of("tier", "gold")));

    assertThat(id).matches("[a-f0-9]{32}").isEqualTo(IdGenerator.of(7, "profile/retail", "0"));
    assertThat(get(id))
        .isEqualTo(
            Profile.builder()
                .profileId(id)
                .firstName("Ann")
                .lastName("Lee")
                .gender(Gender.FEMALE)
                .emailAddress("ann@x.com")
                .shippingAddress(Address.builder().city("Oslo").build())
                .attributes(Map.of("tier", "gold"))
                .build());
    assertThat(profiles.getDomain(D).stats()).isEqualTo(new DomainStats(1L, 1L, 0L, 0L));
  }

  @Test
  void createProfile_stampsItsFieldsWithTheClockAndTheProfileApi() {
    String id =
        create(
            CreateProfileRequest.builder()
                .firstName("Ann")
                .address(Address.builder().city("Oslo").build()));

    StoredProfile stored = snapshotOf(id);

    assertThat(stored.stamps().attributes()).containsExactly("Address.City", "FirstName");
    assertThat(stored.stamps().get("FirstName"))
        .isEqualTo(new FieldStamp(clock.instant(), FieldStamps.PROFILE_API));
  }

  private StoredProfile snapshotOf(String id) {
    return Internals.domain(profiles, D).store().snapshot().stream()
        .filter(s -> s.profileId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void updateProfile_setsGivenFields_clearsEmptyOnes_andKeepsAbsentOnes() {
    String id =
        create(
            CreateProfileRequest.builder()
                .firstName("Ann")
                .lastName("Lee")
                .birthDate("1990-01-01")
                .address(Address.builder().city("Oslo").country("NO").build())
                .attributes(Map.of("tier", "gold", "team", "a")));
    clock.advance(Duration.ofHours(1));

    profiles.updateProfile(
        UpdateProfileRequest.builder()
            .domainName(D)
            .profileId(id)
            .firstName("Anna")
            .lastName("")
            .address(UpdateAddress.builder().city("").postalCode("0150").build())
            .attributes(Map.of("tier", "", "since", "2020"))
            .build());

    assertThat(get(id))
        .isEqualTo(
            Profile.builder()
                .profileId(id)
                .firstName("Anna")
                .birthDate("1990-01-01")
                .address(Address.builder().country("NO").postalCode("0150").build())
                .attributes(Map.of("team", "a", "since", "2020"))
                .build());
    StoredProfile stored = snapshotOf(id);
    assertThat(stored.stamps().attributes())
        .containsExactly(
            "Address.Country",
            "Address.PostalCode",
            "Attributes.since",
            "Attributes.team",
            "BirthDate",
            "FirstName");
    assertThat(stored.stamps().get("FirstName").updatedAt()).isEqualTo(clock.instant());
    assertThat(stored.stamps().get("BirthDate").updatedAt())
        .isEqualTo(clock.instant().minus(Duration.ofHours(1)));
  }

  @Test
  void updateProfile_ofAnUnknownProfile_isNotFound() {
    assertThatThrownBy(
            () ->
                profiles.updateProfile(
                    UpdateProfileRequest.builder()
                        .domainName(D)
                        .profileId("0".repeat(32))
                        .firstName("x")
                        .build()))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Profile 00000000000000000000000000000000 not found in domain retail");
  }

  @Test
  void updateProfile_withABadProfileId_reportsThePattern() {
    assertThatThrownBy(
            () ->
                profiles.updateProfile(
                    UpdateProfileRequest.builder().domainName(D).profileId("ABC").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "1 validation error detected: Value 'ABC' at 'profileId' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [a-f0-9]{32}");
  }

  @Test
  void deleteProfile_removesIt_andStatsFollow() {
    String id = create(CreateProfileRequest.builder().firstName("Ann"));

    assertThat(profiles.deleteProfile(new DeleteProfileRequest(id, D)).message())
        .isEqualTo("Profile " + id + " was deleted with its objects and keys");
    assertThat(profiles.getDomain(D).stats()).isEqualTo(new DomainStats(0L, 0L, 0L, 0L));
    assertThatThrownBy(() -> profiles.deleteProfile(new DeleteProfileRequest(id, D)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void batchGetProfile_returnsFoundProfilesInOrder_andAnErrorPerMissingId() {
    String a = create(CreateProfileRequest.builder().firstName("A"));
    String b = create(CreateProfileRequest.builder().firstName("B"));
    String missing = "f".repeat(32);

    BatchGetProfileResponse r =
        profiles.batchGetProfile(new BatchGetProfileRequest(D, List.of(b, missing, a, b)));

    assertThat(r.profiles()).extracting(Profile::firstName).containsExactly("B", "A");
    assertThat(r.errors())
        .containsExactly(
            new BatchGetProfileError(
                "404",
                "Profile ffffffffffffffffffffffffffffffff not found in domain retail",
                missing));
  }

  @Test
  void searchProfiles_byDerivedKeys_normalizesPhonesAndEmails() {
    String a =
        create(
            CreateProfileRequest.builder()
                .firstName("Ann")
                .lastName("Lee")
                .phoneNumber("+1 555 010 0000")
                .emailAddress("Ann@X.com"));
    create(CreateProfileRequest.builder().firstName("Bob").phoneNumber("555 010 1111"));

    assertThat(search("_phone", "(555) 010-0000").items())
        .extracting(Profile::profileId)
        .containsExactly(a);
    assertThat(search("_email", "ann@x.COM").items())
        .extracting(Profile::profileId)
        .containsExactly(a);
    assertThat(search("_fullName", "ann  lee").items())
        .extracting(Profile::profileId)
        .containsExactly(a);
    assertThat(search("_profileId", a).items().get(0).foundByItems())
        .containsExactly(new FoundByKeyValue("_profileId", List.of(a)));
  }

  @Test
  void searchProfiles_joinsKeysWithOrByDefault_andWithAndWhenAsked() {
    String a = create(CreateProfileRequest.builder().accountNumber("1").emailAddress("a@x.com"));
    String b = create(CreateProfileRequest.builder().accountNumber("2").emailAddress("a@x.com"));
    String c = create(CreateProfileRequest.builder().accountNumber("3"));
    SearchProfilesRequest.Builder q =
        SearchProfilesRequest.builder()
            .domainName(D)
            .keyName("_email")
            .values(List.of("a@x.com"))
            .additionalSearchKeys(List.of(new AdditionalSearchKey("_account", List.of("1", "3"))));

    List<Profile> or = profiles.searchProfiles(q.build()).items();
    List<Profile> and =
        profiles.searchProfiles(q.logicalOperator(LogicalOperator.AND).build()).items();

    assertThat(or)
        .extracting(Profile::profileId)
        .containsExactlyElementsOf(List.of(a, b, c).stream().sorted().toList());
    Profile orA = or.stream().filter(p -> p.profileId().equals(a)).findFirst().orElseThrow();
    assertThat(orA.foundByItems())
        .containsExactly(
            new FoundByKeyValue("_email", List.of("a@x.com")),
            new FoundByKeyValue("_account", List.of("1")));
    assertThat(and).extracting(Profile::profileId).containsExactly(a);
    assertThat(and.get(0).foundByItems())
        .containsExactly(
            new FoundByKeyValue("_email", List.of("a@x.com")),
            new FoundByKeyValue("_account", List.of("1", "3")));
  }

  @Test
  void searchProfiles_pagesInProfileIdOrder() {
    for (int i = 0; i < 5; i++) {
      create(CreateProfileRequest.builder().emailAddress("shared@x.com"));
    }
    SearchProfilesRequest.Builder q =
        SearchProfilesRequest.builder()
            .domainName(D)
            .keyName("_email")
            .values(List.of("shared@x.com"))
            .maxResults(2);

    SearchProfilesResponse p1 = profiles.searchProfiles(q.build());
    SearchProfilesResponse p2 = profiles.searchProfiles(q.nextToken(p1.nextToken()).build());
    SearchProfilesResponse p3 = profiles.searchProfiles(q.nextToken(p2.nextToken()).build());

    List<String> ids = new java.util.ArrayList<>();
    List.of(p1, p2, p3).forEach(p -> p.items().forEach(i -> ids.add(i.profileId())));
    assertThat(ids).hasSize(5).isSorted().doesNotHaveDuplicates();
    assertThat(p3.nextToken()).isNull();
  }

  @Test
  void addProfileKey_makesTheProfileFindable_andDeleteProfileKeyUndoesIt() {
    String id = create(CreateProfileRequest.builder().firstName("Ann"));

    profiles.addProfileKey(new AddProfileKeyRequest(id, "loyaltyId", List.of("L-1"), D));
    assertThat(search("loyaltyId", "L-1").items())
        .extracting(Profile::profileId)
        .containsExactly(id);

    assertThat(
            profiles
                .deleteProfileKey(new DeleteProfileKeyRequest(id, "loyaltyId", List.of("L-1"), D))
                .message())
        .isEqualTo("Deleted 1 value(s) of key loyaltyId from profile " + id);
    assertThat(search("loyaltyId", "L-1").items()).isEmpty();
  }

  @Test
  void deleteProfileKey_ofAValueTheProfileLacks_isNotFound() {
    String id = create(CreateProfileRequest.builder().emailAddress("a@x.com"));

    assertThatThrownBy(
            () ->
                profiles.deleteProfileKey(
                    new DeleteProfileKeyRequest(id, "_email", List.of("a@x.com"), D)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage(
            "Profile "
                + id
                + " has no value [a@x.com] of key _email that was added to it"
                + " (values that come from the profile's own fields change with the fields)");
  }

  @Test
  void addProfileKey_refusesProfileId() {
    String id = create(CreateProfileRequest.builder().firstName("Ann"));

    assertThatThrownBy(
            () ->
                profiles.addProfileKey(new AddProfileKeyRequest(id, "_profileId", List.of(id), D)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "1 validation error detected: Value '_profileId' at 'keyName' failed to satisfy"
                + " constraint: Member must not be _profileId: a profile's id is its own key and"
                + " cannot be added");
  }

  @Test
  void profileOperations_onAnUnknownDomain_areNotFound() {
    assertThatThrownBy(
            () -> profiles.createProfile(CreateProfileRequest.builder().domainName("nope").build()))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Domain nope not found");
  }
}
