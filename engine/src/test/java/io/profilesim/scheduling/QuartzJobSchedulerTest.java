package io.profilesim.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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

  @Test
  void closing_whileAJobReadsItsNextFireTime_waitsForItWithoutDeadlock() {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch closing = new CountDownLatch(1);
    List<Optional<Instant>> seen = new CopyOnWriteArrayList<>();
    QuartzJobScheduler[] self = new QuartzJobScheduler[1];
    self[0] = new QuartzJobScheduler((domain, at) -> {
      started.countDown();
      awaitQuietly(closing);
      seen.add(self[0].nextFireTime(domain));
    }, new Properties());
    self[0].schedule("retail", null, Instant.now().minus(Duration.ofDays(21)));

    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      started.await();
      closing.countDown();
      self[0].close();
    });

    assertThat(seen).as("the running job finished before close returned").hasSize(1);
  }

  @Test
  void inWallClockTime_aScheduleFromThePastStartsNow_withoutACatchUpRun() throws Exception {
    QuartzJobScheduler live = QuartzJobScheduler.inWallClockTime(
        (domain, at) -> fired.add(domain + "@" + at), new Properties(), Clock.systemUTC());
    try {
      live.schedule("retail", null, Instant.parse("2026-01-03T00:00:00Z"));

      assertThat(live.nextFireTime("retail").orElseThrow()).isAfter(Instant.now());
      assertThat(fired.poll(2, TimeUnit.SECONDS)).isNull();
    } finally {
      live.close();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
