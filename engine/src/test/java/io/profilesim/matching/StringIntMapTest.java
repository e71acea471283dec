package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class StringIntMapTest {
  @Test
  void keepsEveryValueThroughGrowth_andAnswersAbsentForOtherKeys() {
    StringIntMap map = new StringIntMap(1);
    for (int i = 0; i < 10_000; i++) {
      map.putNew("value" + i, i * 3);
    }
    assertThat(map.size()).isEqualTo(10_000);
    for (int i = 0; i < 10_000; i++) {
      assertThat(map.get("value" + i, -1)).isEqualTo(i * 3);
    }
    assertThat(map.get("value10000", -1)).isEqualTo(-1);
    assertThat(map.get("", -7)).isEqualTo(-7);
  }

  @Test
  void tellsApartKeysWithTheSameHash() {
    // "Aa" and "BB" share String.hashCode, so only the stored keys tell them apart.
    StringIntMap map = new StringIntMap(4);
    map.putNew("Aa", 1);
    map.putNew("BB", 2);
    assertThat(map.get("Aa", -1)).isEqualTo(1);
    assertThat(map.get("BB", -1)).isEqualTo(2);
    assertThat(map.get("AaBB", -1)).isEqualTo(-1);
  }
}
