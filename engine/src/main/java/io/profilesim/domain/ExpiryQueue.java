package io.profilesim.domain;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The store's objects in the order they expire: by expiry time, then by storage sequence.
 *
 * <p>Objects nearly always arrive in that order already, because the clock moves forward and a
 * domain's objects mostly share one expiration period. Those go to the end of a queue, which costs
 * nothing but an append; a heap would compare each new object with ancestors stored long before,
 * each a cache miss in a store of a million objects. An object that expires before the last one
 * queued (a type with a shorter ExpirationDays, a clock set back) goes to a heap instead, and the
 * two are merged as they are read.
 */
final class ExpiryQueue {
  static final Comparator<ProfileObject> ORDER =
      Comparator.comparingLong(ProfileObject::expiresAtMillis)
          .thenComparingLong(ProfileObject::sequence);

  private final ArrayDeque<ProfileObject> inOrder = new ArrayDeque<>();
  private final PriorityQueue<ProfileObject> outOfOrder = new PriorityQueue<>(ORDER);

  void add(ProfileObject o) {
    ProfileObject last = inOrder.peekLast();
    if (last == null || ORDER.compare(last, o) <= 0) {
      inOrder.addLast(o);
    } else {
      outOfOrder.add(o);
    }
  }

  /** Returns the object that expires first, or {@code null} when the queue is empty. */
  ProfileObject peek() {
    ProfileObject a = inOrder.peekFirst();
    ProfileObject b = outOfOrder.peek();
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return ORDER.compare(a, b) <= 0 ? a : b;
  }

  /** Removes and returns the object that expires first, or {@code null} when it is empty. */
  ProfileObject poll() {
    ProfileObject first = peek();
    if (first != null) {
      if (first == inOrder.peekFirst()) {
        inOrder.pollFirst();
      } else {
        outOfOrder.poll();
      }
    }
    return first;
  }

  int size() {
    return inOrder.size() + outOfOrder.size();
  }

  boolean isEmpty() {
    return inOrder.isEmpty() && outOfOrder.isEmpty();
  }

  void clear() {
    inOrder.clear();
    outOfOrder.clear();
  }
}
