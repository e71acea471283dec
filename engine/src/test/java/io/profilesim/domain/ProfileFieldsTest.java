package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.model.Address;
import io.profilesim.model.Gender;
import io.profilesim.model.Profile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ProfileFieldsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "FirstName",
        "GenderString",
        "ProfileType",
        "BillingAddress.PostalCode",
        "Address.Address4",
        "Attributes.tier",
        "Attributes.a.b"
      })
  void isWritable_acceptsFieldsPartsAndAttributes(String attribute) {
    assertThat(ProfileFields.isWritable(attribute)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ProfileId",
        "Address",
        "Address.Street",
        "HomeAddress.City",
        "Attributes.",
        "FoundByItems",
        "firstName",
        ""
      })
  void isWritable_refusesAnythingElse(String attribute) {
    assertThat(ProfileFields.isWritable(attribute)).isFalse();
  }

  @Test
  void apply_setsAndClearsFields_keepingTheRest() {
    Profile p =
        Profile.builder()
            .profileId("p1")
            .firstName("Ann")
            .lastName("Lee")
            .address(Address.builder().city("Oslo").country("NO").build())
            .attributes(Map.of("tier", "gold", "team", "a"))
            .build();
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("FirstName", "Anna");
    changes.put("LastName", "");
    changes.put("Address.City", null);
    changes.put("ShippingAddress.PostalCode", "0150");
    changes.put("Attributes.tier", null);
    changes.put("Attributes.since", "2020");
    changes.put("Gender", "female");

    Profile after = ProfileFields.apply(p, changes);

    assertThat(after)
        .isEqualTo(
            Profile.builder()
                .profileId("p1")
                .firstName("Anna")
                .gender(Gender.FEMALE)
                .address(Address.builder().country("NO").build())
                .shippingAddress(Address.builder().postalCode("0150").build())
                .attributes(Map.of("team", "a", "since", "2020"))
                .build());
  }

  @Test
  void apply_dropsAddressesAndAttributesLeftEmpty() {
    Profile p =
        Profile.builder()
            .address(Address.builder().city("Oslo").build())
            .attributes(Map.of("tier", "gold"))
            .build();
    Map<String, String> clear = new HashMap<>();
    clear.put("Address.City", "");
    clear.put("Attributes.tier", "");

    Profile after = ProfileFields.apply(p, clear);

    assertThat(after.address()).isNull();
    assertThat(after.attributes()).isNull();
  }

  @Test
  void values_listsEveryFieldByAttributeName() {
    Profile p =
        Profile.builder()
            .profileId("p1")
            .firstName("Ann")
            .gender(Gender.MALE)
            .mailingAddress(Address.builder().city("Oslo").build())
            .attributes(Map.of("tier", "gold"))
            .build();

    assertThat(ProfileFields.values(p))
        .containsExactly(
            Map.entry("FirstName", "Ann"), Map.entry("Gender", "MALE"),
            Map.entry("MailingAddress.City", "Oslo"), Map.entry("Attributes.tier", "gold"));
  }

  @Test
  void checkValue_explainsTooLongAndUnknownEnumValues() {
    assertThat(ProfileFields.checkValue("FirstName", "x".repeat(256)))
        .isEqualTo(
            "the value of FirstName is 256 characters long, more than the 255 a profile"
                + " field holds");
    assertThat(ProfileFields.checkValue("AdditionalInformation", "x".repeat(1000))).isNull();
    assertThat(ProfileFields.checkValue("Gender", "robot"))
        .isEqualTo("the value 'robot' of Gender is not one of [MALE, FEMALE, UNSPECIFIED]");
    assertThat(ProfileFields.checkValue("PartyType", "business")).isNull();
  }

  @Test
  void apply_refusesAnUnknownAttribute() {
    assertThatThrownBy(
            () -> ProfileFields.apply(Profile.builder().build(), Map.of("Nope.City", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a writable profile attribute: Nope.City");
  }

  @Test
  void applyOfArrays_equalsApplyOfAMap_laterChangesWinning() {
    Profile p =
        Profile.builder()
            .firstName("Ann")
            .address(Address.builder().city("Oslo").build())
            .attributes(Map.of("tier", "gold"))
            .build();
    String[] attributes = {"Address.PostalCode", "Attributes.tier", "FirstName", "Attributes.tier"};
    String[] values = {"0150", "silver", "", "bronze"};
    Map<String, String> changes = new LinkedHashMap<>();
    for (int i = 0; i < attributes.length; i++) {
      changes.put(attributes[i], values[i]);
    }

    Profile after = ProfileFields.apply(p, attributes, values);

    assertThat(after).isEqualTo(ProfileFields.apply(p, changes));
    assertThat(after.firstName()).isNull();
    assertThat(after.address()).isEqualTo(Address.builder().city("Oslo").postalCode("0150").build());
    assertThat(after.attributes()).containsExactly(Map.entry("tier", "bronze"));
  }

  @Test
  void apply_toAProfileWithoutCustomAttributes_holdsOneOrSeveralInKeyOrder() {
    Profile empty = Profile.builder().build();

    Profile one =
        ProfileFields.apply(
            empty, new String[] {"Attributes.tier", "LastName"}, new String[] {"gold", "Lee"});
    Profile two =
        ProfileFields.apply(
            empty, new String[] {"Attributes.tier", "Attributes.team"}, new String[] {"x", "a"});
    Profile cleared =
        ProfileFields.apply(
            empty, new String[] {"Attributes.tier", "Attributes.tier"}, new String[] {"x", ""});

    assertThat(one.attributes()).isEqualTo(Map.of("tier", "gold"));
    assertThat(one.lastName()).isEqualTo("Lee");
    assertThat(two.attributes()).containsExactly(Map.entry("team", "a"), Map.entry("tier", "x"));
    assertThat(cleared.attributes()).isNull();
  }
}
