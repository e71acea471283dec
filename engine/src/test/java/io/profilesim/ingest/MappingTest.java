package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static io.profilesim.ingest.Fixtures.field;
import static io.profilesim.ingest.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.CustomerProfiles;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.domain.FieldStamp;
import io.profilesim.domain.ProfileAttributes;
import io.profilesim.domain.StoredProfile;
import io.profilesim.model.Address;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.Profile;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class MappingTest {
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

  /**
   * Every attribute a Target can name: standard fields, every part of every address, a custom one.
   */
  static Stream<String> targets() {
    List<String> all = new ArrayList<>(ProfileAttributes.standardFields());
    for (String type : ProfileAttributes.ADDRESS_TYPES) {
      for (String part : ProfileAttributes.ADDRESS_PARTS) {
        all.add(type + "." + part);
      }
    }
    all.add("Attributes.loyalty_tier");
    return all.stream();
  }

  private static String valueFor(String attribute) {
    return switch (attribute) {
      case "Gender" -> "female";
      case "PartyType" -> "Business";
      case "ProfileType" -> "account_profile";
      default -> "v-" + attribute;
    };
  }

  private StoredProfile onlyProfile() {
    List<StoredProfile> all = Internals.domain(profiles, DOMAIN).store().snapshot();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private void putType(Map<String, io.profilesim.model.ObjectTypeField> fields) {
    profiles.putProfileObjectType(
        PutProfileObjectTypeRequest.builder()
            .domainName(DOMAIN)
            .objectTypeName("Src")
            .description("source")
            .allowProfileCreation(true)
            .fields(fields)
            .keys(
                Map.of(
                    "srcId",
                    key(List.of("id"), StandardIdentifier.PROFILE, StandardIdentifier.UNIQUE)))
            .build());
  }

  @ParameterizedTest(name = "_profile.{0}")
  @MethodSource("targets")
  void everyTarget_writesItsProfileAttribute_withProvenance(String attribute) {
    putType(
        Map.of("id", field("_source.id", null), "v", field("_source.v", "_profile." + attribute)));

    profiles.putProfileObject(
        DOMAIN, "Src", "{\"id\":\"1\",\"v\":\"" + valueFor(attribute) + "\"}");

    StoredProfile p = onlyProfile();
    String expected =
        switch (attribute) {
          case "Gender", "PartyType", "ProfileType" ->
              valueFor(attribute).toUpperCase(java.util.Locale.ROOT);
          default -> valueFor(attribute);
        };
    assertThat(ProfileAttributes.reader(attribute).orElseThrow().apply(p.profile()))
        .isEqualTo(expected);
    assertThat(p.stamps().attributes()).containsExactly(attribute);
    assertThat(p.stamps().get(attribute)).isEqualTo(new FieldStamp(clock.instant(), "Src"));
  }

  @Test
  void nestedSourcesAndTemplates_fillTheProfile() {
    putType(
        Map.of(
            "id", field("_source.order.id", null),
            "street",
                field(
                    "{{_source.shipping.number}} {{_source.shipping.street}}",
                    "_profile.ShippingAddress.Address1"),
            "zip", field("_source.shipping.zip", "_profile.ShippingAddress.PostalCode"),
            "email",
                field(
                    "_source.customer.email",
                    "_profile.EmailAddress",
                    FieldContentType.EMAIL_ADDRESS),
            "spend",
                field(
                    "_source.total",
                    "_profile.Attributes.lastOrderTotal",
                    FieldContentType.NUMBER)));

    profiles.putProfileObject(
        DOMAIN,
        "Src",
        """
        {"order": {"id": "o-1"}, "customer": {"email": "Ann@X.com"}, "total": 19.90,
         "shipping": {"number": "12", "street": "High St", "zip": "0150"}}\
        """);

    assertThat(onlyProfile().profile())
        .isEqualTo(
            Profile.builder()
                .profileId(onlyProfile().profileId())
                .emailAddress("Ann@X.com")
                .shippingAddress(
                    Address.builder().address1("12 High St").postalCode("0150").build())
                .attributes(Map.of("lastOrderTotal", "19.90"))
                .build());
  }

  @Test
  void aNewProfile_takesEmailAndPhoneFromUntargetedFields_asAnInferredProfile() {
    putType(
        Map.of(
            "id", field("_source.id", null),
            "caller", field("_source.caller", null, FieldContentType.PHONE_NUMBER),
            "mail", field("_source.mail", null, FieldContentType.EMAIL_ADDRESS),
            "name", field("_source.name", "_profile.FirstName")));

    profiles.putProfileObject(
        DOMAIN,
        "Src",
        "{\"id\":\"c1\",\"caller\":\"+1 555 010 0000\",\"mail\":\"a@x.com\",\"name\":\"Ann\"}");

    Profile p = onlyProfile().profile();
    assertThat(p.phoneNumber()).isEqualTo("+1 555 010 0000");
    assertThat(p.emailAddress()).isEqualTo("a@x.com");
    assertThat(p.firstName()).isEqualTo("Ann");
  }
}
