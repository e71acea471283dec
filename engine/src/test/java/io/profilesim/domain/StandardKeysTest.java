package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.Profile;
import org.junit.jupiter.api.Test;

final class StandardKeysTest {
  private static final Profile PROFILE =
      Profile.builder()
          .firstName(" Mary  Ann")
          .lastName("SMITH")
          .emailAddress(" Mary@Example.COM")
          .businessEmailAddress("mary@example.com")
          .phoneNumber("+1 (555) 123-4567")
          .homePhoneNumber("0044 20 7946 0000")
          .accountNumber(" A-1 ")
          .build();

  @Test
  void eachDerivedKey_normalizesItsFieldsByItsContentType_withoutRepeats() {
    for (String key : StandardKeys.CONTENT_TYPES.keySet()) {
      assertThat(StandardKeys.values(key, PROFILE))
          .allSatisfy(
              v ->
                  assertThat(KeyNormalizer.normalize(StandardKeys.CONTENT_TYPES.get(key), v))
                      .isEqualTo(v));
    }
    assertThat(StandardKeys.values(StandardKeys.EMAIL, PROFILE))
        .containsExactly("mary@example.com");
    assertThat(StandardKeys.values(StandardKeys.PHONE, PROFILE))
        .containsExactly("5551234567", "442079460000");
    assertThat(StandardKeys.values(StandardKeys.ACCOUNT, PROFILE)).containsExactly(" A-1 ");
    assertThat(StandardKeys.values(StandardKeys.FULL_NAME, PROFILE))
        .containsExactly("mary ann smith");
  }

  @Test
  void eachDerivedKey_readsTheFieldsSourcesNames_inThatOrder() {
    for (String key : StandardKeys.CONTENT_TYPES.keySet()) {
      String[] fields =
          StandardKeys.SOURCES.get(key).stream()
              .map(name -> ProfileAttributes.reader(name).orElseThrow().apply(PROFILE))
              .toArray(String[]::new);

      assertThat(StandardKeys.values(key, PROFILE))
          .as(key)
          .isEqualTo(StandardKeys.fromFields(key, fields))
          .isNotEmpty();
    }
    assertThat(StandardKeys.SOURCES.keySet()).isEqualTo(StandardKeys.CONTENT_TYPES.keySet());
    assertThat(StandardKeys.fromFields(StandardKeys.PHONE, null, "555 123 4567", "", "5551234567"))
        .containsExactly("5551234567");
  }
}
