package io.profilesim.matching;

import static io.profilesim.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.MoreExecutors;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BlockingTest {
  private static Blocking.Candidates block(List<Profile> profiles, int maxBlockSize) {
    MatchingSettings s = MatchingSettings.builder().maxBlockSize(maxBlockSize)
        .genericValueThreshold(1000).build();
    ProfileTable t = ProfileTable.of(profiles, s, MoreExecutors.newDirectExecutorService());
    return Blocking.candidates(t, BlockingKey.defaults(t), maxBlockSize,
        MoreExecutors.newDirectExecutorService());
  }

  @Test
  void aPairFoundByManyKeysIsComparedOnce() {
    List<Profile> profiles = List.of(
        person("a", "John", "Smith", "1980-01-02", "john@x.com", "5550100000", "1 Main St",
            "Springfield", "12345"),
        person("b", "John", "Smith", "1980-01-02", "john@x.com", "5550100000", "1 Main St",
            "Springfield", "12345"),
        person("c", "Mary", "Jones", "1970-05-06", "mary@y.com", "5550199999", "9 Oak Ave",
            "Shelbyville", "54321"));
    Blocking.Candidates c = block(profiles, 500);
    assertThat(c.pairs()).containsExactly(Blocking.pair(0, 1));
    assertThat(c.report().keys()).filteredOn(k -> k.pairs() > 0).hasSizeGreaterThan(5)
        .allSatisfy(k -> assertThat(k.pairs()).isEqualTo(1));
    assertThat(c.report().candidatePairs()).isEqualTo(1);
    assertThat(c.report().possiblePairs()).isEqualTo(3);
    assertThat(c.report().reductionRatio()).isEqualTo(1 - 1.0 / 3);
  }

  @Test
  void anOversizedBlockIsSkippedAndReportedWithItsValue() {
    List<Profile> profiles = new ArrayList<>();
    String[] first = {"Alice", "Bruno", "Cyril", "Dmitri", "Eve", "Farah"};
    String[] last = {"Ng", "Okafor", "Petrov", "Quinn", "Rossi", "Sato"};
    for (int i = 0; i < 6; i++) {
      // Six different people who all give the call centre's number.
      profiles.add(person("p" + i, first[i], last[i], "19" + (50 + i) + "-01-0" + (i + 1), null,
          "+1 800 555 0000", null, null, null));
    }
    Blocking.Candidates c = block(profiles, 5);
    assertThat(c.pairs()).isEmpty();
    assertThat(c.report().cappedBlocks())
        .containsExactly(new BlockingReport.CappedBlock("PhoneNumber", "18005550000", 6));
    assertThat(c.report().keys()).filteredOn(k -> k.key().equals("PhoneNumber"))
        .containsExactly(new BlockingReport.KeyReport("PhoneNumber", 1, 0, 1));
  }

  @Test
  void aBlockAtTheCapIsStillCompared() {
    List<Profile> profiles = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      profiles.add(person("p" + i, null, null, null, null, "+1 800 555 0000", null, null, null));
    }
    Blocking.Candidates c = block(profiles, 5);
    assertThat(c.pairs()).hasSize(10);
    assertThat(c.report().cappedBlocks()).isEmpty();
  }

  @Test
  void swappedNamesShareTheNameKey() {
    List<Profile> profiles = List.of(
        Fixtures.named("a", "Anthony", "Beazley", null),
        Fixtures.named("b", "Beazley", "Anthony", null));
    Blocking.Candidates c = block(profiles, 500);
    assertThat(c.pairs()).containsExactly(Blocking.pair(0, 1));
  }

  @Test
  void profilesSharingOnlyOneIdentifyingAttributeAreNotCompared() {
    List<Profile> profiles = List.of(
        Fixtures.named("a", "John", "Smith", "1980-01-02"),
        Fixtures.named("b", "John", "Brown", "1990-03-04"));
    assertThat(block(profiles, 500).pairs()).isEmpty();
  }

  @Test
  void aLargeBlockPairsEachProfileWithItsNeighboursInTheOrderOfTheOtherAttributes() {
    List<Profile> profiles = new ArrayList<>();
    int size = Blocking.NEIGHBOURHOOD_FROM * 3;
    for (int i = 0; i < size; i++) {
      // One first name in one city, each with another family name, postcode and street: the
      // FirstName+City block is large, and only that key brings them together.
      profiles.add(person("p" + i, "John", "Family" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
          null, null, null, i + " Elm St", "Springfield", Integer.toString(10000 + i)));
    }

    Blocking.Candidates c = block(profiles, 500);

    long expected = windowPairs(size);
    assertThat(c.report().keys())
        .filteredOn(k -> k.key().equals("FirstName.phonetic+Address.City"))
        .singleElement().satisfies(k -> assertThat(k.pairs()).isEqualTo(expected));
    // Other keys add the few pairs whose family names share a phonetic code; all pairs would be
    // size * (size - 1) / 2.
    assertThat(c.report().candidatePairs()).isBetween(expected, expected * 11 / 10);
  }

  /** The pairs of a block of {@code size} in which each profile meets its next WINDOW ones. */
  private static long windowPairs(int size) {
    long pairs = 0;
    for (int a = 0; a < size; a++) {
      pairs += Math.min(Blocking.WINDOW, size - 1 - a);
    }
    return pairs;
  }

  @Test
  void sortForNeighbourhood_ordersByEachOtherAttributesFirstValue_missingFirst_thenByProfile() {
    MatchingSettings s = MatchingSettings.defaults();
    ProfileTable t = ProfileTable.of(SyntheticProfiles.generate(400, 9).profiles(), s,
        MoreExecutors.newDirectExecutorService());
    BlockingKey key = BlockingKey.defaults(t).stream()
        .filter(k -> k.name.equals("FirstName.phonetic+Address.City")).findFirst().orElseThrow();
    assertThat(key.others).hasSizeGreaterThan(1);
    int[] members = java.util.stream.IntStream.range(0, t.size).toArray();

    key.sortForNeighbourhood(members, members.length);

    java.util.Comparator<Integer> byOthers = (x, y) -> {
      for (Column c : key.others) {
        int cmp = Integer.compare(c.firstCode(x), c.firstCode(y));
        if (cmp != 0) {
          return cmp;
        }
      }
      return Integer.compare(x, y);
    };
    List<Integer> expected = new ArrayList<>(java.util.stream.IntStream.range(0, t.size).boxed()
        .sorted(byOthers).toList());
    assertThat(members).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }
}
