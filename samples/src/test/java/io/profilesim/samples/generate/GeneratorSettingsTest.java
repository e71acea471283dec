package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class GeneratorSettingsTest {
  @Test
  void build_withRateAboveOne_isRefused() {
    assertThatThrownBy(() -> GeneratorSettings.builder().typoRate(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("typoRate must be between 0 and 1, was 1.5");
  }

  @Test
  void build_withNoProfiles_isRefused() {
    assertThatThrownBy(() -> GeneratorSettings.defaults(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profiles must be at least 1, was 0");
  }

  @Test
  void build_withNaNRate_isRefused() {
    assertThatThrownBy(() -> GeneratorSettings.builder().moveRate(Double.NaN).build())
        .hasMessage("moveRate must be between 0 and 1, was NaN");
  }

  @Test
  void toBuilder_keepsEverySetting() {
    GeneratorSettings settings = GeneratorSettings.builder().profiles(5).seed(9).typoRate(0.5)
        .shuffleWindow(3).genericPhoneRate(0).build();

    assertThat(settings.toBuilder().build()).isEqualTo(settings);
  }

  @Test
  void zeroRates_giveRecordsWithoutNoise() {
    GeneratorSettings quiet = GeneratorSettings.builder().profiles(2_000).seed(2)
        .householdRate(0).twinRate(0).commonNameRate(0).moveRate(0).emailChangeRate(0)
        .typoRate(0).nicknameRate(0).caseRate(0).whitespaceRate(0).accentDropRate(0)
        .swappedNameRate(0).dateFormatRate(0).birthDateErrorRate(0).missingFieldRate(0)
        .newAccountRate(0).giftShippingRate(0).genericEmailRate(0).genericPhoneRate(0).build();

    assertThat(CustomerDataGenerator.create(quiet).stream())
        .allSatisfy(r -> assertThat(r.variations()).isEmpty());
  }
}
