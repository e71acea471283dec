package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class VocabularyTest {
  private final Vocabulary words = Vocabulary.standard();

  @Test
  void lists_haveAFewHundredNames_withoutRepeats() {
    for (String list : List.of("first-names-female.txt", "first-names-male.txt",
        "last-names.txt", "streets.txt")) {
      List<String[]> rows = Vocabulary.rows(list);
      Set<String> distinct = new HashSet<>();
      rows.forEach(r -> assertThat(distinct.add(r[0])).as(list + ": " + r[0]).isTrue());
    }
    assertThat(words.femaleNames.size()).isBetween(200, 400);
    assertThat(words.maleNames.size()).isBetween(200, 400);
    assertThat(words.lastNames.size()).isBetween(300, 800);
  }

  @Test
  void commonNames_collide_rareOnesStillAppear() {
    assertThat(words.lastNames.share(0)).isBetween(0.01, 0.04);
    assertThat(words.lastNames.share(words.lastNames.size() - 1)).isLessThan(0.001).isPositive();
  }

  @Test
  void pick_followsTheWeights() {
    SplittableRandom random = new SplittableRandom(4);
    int smith = 0;
    int draws = 100_000;
    for (int i = 0; i < draws; i++) {
      if (words.lastNames.pick(random).equals("Smith")) {
        smith++;
      }
    }
    assertThat(smith / (double) draws).isCloseTo(words.lastNames.share(0),
        offset(0.002));
  }

  @Test
  void nicknames_belongToListedGivenNames() {
    Set<String> given = new HashSet<>();
    Vocabulary.rows("first-names-female.txt").forEach(r -> given.add(r[0]));
    Vocabulary.rows("first-names-male.txt").forEach(r -> given.add(r[0]));

    assertThat(words.nicknames.keySet()).allSatisfy(name -> assertThat(given).contains(name));
    assertThat(words.nicknames.get("Robert")).containsExactly("Bob", "Rob", "Bobby", "Robbie");
  }

  @Test
  void cities_includeNamesSharedByStates() {
    long springfields = Vocabulary.rows("cities.tsv").stream()
        .filter(r -> r[0].equals("Springfield")).count();
    assertThat(springfields).isEqualTo(3);
  }
}
