package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.model.Gender;
import io.profilesim.model.PartyType;
import io.profilesim.model.Profile;
import io.profilesim.model.ProfileType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class AttributePlanTest {
  private static final Profile NO_FIELDS = Profile.builder().build();

  /** Every standard field, every address part, and custom keys that sort every way. */
  private static final List<String> WRITABLE = writable();

  private static final Map<String, Enum<?>[]> ENUMS =
      Map.of(
          "Gender", Gender.values(),
          "PartyType", PartyType.values(),
          "ProfileType", ProfileType.values());

  @Test
  void pack_andDerivedValues_matchTheRecordOfTheSameValues_forThousandsOfRandomLists() {
    SplittableRandom random = new SplittableRandom(11);
    Random shuffler = new Random(11);
    PackedProfileTest.Generator strings = new PackedProfileTest.Generator(random);
    int addresses = 0;
    int customs = 0;
    for (int i = 0; i < 5_000; i++) {
      List<String> list = new ArrayList<>(WRITABLE);
      Collections.shuffle(list, shuffler);
      String[] attributes = list.subList(0, random.nextInt(list.size() + 1)).toArray(new String[0]);
      String[] values = new String[attributes.length];
      for (int a = 0; a < attributes.length; a++) {
        Enum<?>[] constants = ENUMS.get(attributes[a]);
        values[a] = constants == null ? strings.string() : constant(random, constants);
      }
      Supplier<String> what =
          () -> Arrays.toString(attributes) + " = " + Arrays.toString(values);

      Profile record = ProfileFields.apply(NO_FIELDS, attributes, values);
      AttributePlan plan = AttributePlan.of(attributes);

      assertThat(plan.pack(values)).as(what).isEqualTo(PackedProfile.pack(record));
      for (String key : StandardKeys.SOURCES.keySet()) {
        assertThat(plan.derivedValues(key, values))
            .as(what)
            .isEqualTo(StandardKeys.values(key, record));
      }
      addresses += record.address() != null && record.billingAddress() != null ? 1 : 0;
      customs += record.attributes() != null && record.attributes().size() > 1 ? 1 : 0;
    }
    // The lists above held the shapes the packed order has to get right.
    assertThat(addresses).as("profiles with the first and last address").isPositive();
    assertThat(customs).as("profiles with several custom attributes").isPositive();
  }

  @Test
  void pack_rejectsAnEnumeratedValueOutsideItsConstants_asTheRecordPathDoes() {
    AttributePlan plan = AttributePlan.of("FirstName", "Gender");
    String[] values = {"Ann", "unknown"};

    assertThatThrownBy(() -> plan.pack(values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No enum constant io.profilesim.model.Gender.UNKNOWN");
    assertThatThrownBy(
            () -> ProfileFields.apply(NO_FIELDS, new String[] {"Gender"}, new String[] {"unknown"}))
        .hasMessage("No enum constant io.profilesim.model.Gender.UNKNOWN");
  }

  @Test
  void of_refusesAnAttributeAProfileCannotHold_orOneListedTwice() {
    assertThatThrownBy(() -> AttributePlan.of("FirstName", "Address.Street"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a writable profile attribute: Address.Street");
    assertThatThrownBy(() -> AttributePlan.of("FirstName", "LastName", "FirstName"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an attribute listed twice: [FirstName, LastName, FirstName]");
  }

  @Test
  void attributes_areTheListAsGiven_whateverOrderItPacksIn() {
    String[] given = {"LastName", "Attributes.tier", "Address.City", "AccountNumber"};
    AttributePlan plan = AttributePlan.of(given);
    given[0] = "FirstName";

    assertThat(plan.attributes())
        .containsExactly("LastName", "Attributes.tier", "Address.City", "AccountNumber");
  }

  /** Returns null, "", or one of the constants' names in a random mix of cases. */
  private static String constant(SplittableRandom random, Enum<?>[] constants) {
    int i = random.nextInt(constants.length + 2);
    if (i >= constants.length) {
      return i == constants.length ? null : "";
    }
    StringBuilder name = new StringBuilder(constants[i].name());
    for (int c = 0; c < name.length(); c++) {
      if (random.nextBoolean()) {
        name.setCharAt(c, Character.toLowerCase(name.charAt(c)));
      }
    }
    return name.toString();
  }

  private static List<String> writable() {
    List<String> all = new ArrayList<>(ProfileAttributes.standardFields());
    for (int t = 0; t < ProfileAttributes.ADDRESS_TYPES.size(); t++) {
      all.addAll(ProfileAttributes.addressAttributes(t));
    }
    Stream.of("tier", "Tier", "a", "zz", "名前", "team.size", "")
        .map(key -> "Attributes." + key)
        .filter(ProfileFields::isWritable)
        .forEach(all::add);
    return List.copyOf(all);
  }
}
