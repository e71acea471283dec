package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

final class NoiseTest {
  @Property
  void typo_changesTheStringByOneEdit(@ForAll @AlphaChars @StringLength(min = 2, max = 20)
      String name, @ForAll long seed) {
    String typo = Noise.typo(name, new SplittableRandom(seed));

    assertThat(typo).isNotEqualTo(name);
    // A transposition counts as two edits for Levenshtein; every other typo as one.
    assertThat(LevenshteinDistance.getDefaultInstance().apply(name, typo)).isBetween(1, 2);
    assertThat(Math.abs(typo.length() - name.length())).isLessThanOrEqualTo(1);
  }

  @Test
  void typo_leavesOneLetterAlone() {
    assertThat(Noise.typo("J", new SplittableRandom(1))).isEqualTo("J");
  }

  @Property
  void neighbour_isAnAdjacentKeyInTheSameCase(@ForAll @AlphaChars char c, @ForAll long seed) {
    char n = Noise.neighbour(c, new SplittableRandom(seed));

    assertThat(n).isNotEqualTo(c);
    assertThat(Character.isUpperCase(n)).isEqualTo(Character.isUpperCase(c));
  }

  @Test
  void neighbour_ofS_isOnTheKeyboardAroundIt() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 50; i++) {
      assertThat(Noise.neighbour('s', random)).isIn('a', 'd', 'w', 'x');
    }
  }

  @Test
  void phone_writesEveryStyle() {
    String digits = "5550100000";
    String[] expected = {"555-010-0000", "(555) 010-0000", "(555) 010 0000", "+1 555 010 0000",
        "+15550100000", "555.010.0000", "5550100000", "1-555-010-0000", "+1-555-010-0000"};

    assertThat(Noise.PHONE_STYLES).isEqualTo(expected.length);
    for (int style = 0; style < expected.length; style++) {
      assertThat(Noise.phone(digits, style)).isEqualTo(expected[style]);
    }
  }

  @Test
  void dropAccents_keepsTheLetters() {
    assertThat(Noise.dropAccents("José Muñoz-Côté Schäfer")).isEqualTo("Jose Munoz-Cote Schafer");
    assertThat(Noise.hasAccents("José")).isTrue();
    assertThat(Noise.hasAccents("O'Brien")).isFalse();
  }

  @Test
  void strayWhitespace_addsOneSpace() {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 20; i++) {
      String s = Noise.strayWhitespace("Van der Berg", random);
      assertThat(s.strip().replaceAll(" +", " ")).isEqualTo("Van der Berg");
      assertThat(s).hasSize("Van der Berg".length() + 1);
    }
  }
}
