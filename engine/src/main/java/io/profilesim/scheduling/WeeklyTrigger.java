package io.profilesim.scheduling;

import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The Quartz trigger of a domain's weekly Identity Resolution Job: a cron trigger on the
 * {@code JobSchedule}'s day and time in UTC, Saturday 00:00 when none is given. Both the live and the
 * simulated scheduler fire at the instants this trigger computes.
 */
public final class WeeklyTrigger {
  /** The service's default: "every Saturday at 12AM UTC". */
  public static final JobSchedule DEFAULT_SCHEDULE =
      new JobSchedule(JobScheduleDayOfTheWeek.SATURDAY, "0:00");

  static final String GROUP = "identity-resolution";
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private WeeklyTrigger() {}

  /**
   * Returns the trigger of a domain's schedule, firing at or after {@code startAt}. A missed fire
   * (the scheduler was not running) fires once as soon as it can, then the schedule proceeds
   * (Quartz's {@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}).
   *
   * @param schedule the domain's schedule, or {@code null} for the default
   */
  public static CronTrigger of(String domainName, JobSchedule schedule, Instant startAt) {
    JobSchedule s = schedule == null ? DEFAULT_SCHEDULE : schedule;
    int colon = s.time().indexOf(':');
    int hour = Integer.parseInt(s.time().substring(0, colon));
    int minute = Integer.parseInt(s.time().substring(colon + 1));
    return TriggerBuilder.newTrigger()
        .withIdentity(domainName, GROUP)
        .forJob(jobKey(domainName))
        .withSchedule(CronScheduleBuilder
            .weeklyOnDayAndHourAndMinute(quartzDay(s.dayOfTheWeek()), hour, minute)
            .inTimeZone(UTC)
            .withMisfireHandlingInstructionFireAndProceed())
        .startAt(Date.from(startAt))
        .build();
  }

  /** Returns the first instant strictly after {@code after} at which the trigger fires. */
  public static Instant fireTimeAfter(Trigger trigger, Instant after) {
    Date next = trigger.getFireTimeAfter(Date.from(after));
    if (next == null) {
      throw new IllegalStateException("weekly trigger " + trigger.getKey() + " has no fire time after " + after);
    }
    return next.toInstant();
  }

  static JobKey jobKey(String domainName) {
    return JobKey.jobKey(domainName, GROUP);
  }

  /** Quartz numbers the days of the week from Sunday = 1, as the model orders them. */
  private static int quartzDay(JobScheduleDayOfTheWeek day) {
    return day.ordinal() + 1;
  }
}
