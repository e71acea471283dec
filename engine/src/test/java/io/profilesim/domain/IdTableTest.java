package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class IdTableTest {
  private static ProfileObject object(String name) {
    return new ProfileObject(
        IdGenerator.of(0, "test", name), "Crm", "{}", 0, Long.MAX_VALUE, new String[0]);
  }

  @Test
  void behavesLikeALinkedHashMapByUniqueKey_underRandomPutsAndRemoves() {
    // Few distinct keys, so puts replace, removes hit, and holes are made and compacted often.
    SplittableRandom random = new SplittableRandom(11);
    IdTable<ProfileObject> table = IdTable.ofObjects();
    Map<String, ProfileObject> model = new LinkedHashMap<>();
    for (int step = 0; step < 100_000; step++) {
      ProfileObject o = object("k" + random.nextInt(step < 50_000 ? 3_000 : 300));
      String key = o.uniqueKey();
      int op = random.nextInt(10);
      if (op < 5) {
        assertThat(table.put(o)).isSameAs(model.put(key, o));
      } else if (op < 8) {
        assertThat(table.remove(o)).isSameAs(model.remove(key));
      } else {
        assertThat(table.get(key)).isSameAs(model.get(key));
        assertThat(table.holds(o)).isFalse(); // a new instance, even where its key is stored
      }
      assertThat(table.size()).isEqualTo(model.size());
      if (step % 10_000 == 0) {
        assertThat(table.values()).containsExactlyElementsOf(model.values());
      }
    }
    assertThat(table.values()).containsExactlyElementsOf(model.values());
  }

  @Test
  void holds_isTrueOnlyForTheStoredInstance() {
    IdTable<ProfileObject> table = IdTable.ofObjects();
    ProfileObject first = object("a");
    ProfileObject second = object("a");
    table.put(first);

    assertThat(table.holds(first)).isTrue();
    assertThat(table.put(second)).isSameAs(first);
    assertThat(table.holds(first)).isFalse();
    assertThat(table.holds(second)).isTrue();
    assertThat(table.get(first.uniqueKey())).isSameAs(second);
  }

  @Test
  void withIdOf_findsTheStoredVersion_ofAnotherInstanceWithTheSameKey() {
    IdTable<ProfileObject> table = IdTable.ofObjects();
    ProfileObject stored = object("a");
    table.put(stored);

    assertThat(table.withIdOf(object("a"))).isSameAs(stored);
    assertThat(table.withIdOf(object("b"))).isNull();
  }

  @Test
  void get_findsNothingForAKeyThatIsNotAnId() {
    IdTable<ProfileObject> table = IdTable.ofObjects();
    ProfileObject o = object("a");
    table.put(o);

    assertThat(table.get(o.uniqueKey().toUpperCase())).isNull();
    assertThat(table.get(o.uniqueKey().substring(1))).isNull();
    assertThat(table.get("k1")).isNull();
    assertThat(table.get("")).isNull();
  }

  @Test
  void keepsEveryObjectThroughGrowthAndCompaction_inOrder() {
    IdTable<ProfileObject> table = IdTable.ofObjects();
    ProfileObject[] all = new ProfileObject[60_000];
    for (int i = 0; i < all.length; i++) {
      all[i] = object("id" + i);
    }
    for (int i = 0; i < 30_000; i++) {
      table.put(all[i]);
    }
    for (int i = 0; i < 30_000; i += 3) {
      table.remove(all[i]);
    }
    for (int i = 30_000; i < 60_000; i++) {
      table.put(all[i]);
    }

    assertThat(table.size()).isEqualTo(60_000 - 10_000);
    assertThat(table.get(all[0].uniqueKey())).isNull();
    assertThat(table.get(all[1].uniqueKey())).isSameAs(all[1]);
    assertThat(table.get(all[59_999].uniqueKey())).isSameAs(all[59_999]);
    int expected = 0;
    for (ProfileObject o : table.values()) {
      while (expected < 30_000 && expected % 3 == 0) {
        expected++;
      }
      assertThat(o).isSameAs(all[expected++]);
    }
    assertThat(expected).isEqualTo(60_000);
  }

  @Test
  void failsFastWhenChangedWhileIterated() {
    IdTable<ProfileObject> table = IdTable.ofObjects();
    ProfileObject a = object("a");
    table.put(a);
    table.put(object("b"));

    assertThatThrownBy(
            () -> {
              for (ProfileObject o : table.values()) {
                table.remove(a);
              }
            })
        .isInstanceOf(ConcurrentModificationException.class);
  }

  @Test
  void profilesTable_findsAProfileByItsIdDigits_andPutIfAbsentKeepsTheFirst() {
    IdTable<ProfileEntry> table = IdTable.ofProfiles();
    IdGenerator ids = new IdGenerator(7, "profile/test");
    ProfileEntry first = new ProfileEntry(ids.bitsAt(0), null, FieldStamps.EMPTY);
    ProfileEntry sameId = new ProfileEntry(ids.bitsAt(0), null, FieldStamps.EMPTY);
    ProfileEntry second = new ProfileEntry(ids.bitsAt(1), null, FieldStamps.EMPTY);

    assertThat(table.putIfAbsent(first)).isNull();
    assertThat(table.putIfAbsent(second)).isNull();
    assertThat(table.putIfAbsent(sameId)).isSameAs(first);

    assertThat(first.id()).isEqualTo(ids.at(0));
    assertThat(table.get(ids.at(0))).isSameAs(first);
    assertThat(table.get(ids.at(1))).isSameAs(second);
    assertThat(table.get(ids.at(2))).isNull();
    assertThat(table.values()).containsExactly(first, second);
    assertThat(table.remove(sameId)).isSameAs(first);
    assertThat(table.values()).containsExactly(second);
  }
}
