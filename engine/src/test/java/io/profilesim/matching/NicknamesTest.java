package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class NicknamesTest {
  private final Nicknames nicknames = Nicknames.standard();

  private boolean equivalent(String a, String b) {
    return Nicknames.shareGroup(nicknames.groups(a), nicknames.groups(b));
  }

  @Test
  void namesOfOneGroupAreEquivalent() {
    assertThat(equivalent("bob", "robert")).isTrue();
    assertThat(equivalent("bill", "william")).isTrue();
    assertThat(equivalent("peggy", "margaret")).isTrue();
  }

  @Test
  void aNameInTwoGroupsMeetsBoth() {
    assertThat(equivalent("chris", "christopher")).isTrue();
    assertThat(equivalent("chris", "christina")).isTrue();
    assertThat(equivalent("christopher", "christina")).isFalse();
  }

  @Test
  void unknownOrUnrelatedNamesAreNotEquivalent() {
    assertThat(equivalent("bob", "william")).isFalse();
    assertThat(nicknames.groups("zebediah")).isEmpty();
    assertThat(nicknames.groups(null)).isEmpty();
  }
}
