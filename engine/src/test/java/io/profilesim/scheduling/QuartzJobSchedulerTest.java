package io.profilesim.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live scheduler, driving a real Quartz scheduler (in memory). */
final class QuartzJobSchedulerTest {
  private final BlockingQueue<String> fired = new LinkedBlockingQueue<>();
  private final QuartzJobScheduler scheduler =
      new QuartzJobScheduler((domain, at) -> fired.add(domain + "@" + at), new Properties());

  @AfterEach
  void shutDown() {
    scheduler.close();
  }

  @Test
  void scheduling_setsTheNextFireToTheTriggersNextWeeklyInstant() {
    Instant now = Instant.now();
    scheduler.schedule("retail", new JobSchedule(JobScheduleDayOfTheWeek.TUESDAY, "7:15"), now);

    Instant next = scheduler.nextFireTime("retail").orElseThrow();

    assertThat(next).isEqualTo(WeeklyTrigger.fireTimeAfter(
        WeeklyTrigger.of("retail", new JobSchedule(JobScheduleDayOfTheWeek.TUESDAY, "7:15"), now), now));
  }

  @Test
  void aWeeklyInstantMissedWhileNotRunning_firesOnceAtStart_thenTheScheduleProceeds() throws Exception {
    // The trigger's first instant passed three weeks ago, as after a stop of the process: Quartz
    // treats it as a misfire and, by the trigger's instruction, fires once now.
    Instant threeWeeksAgo = Instant.now().minus(Duration.ofDays(21)).truncatedTo(ChronoUnit.SECONDS);

    scheduler.schedule("retail", null, threeWeeksAgo);

    String firing = fired.poll(30, TimeUnit.SECONDS);
    assertThat(firing).startsWith("retail@");
    assertThat(fired.poll(2, TimeUnit.SECONDS)).as("only one catch-up run").isNull();
    Instant next = scheduler.nextFireTime("retail").orElseThrow();
    assertThat(next).isAfter(Instant.now());
    assertThat(next.atZone(java.time.ZoneOffset.UTC).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
  }

  @Test
  void unscheduling_removesTheJob() {
    scheduler.schedule("retail", null, Instant.now());

    scheduler.unschedule("retail");

    assertThat(scheduler.nextFireTime("retail")).isEmpty();
  }
}
