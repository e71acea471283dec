package io.profilesim.matching;

import static io.profilesim.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.MoreExecutors;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ProfileTableTest {
  private static final List<Profile> PROFILES = List.of(
      person("p1", "Zoe", "Adams", null, null, "555-010-0002", null, "Springfield", null),
      person("p2", "Anna", "Young", null, null, null, null, "Shelbyville", null),
      person("p3", "anna", "ADAMS", null, null, null, null, "Springfield", null),
      person("p4", null, null, null, null, "555-010-0001", null, "Ogdenville", null),
      person("p5", "Zoe", "Adams", null, null, "555-010-0001", null, "Shelbyville", null),
      person("p6", null, null, null, null, "555-010-0002", null, "Ogdenville", null));

  private static ProfileTable forMatching(List<Profile> profiles) {
    return ProfileTable.forMatching(profiles, MatchingSettings.defaults(),
        MoreExecutors.newDirectExecutorService());
  }

  private static List<String> values(ProfileTable t, String attribute) {
    Column c = t.column(attribute);
    return IntStream.range(0, t.size)
        .mapToObj(i -> c.code(i) == Column.MISSING ? null : c.values[c.code(i)]).toList();
  }

  @Test
  void forMatching_ordersRowsByLastNameThenFirstNameThenPhoneThenId_namelessLast() {
    ProfileTable t = forMatching(PROFILES);
    // Among equal names, equal phones sit together, ordered by their text's hash.
    boolean lowFirst = Integer.compareUnsigned(
        "15550100001".hashCode(), "15550100002".hashCode()) < 0;
    assertThat(t.ids).containsExactly("p3", lowFirst ? "p5" : "p1", lowFirst ? "p1" : "p5", "p2",
        lowFirst ? "p4" : "p6", lowFirst ? "p6" : "p4");
    assertThat(values(t, "LastName"))
        .containsExactly("adams", "adams", "adams", "young", null, null);
    assertThat(values(t, "FirstName"))
        .containsExactly("anna", "zoe", "zoe", "anna", null, null);
    assertThat(values(t, "PhoneNumber").get(lowFirst ? 1 : 2)).isEqualTo("15550100001");
  }

  @Test
  void forMatching_codesValuesInFirstSeenOrderOverTheNewRows() {
    ProfileTable t = forMatching(PROFILES);
    Column city = t.column("Address.City");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      String v = city.values[city.code(i)];
      if (!expected.contains(v)) {
        expected.add(v);
      }
      assertThat(city.code(i)).isEqualTo(expected.indexOf(v));
    }
    assertThat(city.values).containsExactlyElementsOf(expected);
    assertThat(city.counts).containsExactly(2, 2, 2);
  }

  @Test
  void forMatching_isTheSameForAnyInputOrder() {
    List<Profile> shuffled = new ArrayList<>(PROFILES);
    Collections.shuffle(shuffled, new java.util.Random(3));
    ProfileTable a = forMatching(PROFILES);
    ProfileTable b = forMatching(shuffled);
    assertThat(b.ids).containsExactly(a.ids);
    for (String attribute : a.columns.keySet()) {
      assertThat(b.column(attribute).codes).as(attribute)
          .containsExactly(a.column(attribute).codes);
      assertThat(b.column(attribute).values).as(attribute)
          .containsExactly(a.column(attribute).values);
    }
  }

  @Test
  void forMatching_readsEachProfileOnce_acrossWindows() {
    int n = 2 * ProfileTable.WINDOW + 4; // three windows, the last of four rows; a multiple of 6
    int[] reads = new int[n];
    List<Profile> counted = new java.util.AbstractList<>() {
      @Override
      public Profile get(int i) {
        reads[i]++;
        return PROFILES.get(i % PROFILES.size()).toBuilder().profileId("id" + i).build();
      }

      @Override
      public int size() {
        return n;
      }
    };
    ProfileTable t = forMatching(counted);
    assertThat(reads).containsOnly(1);
    assertThat(t.column("LastName").counts).containsExactly(n / 2, n / 6);
    assertThat(t.issues).isEmpty();
  }

  @Test
  void of_keepsRowsInIdOrder() {
    assertThat(Arrays.asList(ProfileTable.of(PROFILES, MatchingSettings.defaults(),
        MoreExecutors.newDirectExecutorService()).ids))
        .containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
  }
}
