package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.FieldContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class KeyNormalizerTest {
  @ParameterizedTest(name = "{0} ''{1}'' -> ''{2}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "STRING        | ' AbC '               | ' AbC '",
        "NUMBER        | 1.50                  | 1.5",
        "NUMBER        | 007                   | 7",
        "NUMBER        | 0.000                 | 0",
        "NUMBER        | 12ab                  | 12ab",
        "PHONE_NUMBER  | +15551234567          | 5551234567",
        "PHONE_NUMBER  | (555)-123-4567        | 5551234567",
        "PHONE_NUMBER  | 555.123.4567          | 5551234567",
        "PHONE_NUMBER  | 0044 20 7946 0000     | 442079460000",
        "PHONE_NUMBER  | +44 20 7946 0000      | 442079460000",
        "PHONE_NUMBER  | none                  | none",
        "PHONE_NUMBER  | ' 001 555 123 4567'   | 5551234567",
        "PHONE_NUMBER  | 00                    | 00",
        "PHONE_NUMBER  | 1 (555) 123-45        | 155512345",
        "PHONE_NUMBER  | ０５５５ 1              | 1",
        "EMAIL_ADDRESS | ' John.Doe@Example.COM ' | john.doe@example.com",
        "NAME          | '  Mary   Ann  SMITH '   | mary ann smith",
      })
  void normalize_givesTheIndexedForm(FieldContentType type, String value, String expected) {
    assertThat(KeyNormalizer.normalize(type, value)).isEqualTo(expected);
  }
}
