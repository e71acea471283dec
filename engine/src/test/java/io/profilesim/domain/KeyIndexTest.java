package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class KeyIndexTest {
  private final KeyIndex index = new KeyIndex();
  private final ProfileEntry a = entry("a");
  private final ProfileEntry b = entry("b");
  private final ProfileEntry c = entry("c");

  private static ProfileEntry entry(String name) {
    IdGenerator.Id id = new IdGenerator(0, "test").bitsOf(name);
    return new ProfileEntry(id, Profile.builder().build(), FieldStamps.EMPTY);
  }

  @Test
  void aFingerprintHoldsOneProfileItself_andSeveralInAnArray_inTheOrderTheyCame() {
    index.add(1, a);
    assertThat(index.get(1)).isSameAs(a);
    index.add(1, b);
    index.add(1, c);
    index.add(1, b);

    assertThat((ProfileEntry[]) index.get(1)).containsExactly(a, b, c);
    assertThat(index.get(2)).isNull();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void remove_takesOneProfileOut_andTheFingerprintWithTheLast() {
    index.add(5, a);
    index.add(5, b);
    index.add(5, c);

    index.remove(5, b);
    assertThat((ProfileEntry[]) index.get(5)).containsExactly(a, c);
    index.remove(5, a);
    assertThat(index.get(5)).isSameAs(c);
    index.remove(5, a);
    assertThat(index.get(5)).isSameAs(c);
    index.remove(5, c);

    assertThat(index.get(5)).isNull();
    assertThat(index.isEmpty()).isTrue();
  }

  @Test
  void manyFingerprints_surviveGrowthAndRemovals() {
    List<ProfileEntry> entries = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      entries.add(entry("p" + i));
      index.add(KeyPairs.fingerprint("crmId", "c" + i), entries.get(i));
    }
    for (int i = 0; i < 10_000; i += 2) {
      index.remove(KeyPairs.fingerprint("crmId", "c" + i), entries.get(i));
    }
    for (int i = 10_000; i < 15_000; i++) {
      entries.add(entry("p" + i));
      index.add(KeyPairs.fingerprint("crmId", "c" + i), entries.get(i));
    }

    for (int i = 0; i < 15_000; i++) {
      Object found = index.get(KeyPairs.fingerprint("crmId", "c" + i));
      if (i < 10_000 && i % 2 == 0) {
        assertThat(found).as("c" + i).isNull();
      } else {
        assertThat(found).as("c" + i).isSameAs(entries.get(i));
      }
    }
    assertThat(index.size()).isEqualTo(10_000);
  }

  @Test
  void aFoldingIndex_filesClashingPairsTogether() {
    KeyIndex folding = new KeyIndex(fingerprint -> fingerprint & 1);

    folding.add(2, a);
    folding.add(4, b);

    assertThat((ProfileEntry[]) folding.get(6)).containsExactly(a, b);
    assertThat(folding.get(1)).isNull();
  }
}
