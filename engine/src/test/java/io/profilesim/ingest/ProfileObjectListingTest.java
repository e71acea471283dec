package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.CustomerProfiles;
import io.profilesim.TestClock;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.DeleteProfileObjectRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.ListProfileObjectsItem;
import io.profilesim.model.ListProfileObjectsRequest;
import io.profilesim.model.ListProfileObjectsResponse;
import io.profilesim.model.ObjectFilter;
import io.profilesim.model.SearchProfilesRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ProfileObjectListingTest {
  private final TestClock clock = TestClock.atMonday();
  private CustomerProfiles profiles;
  private String profileId;
  private final List<String> keys = new ArrayList<>();

  @BeforeEach
  void setUp() {
    profiles = Fixtures.profiles(clock);
    Fixtures.domain(profiles, true);
    profiles.putProfileObjectType(Fixtures.crm());
    profiles.putProfileObjectType(Fixtures.crm().toBuilder().objectTypeName("Web").build());
    for (int i = 0; i < 5; i++) {
      keys.add(
          profiles
              .putProfileObject(DOMAIN, "Crm", "{\"id\":\"" + i + "\",\"email\":\"a@x.com\"}")
              .profileObjectUniqueKey());
    }
    profiles.putProfileObject(DOMAIN, "Web", "{\"id\":\"w\",\"email\":\"a@x.com\"}");
    profileId =
        profiles
            .searchProfiles(
                SearchProfilesRequest.builder()
                    .domainName(DOMAIN)
                    .keyName("_email")
                    .values(List.of("a@x.com"))
                    .build())
            .items()
            .get(0)
            .profileId();
  }

  @AfterEach
  void tearDown() {
    profiles.close();
  }

  private ListProfileObjectsRequest.Builder list() {
    return ListProfileObjectsRequest.builder()
        .domainName(DOMAIN)
        .objectTypeName("Crm")
        .profileId(profileId);
  }

  @Test
  void listProfileObjects_pagesThroughOneTypeInStorageOrder() {
    ListProfileObjectsResponse p1 = profiles.listProfileObjects(list().maxResults(3).build());
    ListProfileObjectsResponse p2 =
        profiles.listProfileObjects(list().maxResults(3).nextToken(p1.nextToken()).build());

    assertThat(p1.items())
        .extracting(ListProfileObjectsItem::profileObjectUniqueKey)
        .containsExactlyElementsOf(keys.subList(0, 3));
    assertThat(p2.items())
        .extracting(ListProfileObjectsItem::profileObjectUniqueKey)
        .containsExactlyElementsOf(keys.subList(3, 5));
    assertThat(p2.nextToken()).isNull();
    assertThat(p1.items().get(0))
        .isEqualTo(
            new ListProfileObjectsItem("Crm", keys.get(0), "{\"id\":\"0\",\"email\":\"a@x.com\"}"));
  }

  @Test
  void anObjectFilter_keepsObjectsWithTheKeyValue_normalizedAsTheKeyIs() {
    assertThat(
            profiles
                .listProfileObjects(
                    list().objectFilter(new ObjectFilter("crmId", List.of("3", "9"))).build())
                .items())
        .extracting(ListProfileObjectsItem::profileObjectUniqueKey)
        .containsExactly(keys.get(3));
    assertThat(
            profiles
                .listProfileObjects(
                    list().objectFilter(new ObjectFilter("_email", List.of("A@X.COM"))).build())
                .items())
        .hasSize(5);
  }

  @Test
  void deleteProfileObject_removesOneObject_andKeepsTheProfile() {
    profiles.deleteProfileObject(
        new DeleteProfileObjectRequest(profileId, keys.get(1), "Crm", DOMAIN));

    assertThat(profiles.listProfileObjects(list().build()).items()).hasSize(4);
    assertThat(profiles.getDomain(DOMAIN).stats()).isEqualTo(new DomainStats(1L, 1L, 5L, 140L));
    assertThatThrownBy(
            () ->
                profiles.deleteProfileObject(
                    new DeleteProfileObjectRequest(profileId, keys.get(1), "Crm", DOMAIN)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage(
            "Profile object " + keys.get(1) + " of type Crm not found in profile " + profileId);
    assertThatThrownBy(
            () ->
                profiles.deleteProfileObject(
                    new DeleteProfileObjectRequest(profileId, keys.get(2), "Web", DOMAIN)))
        .isInstanceOf(ResourceNotFoundException.class);
  }
}
