package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class ExpiryQueueTest {
  private long sequence;

  @Test
  void pollsInTheOrderOfAHeap_whenObjectsArriveMostlyInOrderAndSometimesNot() {
    SplittableRandom random = new SplittableRandom(5);
    ExpiryQueue queue = new ExpiryQueue();
    PriorityQueue<ProfileObject> model = new PriorityQueue<>(ExpiryQueue.ORDER);
    long clock = 1_000;
    for (int step = 0; step < 50_000; step++) {
      int op = random.nextInt(10);
      if (op < 6) {
        clock += random.nextInt(3);
        // Mostly one period; now and then a shorter one, or the same time as the last.
        long days = random.nextInt(8) == 0 ? random.nextInt(5) : 10;
        ProfileObject o = object(clock + days * 100);
        queue.add(o);
        model.add(o);
      } else if (op < 9) {
        assertThat(queue.poll()).isSameAs(model.poll());
      } else {
        assertThat(queue.peek()).isSameAs(model.peek());
      }
      assertThat(queue.size()).isEqualTo(model.size());
      assertThat(queue.isEmpty()).isEqualTo(model.isEmpty());
    }
    List<ProfileObject> rest = new ArrayList<>();
    while (!queue.isEmpty()) {
      rest.add(queue.poll());
    }
    List<ProfileObject> expected = new ArrayList<>();
    while (!model.isEmpty()) {
      expected.add(model.poll());
    }
    assertThat(rest).containsExactlyElementsOf(expected);
  }

  @Test
  void ordersObjectsThatExpireTogether_byTheirSequence() {
    ExpiryQueue queue = new ExpiryQueue();
    ProfileObject later = object(500);
    ProfileObject first = object(200);
    ProfileObject second = object(200);
    queue.add(later);
    queue.add(first);
    queue.add(second);

    assertThat(queue.poll()).isSameAs(first);
    assertThat(queue.poll()).isSameAs(second);
    assertThat(queue.poll()).isSameAs(later);
    assertThat(queue.poll()).isNull();
    assertThat(queue.peek()).isNull();
  }

  private ProfileObject object(long expiresAtMillis) {
    ProfileObject o =
        new ProfileObject(IdGenerator.of(0, "test", "k" + sequence), "Crm", "{}", 0, expiresAtMillis, new String[0]);
    o.sequence(sequence++);
    return o;
  }
}
