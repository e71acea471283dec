package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SimilarityTest {
  @ParameterizedTest
  @CsvSource({
      "19710624, 19710624, true",
      "19710624, 19710625, true",
      "19710624, 19716024, true",
      "1971062, 19710624, true",
      "19710624, 1971624, true",
      "19710624, 19720625, false",
      "12, 21, true",
      "abc, cab, false",
      "a, '', true"})
  void withinOneEdit_acceptsOneSubstitutionInsertionDeletionOrAdjacentSwap(String a, String b,
      boolean expected) {
    assertThat(Similarity.withinOneEdit(a, b)).isEqualTo(expected);
    assertThat(Similarity.withinOneEdit(b, a)).isEqualTo(expected);
  }

  @Property(tries = 5000)
  void withinOneEdit_onPackedDigitsAgreesWithStrings(
      @ForAll @StringLength(min = 1, max = 15) @net.jqwik.api.constraints.CharRange(from = '0',
          to = '2') String a,
      @ForAll @StringLength(min = 1, max = 15) @net.jqwik.api.constraints.CharRange(from = '0',
          to = '2') String b) {
    assertThat(Similarity.withinOneEdit(Similarity.packDigits(a), Similarity.packDigits(b)))
        .as("%s vs %s", a, b).isEqualTo(Similarity.withinOneEdit(a, b));
  }

  @ParameterizedTest
  @CsvSource({"15550100000, 15550100001, true", "15550100000, 15550010000, true",
      "0123, 123, true", "0123, 1230, false", "12, 21, true", "007, 07, true", "007, 70, false",
      "999999999999999, 99999999999999, true", "999999999999999, 999999999999998, true",
      "0, 00, true", "0, 000, false", "1, 2, true", "12, 345, false", "123456, 125436, false"})
  void withinOneEdit_onPackedDigitsKeepsLeadingZeros(String a, String b, boolean expected) {
    assertThat(Similarity.withinOneEdit(Similarity.packDigits(a), Similarity.packDigits(b)))
        .isEqualTo(expected).isEqualTo(Similarity.withinOneEdit(a, b));
  }

  @ParameterizedTest
  @CsvSource({"'', -1", "1234567890123456, -1", "12a4, -1", "' 123', -1",
      "0, 1152921504606846976", "999999999999999, -461168601842738791"})
  void packDigits_holdsOneToFifteenDigitsAndNothingElse(String s, long packed) {
    assertThat(Similarity.packDigits(s)).isEqualTo(packed);
  }

  @Property(tries = 2000)
  void jaroWinkler_equalsCommonsText(
      @ForAll @StringLength(min = 0, max = 70) @net.jqwik.api.constraints.CharRange(from = 'a',
          to = 'f') String a,
      @ForAll @StringLength(min = 0, max = 70) @net.jqwik.api.constraints.CharRange(from = 'a',
          to = 'f') String b) {
    assertThat(Similarity.jaroWinkler(a, b)).isEqualTo(Similarity.commonsJaroWinkler(a, b));
  }

  @ParameterizedTest
  @CsvSource({"martha, marhta", "dixon, dicksonx", "jones, johnson", "abc, xyz", "a, a",
      "robert, rob", "jac ob, jacob"})
  void jaroWinkler_equalsCommonsTextOnKnownPairs(String a, String b) {
    assertThat(Similarity.jaroWinkler(a, b)).isEqualTo(Similarity.commonsJaroWinkler(a, b));
  }

  @Property
  void jaroWinklerBound_neverUnderestimates(
      @ForAll @StringLength(min = 1, max = 30) @net.jqwik.api.constraints.CharRange(from = 'a',
          to = 'h') String a,
      @ForAll @StringLength(min = 1, max = 30) @net.jqwik.api.constraints.CharRange(from = 'a',
          to = 'h') String b) {
    assertThat(Similarity.jaroWinklerBound(Similarity.signature(a), 0, Similarity.signature(b), 0))
        .isGreaterThanOrEqualTo(Similarity.jaroWinkler(a, b) - 1e-12);
  }

  @Property
  void jaroWinklerBound_neverUnderestimatesMixedCharacters(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String a,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String b) {
    assertThat(Similarity.jaroWinklerBound(Similarity.signature(a), 0, Similarity.signature(b), 0))
        .isGreaterThanOrEqualTo(Similarity.jaroWinkler(a, b) - 1e-12);
  }

  @Test
  void jaroWinklerBound_takesTheCommonPrefixTheStringsReallyHave() {
    // "abc" and "bca" are both within "abcd", so the counts allow three matches either way:
    // jaro at most (3/3 + 3/4 + 1) / 3; only the common prefix (3, then 0) tells them apart.
    double jaro = (1 + 0.75 + 1) / 3;
    assertThat(Similarity.jaroWinklerBound(Similarity.signature("abc"), 0,
        Similarity.signature("abcd"), 0)).isEqualTo(jaro + 3 * 0.1 * (1 - jaro));
    assertThat(Similarity.jaroWinklerBound(Similarity.signature("bca"), 0,
        Similarity.signature("abcd"), 0)).isEqualTo(jaro);
  }

  @Property(tries = 3000)
  void mayBeWithinOneEdit_neverRejectsAPairWithinOneEdit(
      @ForAll @StringLength(min = 1, max = 12) @net.jqwik.api.constraints.CharRange(from = '0',
          to = '3') String a,
      @ForAll @StringLength(min = 1, max = 12) @net.jqwik.api.constraints.CharRange(from = '0',
          to = '3') String b) {
    if (Similarity.withinOneEdit(a, b)) {
      assertThat(Similarity.mayBeWithinOneEdit(Similarity.signature(a), 0,
          Similarity.signature(b), 0)).isTrue();
    }
  }

  @Property
  void floorMayReach_rejectsOnlyPairsBelowTheFloor_andKeepsThoseTheBoundKeeps(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b) {
    long[] sigA = Similarity.signature(a);
    long[] sigB = Similarity.signature(b);
    double bound = Similarity.jaroWinklerBound(sigA, 0, sigB, 0);
    for (double floor : new double[] {0.8, 0.9, 0.92}) {
      boolean mayReach = Similarity.Floor.of(floor).mayReach(sigA, 0, sigB, 0);
      if (!mayReach) {
        assertThat(Similarity.jaroWinkler(a, b)).isLessThan(floor);
      }
      if (bound >= floor) {
        assertThat(mayReach).isTrue();
      }
    }
  }

  @Property(tries = 3000)
  void sketchMayReach_neverRejectsAPairAtTheFloor_evenWithCountsBeyondItsCap(
      @ForAll @StringLength(min = 1, max = 40) @net.jqwik.api.constraints.CharRange(from = 'a',
          to = 'c') String a,
      @ForAll @StringLength(min = 1, max = 40) @net.jqwik.api.constraints.CharRange(from = 'a',
          to = 'c') String b) {
    assertSketchKeepsEveryPairAtTheFloor(a, b);
  }

  @Property(tries = 3000)
  void sketchMayReach_neverRejectsAPairAtTheFloor(
      @ForAll @AlphaChars @StringLength(min = 1, max = 30) String a,
      @ForAll @AlphaChars @StringLength(min = 1, max = 30) String b) {
    assertSketchKeepsEveryPairAtTheFloor(a, b);
    assertSketchKeepsEveryPairAtTheFloor(a, a.substring(0, a.length() / 2) + b);
  }

  private static void assertSketchKeepsEveryPairAtTheFloor(String a, String b) {
    int[] rows = sketches(a, b);
    for (double floor : new double[] {0.8, 0.9, 0.92}) {
      if (Similarity.jaroWinkler(a, b) >= floor) {
        assertThat(Similarity.Sketch.mayReach(Similarity.Floor.of(floor), rows, 0, 3))
            .as("%s vs %s at %s", a, b, floor).isTrue();
      }
    }
  }

  @Test
  void sketchMayReach_rejectsUnrelatedAddresses_andKeepsATypo() {
    Similarity.Floor close = Similarity.Floor.of(0.92);
    assertThat(Similarity.Sketch.mayReach(close,
        sketches("samantha.lewis@example.com", "john.brown@mail.org"), 0, 3)).isFalse();
    assertThat(Similarity.Sketch.mayReach(close,
        sketches("samantha.lewis@example.com", "samantha.lewsi@example.com"), 0, 3)).isTrue();
  }

  @Test
  void sketchMayReach_keepsEveryPairWithAStringTooLongToSummarize() {
    String longer = "x".repeat(65);
    assertThat(Similarity.Sketch.mayReach(Similarity.Floor.of(0.92), sketches(longer, "ab"), 0,
        3)).isTrue();
  }

  private static int[] sketches(String a, String b) {
    int[] rows = new int[2 * Similarity.Sketch.INTS];
    Similarity.Sketch.write(a, rows, 0);
    Similarity.Sketch.write(b, rows, Similarity.Sketch.INTS);
    return rows;
  }

  @Property
  void jaroWinklerOfTexts_isJaroWinklerOfTheirStrings(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b,
      @ForAll @AlphaChars @StringLength(min = 65, max = 70) String long1) {
    String[] values = {a, long1, b};
    Similarity.Texts texts = new Similarity.Texts(values);
    for (int x = 0; x < values.length; x++) {
      for (int y = 0; y < values.length; y++) {
        assertThat(Similarity.jaroWinkler(texts, x, texts, y))
            .isEqualTo(Similarity.jaroWinkler(values[x], values[y]));
      }
    }
  }
}
