package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ColumnTest {
  // Two slots per profile; raw spellings repeat, differ but normalize alike, or normalize to none.
  private static final List<String> RAW = Arrays.asList("Saint Paul", null, "St. Paul", "Boston",
      "  ", "saint paul", "Boston", "Ft Worth", null, "--", "Fort Worth", "Boston");

  @Test
  void encodeRepeated_givesTheCodesAndValuesEncodeGives() {
    Column.SlotReader raw = (i, s) -> RAW.get(i * 2 + s);
    Column plain = Column.encode("Address.City", 6, 2,
        (i, s) -> Normalizer.city(raw.read(i, s)));
    Column repeated = Column.encodeRepeated("Address.City", 6, 2, raw, Normalizer::city);
    assertThat(repeated.values).containsExactly("st paul", "boston", "ft worth");
    assertThat(repeated.codes).containsExactly(0, -1, 0, 1, -1, 0, 1, 2, -1, -1, 2, 1);
    assertThat(repeated.codes).containsExactly(plain.codes);
    assertThat(repeated.values).containsExactly(plain.values);
    assertThat(repeated.counts).containsExactly(plain.counts);
    assertThat(repeated.present).isEqualTo(plain.present);
  }
}
