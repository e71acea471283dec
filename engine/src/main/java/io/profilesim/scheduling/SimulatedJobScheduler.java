package io.profilesim.scheduling;

import io.profilesim.model.JobSchedule;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quartz.CronTrigger;

/**
 * Fires jobs in virtual time: {@link #advanceTo} moves the {@link SimulatedClock} from one fire
 * instant to the next and runs each due job synchronously at exactly the instant its Quartz trigger
 * computes, so a year of weekly jobs runs in seconds and every run is reproducible. Jobs due at the
 * same instant run in domain-name order.
 */
public final class SimulatedJobScheduler implements JobScheduler {
  private final SimulatedClock clock;
  private final FireHandler handler;
  private final Map<String, CronTrigger> triggers = new TreeMap<>();
  private final Map<String, Instant> nextFire = new HashMap<>();
  private boolean closed;

  public SimulatedJobScheduler(SimulatedClock clock, FireHandler handler) {
    this.clock = clock;
    this.handler = handler;
  }

  @Override
  public synchronized void schedule(String domainName, JobSchedule schedule, Instant from) {
    CronTrigger trigger = WeeklyTrigger.of(domainName, schedule, from);
    triggers.put(domainName, trigger);
    nextFire.put(domainName, WeeklyTrigger.fireTimeAfter(trigger, from));
  }

  @Override
  public synchronized void unschedule(String domainName) {
    triggers.remove(domainName);
    nextFire.remove(domainName);
  }

  @Override
  public synchronized Optional<Instant> nextFireTime(String domainName) {
    return Optional.ofNullable(nextFire.get(domainName));
  }

  /**
   * Moves virtual time to {@code target}, running every job that falls due on the way, in time
   * order. Jobs run on the calling thread, without this scheduler's lock, so a job may change
   * schedules (a domain updated by a job listener, say).
   */
  public void advanceTo(Instant target) {
    while (true) {
      Due due = nextDue(target);
      if (due == null) {
        break;
      }
      clock.set(due.at);
      handler.fire(due.domainName, due.at);
    }
    clock.set(target);
  }

  /**
   * Moves virtual time to {@code restartAt} as if the process had been stopped meanwhile: nothing
   * fires on the way. At restart every trigger that missed an instant fires once, now (Quartz's
   * {@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}), then its weekly schedule proceeds.
   */
  public void restartAt(Instant restartAt) {
    Map<String, Instant> missed = new TreeMap<>();
    synchronized (this) {
      clock.set(restartAt);
      for (Map.Entry<String, Instant> e : nextFire.entrySet()) {
        if (!e.getValue().isAfter(restartAt)) {
          missed.put(e.getKey(), e.getValue());
          nextFire.put(e.getKey(), WeeklyTrigger.fireTimeAfter(triggers.get(e.getKey()), restartAt));
        }
      }
    }
    missed.keySet().forEach(domain -> handler.fire(domain, restartAt));
  }

  private synchronized Due nextDue(Instant target) {
    if (closed) {
      return null;
    }
    String domain = null;
    Instant earliest = null;
    for (Map.Entry<String, Instant> e : new TreeMap<>(nextFire).entrySet()) {
      if (!e.getValue().isAfter(target) && (earliest == null || e.getValue().isBefore(earliest))) {
        domain = e.getKey();
        earliest = e.getValue();
      }
    }
    if (domain == null) {
      return null;
    }
    nextFire.put(domain, WeeklyTrigger.fireTimeAfter(triggers.get(domain), earliest));
    return new Due(domain, earliest);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private record Due(String domainName, Instant at) {}
}
