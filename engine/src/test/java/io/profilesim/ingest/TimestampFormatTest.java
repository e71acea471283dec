package io.profilesim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TimestampFormatTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "ISO",
      value = {
        "yyyy-MM-dd'T'HH:mm:ssXXX   | 2024-05-01T12:30:00+02:00   | 2024-05-01T10:30:00Z",
        "yyyy-MM-dd HH:mm:ss        | 2024-05-01 12:30:00         | 2024-05-01T12:30:00Z",
        "dd/MM/yyyy                 | 01/05/2024                  | 2024-05-01T00:00:00Z",
        "yyyy-MM-dd'T'HH:mm:ss.SSSZ | 2024-05-01T12:30:00.250+0000 | 2024-05-01T12:30:00.250Z",
        "EPOCH_MILLIS               | 1714566600250               | 2024-05-01T12:30:00.250Z",
        "epoch_seconds              | 1714566600                  | 2024-05-01T12:30:00Z",
        "ISO                        | 2024-05-01T12:30:00Z        | 2024-05-01T12:30:00Z",
        "ISO                        | 2024-05-01T14:30:00+02:00   | 2024-05-01T12:30:00Z",
      })
  void parse_readsTheFormat(String pattern, String value, String instant) {
    assertThat(TimestampFormat.of(pattern).parse(value))
        .isEqualTo(Instant.parse(instant).toEpochMilli());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "ISO",
      value = {
        "yyyy-MM-dd     | 2024-13-01     | does not match yyyy-MM-dd",
        "yyyy-MM-dd     | 2024-05-01junk | does not match yyyy-MM-dd",
        "dd/MM/yyyy     | 2024-05-01     | does not match dd/MM/yyyy",
        "EPOCH_MILLIS   | 12.5           | not a whole number of epoch milliseconds",
        "ISO            | yesterday      | is not an ISO-8601 instant such as 2024-05-01T12:00:00Z"
            + " (no SourceLastUpdatedTimestampFormat is set)",
      })
  void parse_isStrict(String pattern, String value, String message) {
    assertThatThrownBy(() -> TimestampFormat.of(pattern).parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void of_refusesAnInvalidPattern() {
    assertThatThrownBy(() -> TimestampFormat.of("yyyy-qq"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Illegal pattern character 'q'");
  }
}
