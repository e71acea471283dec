package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MatchingSettingsTest {
  @Test
  void defaults_areDocumented() {
    MatchingSettings s = MatchingSettings.defaults();
    assertThat(s.attributes()).isEqualTo(MatchingSettings.DEFAULT_ATTRIBUTES);
    assertThat(s.matchThreshold()).isEqualTo(0.9);
    assertThat(s.nicknames()).isTrue();
    assertThat(s.termFrequencyAdjustment()).isTrue();
    assertThat(s.maxBlockSize()).isEqualTo(500);
    assertThat(s.genericValueThreshold()).isEqualTo(50);
    assertThat(s.defaultCountryCode()).isEqualTo("1");
    assertThat(s.seed()).isZero();
    assertThat(s.parameters()).isNull();
  }

  @Test
  void attributes_whenUnknown_isRefusedWithTheKnownNames() {
    assertThatThrownBy(() -> MatchingSettings.builder().attributes(List.of("Shoe")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown attribute 'Shoe' (expected one of [AccountNumber, Address, "
            + "Address.City, Address.Country, Address.PostalCode, Address.State, BirthDate, "
            + "BusinessName, EmailAddress, FirstName, Gender, LastName, MiddleName, PhoneNumber]"
            + " or Attributes.<key>)");
  }

  @Test
  void attributes_whenRepeatedOrTooMany_isRefused() {
    assertThatThrownBy(() -> MatchingSettings.builder().attributes(List.of("Gender", "Gender")))
        .hasMessage("attribute 'Gender' is named twice");
    assertThatThrownBy(() -> MatchingSettings.builder()
        .attributes(Collections.nCopies(16, "Gender")))
        .hasMessage("at most 15 attributes can be compared, got 16");
  }

  @Test
  void attributes_acceptCustomAttributes() {
    assertThat(MatchingSettings.builder().attributes(List.of("Attributes.loyaltyId")).build()
        .attributes()).containsExactly("Attributes.loyaltyId");
  }

  @Test
  void numericSettings_outsideTheirRange_areRefused() {
    MatchingSettings.Builder b = MatchingSettings.builder();
    assertThatThrownBy(() -> b.matchThreshold(0)).hasMessage(
        "match threshold must be in (0, 1], got 0.0");
    assertThatThrownBy(() -> b.maxBlockSize(1)).hasMessage(
        "max block size must be at least 2, got 1");
    assertThatThrownBy(() -> b.genericValueThreshold(1)).hasMessage(
        "generic value threshold must be at least 2, got 1");
    assertThatThrownBy(() -> b.threads(0)).hasMessage("threads must be at least 1, got 0");
    assertThatThrownBy(() -> b.defaultCountryCode("+1")).hasMessage(
        "default country code must be 1 to 3 digits not starting with 0, got '+1'");
  }

  @Test
  void toBuilder_keepsEverySetting() {
    MatchingSettings s = MatchingSettings.builder().matchThreshold(0.8).nicknames(false)
        .seed(9).threads(1).build();
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }
}
