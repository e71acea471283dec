package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class KeyPairsTest {
  /** Names and values of every width: empty, ASCII, Latin-1, CJK, surrogates, paired or not. */
  private static final String[] PAIRS = {
    "crmId", "c-17",
    "_email", "",
    "city", "Zürich",
    "名前", "東京",
    "emoji", "a\uD83D\uDE00b",
    "broken", "x\uD800",
    "long", "v".repeat(200) + "é".repeat(100),
  };

  @Test
  void pack_thenUnpack_givesThePairsBack_inOrder() {
    byte[] packed = KeyPairs.pack(PAIRS);

    assertThat(KeyPairs.unpack(packed)).containsExactly(PAIRS);
  }

  @Test
  void pack_spendsOneByteOnAShortLengthAndOnEachAsciiChar() {
    assertThat(KeyPairs.pack(new String[] {"crmId", "c-17"})).hasSize(1 + 5 + 1 + 4);
    assertThat(KeyPairs.pack(new String[] {"k", "é"})).hasSize(1 + 1 + 1 + 2);
    assertThat(KeyPairs.pack(new String[] {"k", "東"})).hasSize(1 + 1 + 1 + 3);
    assertThat(KeyPairs.pack(new String[] {"k", "v".repeat(128)})).hasSize(1 + 1 + 2 + 128);
    assertThat(KeyPairs.pack(new String[0])).isSameAs(KeyPairs.NONE);
  }

  @Test
  void pack_refusesAnOddCountAndNulls_namingThePair() {
    assertThatThrownBy(() -> KeyPairs.pack(new String[] {"crmId"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keys must come as name-value pairs");
    assertThatThrownBy(() -> KeyPairs.pack(new String[] {"a", "1", "b", null}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of key pair 1");
  }

  @Test
  void contains_comparesWholeNamesAndValues_charByChar() {
    byte[] packed = KeyPairs.pack(PAIRS);

    for (int i = 0; i < PAIRS.length; i += 2) {
      assertThat(KeyPairs.contains(packed, PAIRS[i], PAIRS[i + 1])).isTrue();
    }
    assertThat(KeyPairs.contains(packed, "crmId", "c-1")).isFalse();
    assertThat(KeyPairs.contains(packed, "crmId", "c-170")).isFalse();
    assertThat(KeyPairs.contains(packed, "crmI", "c-17")).isFalse();
    assertThat(KeyPairs.contains(packed, "city", "c-17")).isFalse();
    assertThat(KeyPairs.contains(packed, "broken", "x\uD801")).isFalse();
    assertThat(KeyPairs.contains(packed, "c-17", "crmId")).isFalse();
  }

  @Test
  void with_andWithout_addAndTakeOnePair_leavingTheOriginalUnchanged() {
    byte[] packed = KeyPairs.pack(new String[] {"a", "1", "b", "2"});

    byte[] grown = KeyPairs.with(packed, "名", "値");
    byte[] shrunk = KeyPairs.without(grown, "b", "2");

    assertThat(KeyPairs.unpack(grown)).containsExactly("a", "1", "b", "2", "名", "値");
    assertThat(KeyPairs.unpack(shrunk)).containsExactly("a", "1", "名", "値");
    assertThat(KeyPairs.unpack(packed)).containsExactly("a", "1", "b", "2");
    assertThat(KeyPairs.without(packed, "b", "3")).isNull();
    assertThat(KeyPairs.without(KeyPairs.pack(new String[] {"a", "1"}), "a", "1"))
        .isSameAs(KeyPairs.NONE);
  }

  @Test
  void values_areThoseOfOneName_inPairOrder() {
    byte[] packed = KeyPairs.pack(new String[] {"_phone", "1", "crmId", "c", "_phone", "2"});

    assertThat(KeyPairs.values(packed, "_phone")).containsExactly("1", "2");
    assertThat(KeyPairs.values(packed, "_email")).isEmpty();
    assertThat(KeyPairs.containsName(packed, "crmId")).isTrue();
    assertThat(KeyPairs.containsName(packed, "c")).isFalse();
  }

  @Test
  void hasRepeats_findsTwoEqualPairs_butNotAValueUnderTwoNames() {
    assertThat(KeyPairs.hasRepeats(KeyPairs.pack(new String[] {"a", "1", "b", "2", "a", "1"})))
        .isTrue();
    assertThat(KeyPairs.hasRepeats(KeyPairs.pack(new String[] {"a", "1", "b", "1", "a", "2"})))
        .isFalse();
    assertThat(KeyPairs.hasRepeats(KeyPairs.NONE)).isFalse();
  }

  @Test
  void fingerprints_ofPackedPairs_equalThoseOfTheStrings() {
    int[] fingerprints = KeyPairs.fingerprints(KeyPairs.pack(PAIRS));

    assertThat(fingerprints).hasSize(PAIRS.length / 2);
    for (int i = 0; i < PAIRS.length; i += 2) {
      assertThat(fingerprints[i / 2]).isEqualTo(KeyPairs.fingerprint(PAIRS[i], PAIRS[i + 1]));
    }
  }

  @Test
  void fingerprint_tellsWhereTheNameEnds_andIsFixedAcrossRuns() {
    assertThat(KeyPairs.fingerprint("ab", "c")).isNotEqualTo(KeyPairs.fingerprint("a", "bc"));
    assertThat(KeyPairs.fingerprint("a", "b")).isNotEqualTo(KeyPairs.fingerprint("b", "a"));
    // Fixed, not seeded per run: the index's layout, and so a run's timings, repeat.
    assertThat(KeyPairs.fingerprint("crmId", "c-17")).isEqualTo(-442727684);
  }
}
