package io.profilesim.ingest;

import io.profilesim.DeadLetterMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process dead-letter queues, one per {@code DeadLetterQueueUrl}. Queues are keyed by URL,
 * not by domain, as SQS queues are: domains that name the same URL share its queue, and a queue
 * outlives the deletion of its domain.
 */
public final class DeadLetterQueues {
  private final Map<String, List<DeadLetterMessage>> queues = new ConcurrentHashMap<>();

  /** Appends a message to the queue of {@code url}. */
  void send(String url, DeadLetterMessage message) {
    List<DeadLetterMessage> queue = queues.computeIfAbsent(url, u -> new ArrayList<>());
    synchronized (queue) {
      queue.add(message);
    }
  }

  /** Returns the messages of a queue in arrival order; empty for a URL that never received one. */
  public List<DeadLetterMessage> messages(String url) {
    List<DeadLetterMessage> queue = queues.get(url);
    if (queue == null) {
      return List.of();
    }
    synchronized (queue) {
      return List.copyOf(queue);
    }
  }
}
