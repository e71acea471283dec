package io.profilesim.samples.generate;

import java.util.SplittableRandom;

/**
 * A fixed number of held-back items, released in random order: the output stays a stream (memory
 * is bounded by the capacity) while items that arrived together leave far apart.
 */
final class ShuffleWindow<T> {
  private final Object[] slots;
  private final SplittableRandom random;
  private int size;

  ShuffleWindow(int capacity, SplittableRandom random) {
    this.slots = new Object[capacity];
    this.random = random;
  }

  /** Holds {@code item}; when the window is full, first releases a random held item. */
  @SuppressWarnings("unchecked")
  T offer(T item) {
    if (size < slots.length) {
      slots[size++] = item;
      return null;
    }
    int i = random.nextInt(slots.length);
    T released = (T) slots[i];
    slots[i] = item;
    return released;
  }

  /** Releases a random held item, or returns {@code null} when the window is empty. */
  @SuppressWarnings("unchecked")
  T drain() {
    if (size == 0) {
      return null;
    }
    int i = random.nextInt(size);
    T released = (T) slots[i];
    slots[i] = slots[--size];
    slots[size] = null;
    return released;
  }
}
