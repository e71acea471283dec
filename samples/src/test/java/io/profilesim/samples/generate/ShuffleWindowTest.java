package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ShuffleWindowTest {
  @Test
  void offer_holdsUpToCapacity_thenReleasesOneForEachNewItem() {
    ShuffleWindow<Integer> window = new ShuffleWindow<>(4, new SplittableRandom(1));
    List<Integer> released = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      assertThat(window.offer(i)).isNull();
    }
    for (int i = 4; i < 10; i++) {
      released.add(window.offer(i));
    }

    assertThat(released).doesNotContainNull().hasSize(6);
  }

  @Test
  void drain_releasesEverythingOnce_inAnotherOrder() {
    ShuffleWindow<Integer> window = new ShuffleWindow<>(16, new SplittableRandom(2));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Integer released = window.offer(i);
      if (released != null) {
        out.add(released);
      }
    }
    for (Integer last = window.drain(); last != null; last = window.drain()) {
      out.add(last);
    }

    assertThat(out).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 100).boxed().toList());
    assertThat(out).isNotEqualTo(IntStream.range(0, 100).boxed().toList());
    assertThat(window.drain()).isNull();
  }
}
