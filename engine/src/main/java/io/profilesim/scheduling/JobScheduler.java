package io.profilesim.scheduling;

import io.profilesim.model.JobSchedule;
import java.time.Instant;
import java.util.Optional;

/**
 * Fires each scheduled domain's Identity Resolution Job at the instants of its {@link WeeklyTrigger}.
 * {@link QuartzJobScheduler} does it in wall-clock time with a real Quartz scheduler;
 * {@link SimulatedJobScheduler} does it as virtual time is advanced.
 */
public interface JobScheduler extends AutoCloseable {

  /** What a fired trigger calls: run the domain's job for the instant it was scheduled at. */
  @FunctionalInterface
  interface FireHandler {
    void fire(String domainName, Instant scheduledTime);
  }

  /** Schedules (or reschedules) a domain's weekly job, first firing strictly after {@code from}. */
  void schedule(String domainName, JobSchedule schedule, Instant from);

  /** Removes a domain's weekly job; nothing happens if it had none. */
  void unschedule(String domainName);

  /** Returns when the domain's job fires next, if it is scheduled. */
  Optional<Instant> nextFireTime(String domainName);

  /** Stops firing; jobs already running finish. */
  @Override
  void close();
}
