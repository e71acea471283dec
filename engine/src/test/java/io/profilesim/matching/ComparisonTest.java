package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.MoreExecutors;
import io.profilesim.model.Address;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ComparisonTest {
  /**
   * The level of each profile against the first one, for one attribute, compared beside the
   * postal code (whose agreement makes the state no evidence). The compare stage's rows, which
   * decide most levels from facts kept beside the codes, must agree with the columns for every
   * pair of the profiles.
   */
  private static List<String> levels(String attribute, List<Profile> profiles) {
    List<Profile> withIds = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      withIds.add(profiles.get(i).toBuilder().profileId("p" + (char) ('a' + i)).build());
    }
    MatchingSettings s = MatchingSettings.defaults();
    ProfileTable t = ProfileTable.of(withIds, s, MoreExecutors.newDirectExecutorService());
    List<Comparison> compared = Comparisons.build(t, s,
        a -> a.equals(attribute) || a.equals("Address.PostalCode"));
    int k = compared.indexOf(compared.stream()
        .filter(comparison -> comparison.name.equals(attribute)).findFirst().orElseThrow());
    Comparison c = compared.get(k);
    List<String> out = new ArrayList<>();
    for (int j = 1; j < withIds.size(); j++) {
      int level = Patterns.level(Patterns.of(compared, 0, j), k);
      out.add(level < 0 ? "missing" : c.levels.get(level));
    }
    assertRowsAgreeWithColumns(compared, withIds.size());
    return out;
  }

  private static void assertRowsAgreeWithColumns(List<Comparison> compared, int size) {
    List<Long> pairs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        pairs.add(Blocking.pair(i, j));
      }
    }
    long[] fromRows = Patterns.of(Patterns.Rows.of(compared, MoreExecutors.newDirectExecutorService()),
        pairs.stream().mapToLong(Long::longValue).toArray(), MoreExecutors.newDirectExecutorService());
    for (int p = 0; p < pairs.size(); p++) {
      int i = Blocking.first(pairs.get(p));
      int j = Blocking.second(pairs.get(p));
      assertThat(fromRows[p]).as("profiles %d and %d", i, j).isEqualTo(Patterns.of(compared, i, j));
    }
  }

  private static Profile first(String first, String last) {
    return Profile.builder().firstName(first).lastName(last).build();
  }

  private static Profile born(String date) {
    return Profile.builder().birthDate(date).build();
  }

  @Test
  void firstName_levels() {
    assertThat(levels("FirstName", List.of(first("Robert", "Quinn"), first("ROBERT", "Quinn"),
        first("Bob", "Quinn"), first("Robrt", "Quinn"), first("R", "Quinn"),
        first("Roberto", "Quinn"), first("Alice", "Quinn"), first(null, "Quinn"),
        first("Quinn", "Robert"), first("Qiunn", "Robert"))))
        .containsExactly("exact", "nickname", "jaro-winkler >= 0.92",
            "jaro-winkler >= 0.80 or initial", "jaro-winkler >= 0.92", "different", "missing",
            "exact", "jaro-winkler >= 0.92");
  }

  @Test
  void birthDate_levels() {
    assertThat(levels("BirthDate", List.of(born("1971-06-11"), born("06/11/1971"),
        born("1971-06-12"), born("1971-11-06"), born("1917-06-11"), born("1981-06-21"),
        born("1985-02-03"), born("1971-06-42"))))
        .containsExactly("exact", "one typo or day/month swapped",
            "one typo or day/month swapped", "one typo or day/month swapped", "two wrong digits",
            "different", "missing");
  }

  @Test
  void email_levels() {
    Profile a = Profile.builder().emailAddress("John_Doe@AnyCompany.com").build();
    assertThat(levels("EmailAddress", List.of(a,
        Profile.builder().personalEmailAddress("john_doe@anycompany.com").build(),
        Profile.builder().emailAddress("johndoe@anycompany.com").build(),
        Profile.builder().emailAddress("john_doe@anycompany.co").build(),
        Profile.builder().emailAddress("mary@elsewhere.org").build())))
        .containsExactly("exact", "same mailbox ignoring . _ - +tag",
            "jaro-winkler >= 0.92, digits within one edit", "different");
  }

  @Test
  void email_closeButWithOtherDigits_isDifferent_whileOneDigitTypoStaysClose() {
    Profile a = Profile.builder().emailAddress("samantha.lewis6185391@post.example").build();
    assertThat(levels("EmailAddress", List.of(a,
        Profile.builder().emailAddress("samantha_lewis4039108@post.example").build(),
        Profile.builder().emailAddress("samantha.lewis6185931@post.example").build(),
        Profile.builder().emailAddress("samantha.lewis618539@post.example").build(),
        Profile.builder().emailAddress("samantha.lewiss6185391@post.example").build())))
        .containsExactly("different", "jaro-winkler >= 0.92, digits within one edit",
            "jaro-winkler >= 0.92, digits within one edit",
            "jaro-winkler >= 0.92, digits within one edit");
  }

  @Test
  void email_digitsDecideBeforeJaroWinkler_onlyWhereBothHaveAFewDigits() {
    Profile a = Profile.builder().emailAddress("lee.chan1988@mail.example").build();
    assertThat(levels("EmailAddress", List.of(a,
        Profile.builder().emailAddress("lee.chan1989@mail.example").build(),
        Profile.builder().emailAddress("lee.chan2001@mail.example").build(),
        Profile.builder().emailAddress("lee.chan@mail.example").build(),
        Profile.builder().emailAddress("lee.chann@mail.example").build(),
        Profile.builder().emailAddress("lee.chan123456789012345678@mail.example").build(),
        Profile.builder().emailAddress("lee.chan1988@mail.example.org").build())))
        .containsExactly("jaro-winkler >= 0.92, digits within one edit", "different",
            "different", "different", "different",
            "jaro-winkler >= 0.92, digits within one edit");
  }

  @Test
  void state_isNoEvidenceForProfilesOfOnePostalCode_whichImpliesIt() {
    Profile a = at("IL", "60615");
    assertThat(levels("Address.State", List.of(a, at("IL", "60615"), at("IL", "60616"),
        at("il", null), at("IN", "60615"), at("IN", "46201"))))
        .containsExactly("missing", "exact", "exact", "different", "different");
  }

  private static Profile at(String state, String postalCode) {
    return Profile.builder()
        .address(Address.builder().state(state).postalCode(postalCode).build())
        .build();
  }

  @Test
  void phone_levels() {
    Profile a = Profile.builder().phoneNumber("555-010-0000").build();
    assertThat(levels("PhoneNumber", List.of(a,
        Profile.builder().homePhoneNumber("+1 (555) 010-0000").build(),
        Profile.builder().mobilePhoneNumber("555-010-0001").build(),
        Profile.builder().phoneNumber("555-100-0000").build(),
        Profile.builder().phoneNumber("555-987-6543").build())))
        .containsExactly("exact", "one typo", "one typo", "different");
  }

  @Test
  void street_levels() {
    // Other numbers (a neighbour, a flat) are at most similar; the same words in another
    // order are close.
    assertThat(levels("Address", List.of(street("12 North Main Street"), street("12 N Main St"),
        street("12 Main St North"), street("12 Mian St N"), street("14 N Main St"),
        street("12 N Main St Apt 4"), street("7 Oak Avenue"))))
        .containsExactly("exact", "same street and numbers, small differences", "similar",
            "similar", "similar", "different");
  }

  @Test
  void addressParts_compareAcrossAddressTypes() {
    Profile a = Profile.builder().address(Address.builder().city("Portsmouth").build()).build();
    Profile b = Profile.builder().shippingAddress(Address.builder().city("portsmouth").build())
        .build();
    Profile c = Profile.builder().billingAddress(Address.builder().city("Portsmuoth").build())
        .build();
    assertThat(levels("Address.City", List.of(a, b, c)))
        .containsExactly("exact", "jaro-winkler >= 0.9");
  }

  private static Profile street(String line) {
    return Profile.builder().address(Address.builder().address1(line).build()).build();
  }
}
