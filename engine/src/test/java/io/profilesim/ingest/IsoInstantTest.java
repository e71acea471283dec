package io.profilesim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class IsoInstantTest {
  @Property(tries = 2000)
  void parseMillis_agreesWithJavaTime(
      @ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L) long millis,
      @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours) {
    OffsetDateTime t =
        Instant.ofEpochMilli(millis).atOffset(ZoneOffset.ofTotalSeconds(quarterHours * 900));
    String text = t.toString();

    long expected = OffsetDateTime.parse(text).toInstant().toEpochMilli();
    long parsed = IsoInstant.parseMillis(text);

    assertThat(parsed == IsoInstant.NOT_PARSED ? expected : parsed).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-05-01T12:30:00Z",
        "2024-02-29T23:59:59.999Z",
        "1969-12-31T23:59:59+01:00",
        "2024-05-01T12:30:00.123456789-05:30"
      })
  void parseMillis_readsTheCommonForms(String text) {
    assertThat(IsoInstant.parseMillis(text))
        .isEqualTo(OffsetDateTime.parse(text).toInstant().toEpochMilli());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29T00:00:00Z",
        "2024-13-01T00:00:00Z",
        "2024-05-01T24:00:00Z",
        "2024-05-01 12:30:00Z",
        "2024-05-01T12:30:00",
        "2024-05-01T12:30:00.Z",
        "+2024-05-01T12:30:00Z"
      })
  void parseMillis_leavesEverythingElseToJavaTime(String text) {
    assertThat(IsoInstant.parseMillis(text)).isEqualTo(IsoInstant.NOT_PARSED);
  }
}
