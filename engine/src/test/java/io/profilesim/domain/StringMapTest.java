package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class StringMapTest {
  @Test
  void behavesLikeALinkedHashMap_underRandomPutsAndRemoves() {
    // Few distinct keys, so puts replace, removes hit, and holes are made and compacted often.
    SplittableRandom random = new SplittableRandom(11);
    StringMap<Integer> map = new StringMap<>();
    Map<String, Integer> model = new LinkedHashMap<>();
    for (int step = 0; step < 200_000; step++) {
      String key = "k" + random.nextInt(step < 100_000 ? 3_000 : 300);
      int op = random.nextInt(10);
      if (op < 5) {
        assertThat(map.put(key, step)).isEqualTo(model.put(key, step));
      } else if (op < 7) {
        assertThat(map.putIfAbsent(key, step)).isEqualTo(model.putIfAbsent(key, step));
      } else if (op < 9) {
        assertThat(map.remove(key)).isEqualTo(model.remove(key));
      } else {
        assertThat(map.get(key)).isEqualTo(model.get(key));
        assertThat(map.containsKey(key)).isEqualTo(model.containsKey(key));
      }
      assertThat(map.size()).isEqualTo(model.size());
      if (step % 10_000 == 0) {
        assertThat(map.values()).containsExactlyElementsOf(model.values());
      }
    }
    assertThat(map.values()).containsExactlyElementsOf(model.values());
    assertThat(map.isEmpty()).isEqualTo(model.isEmpty());
  }

  @Test
  void keepsInsertionOrder_aKeyPutAgainAfterRemovalGoesLast() {
    StringMap<String> map = new StringMap<>();
    for (String k : List.of("c", "a", "b", "d")) {
      map.put(k, k.toUpperCase());
    }
    map.put("a", "A2");
    map.remove("c");
    map.put("c", "C2");

    assertThat(map.values()).containsExactly("A2", "B", "D", "C2");
  }

  @Test
  void keepsEveryEntryThroughGrowthAndCompaction_inOrder() {
    StringMap<Integer> map = new StringMap<>();
    for (int i = 0; i < 50_000; i++) {
      map.put("id" + i, i);
    }
    for (int i = 0; i < 50_000; i += 3) {
      map.remove("id" + i);
    }
    for (int i = 50_000; i < 120_000; i++) {
      map.put("id" + i, i);
    }

    assertThat(map.size()).isEqualTo(120_000 - 16_667);
    assertThat(map.get("id0")).isNull();
    assertThat(map.get("id1")).isEqualTo(1);
    assertThat(map.get("id119999")).isEqualTo(119_999);
    int previous = -1;
    for (int v : map.values()) {
      assertThat(v).isGreaterThan(previous);
      assertThat(v % 3 != 0 || v >= 50_000).isTrue();
      previous = v;
    }
  }

  @Test
  void tellsApartKeysWithTheSameHash_andFindsOnePastARemovedOne() {
    // "Aa" and "BB" share String.hashCode, so they share a probe run.
    StringMap<Integer> map = new StringMap<>();
    map.put("Aa", 1);
    map.put("BB", 2);
    map.remove("Aa");

    assertThat(map.get("BB")).isEqualTo(2);
    assertThat(map.get("Aa")).isNull();
    assertThat(map.putIfAbsent("Aa", 3)).isNull();
    assertThat(map.values()).containsExactly(2, 3);
  }

  @Test
  void refusesANullValue_namingTheKey() {
    StringMap<String> map = new StringMap<>();

    assertThatThrownBy(() -> map.put("p1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of p1");
    assertThat(map.size()).isZero();
  }

  @Test
  void failsFastWhenChangedWhileIterated() {
    StringMap<Integer> map = new StringMap<>();
    map.put("a", 1);
    map.put("b", 2);

    assertThatThrownBy(
            () -> {
              for (int v : map.values()) {
                map.remove("b");
              }
            })
        .isInstanceOf(ConcurrentModificationException.class);
  }
}
