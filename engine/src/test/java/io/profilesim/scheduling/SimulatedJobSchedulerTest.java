package io.profilesim.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SimulatedJobSchedulerTest {
  private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z"); // a Thursday

  private final SimulatedClock clock = new SimulatedClock(NEW_YEAR);
  private final List<String> fired = new ArrayList<>();
  private final SimulatedJobScheduler scheduler = new SimulatedJobScheduler(clock,
      (domain, at) -> {
        assertThat(clock.instant()).as("the clock reads the fire instant").isEqualTo(at);
        fired.add(domain + "@" + at);
      });

  @Test
  void aYearOfSaturdays_firesFiftyTwoTimesAtMidnightUtc() {
    scheduler.schedule("retail", null, NEW_YEAR);

    scheduler.advanceTo(Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(fired).hasSize(52);
    assertThat(fired.get(0)).isEqualTo("retail@2026-01-03T00:00:00Z");
    assertThat(fired.get(51)).isEqualTo("retail@2026-12-26T00:00:00Z");
    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void aYearOfThursdays_firesFiftyThreeTimes() {
    scheduler.schedule("retail", new JobSchedule(JobScheduleDayOfTheWeek.THURSDAY, "9:05"), NEW_YEAR);

    scheduler.advanceTo(Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(fired).hasSize(53);
    assertThat(fired.get(0)).isEqualTo("retail@2026-01-01T09:05:00Z");
    assertThat(fired.get(52)).isEqualTo("retail@2026-12-31T09:05:00Z");
  }

  @Test
  void domainsDueAtTheSameInstant_fireInNameOrder_andAllInTimeOrder() {
    scheduler.schedule("zeta", null, NEW_YEAR);
    scheduler.schedule("alpha", null, NEW_YEAR);
    scheduler.schedule("mid", new JobSchedule(JobScheduleDayOfTheWeek.FRIDAY, "23:59"), NEW_YEAR);

    scheduler.advanceTo(Instant.parse("2026-01-04T00:00:00Z"));

    assertThat(fired).containsExactly("mid@2026-01-02T23:59:00Z", "alpha@2026-01-03T00:00:00Z",
        "zeta@2026-01-03T00:00:00Z");
  }

  @Test
  void rescheduling_movesTheNextFire_andUnscheduling_stopsIt() {
    scheduler.schedule("retail", null, NEW_YEAR);
    scheduler.schedule("retail", new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, "6:00"), NEW_YEAR);
    assertThat(scheduler.nextFireTime("retail")).contains(Instant.parse("2026-01-05T06:00:00Z"));

    scheduler.advanceTo(Instant.parse("2026-01-06T00:00:00Z"));
    scheduler.unschedule("retail");
    scheduler.advanceTo(Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(fired).containsExactly("retail@2026-01-05T06:00:00Z");
    assertThat(scheduler.nextFireTime("retail")).isEmpty();
  }

  @Test
  void restartAfterDowntime_firesEachMissedScheduleOnceNow_thenProceeds() {
    scheduler.schedule("retail", null, NEW_YEAR);

    scheduler.restartAt(Instant.parse("2026-01-21T10:00:00Z")); // missed Jan 3, 10 and 17
    scheduler.advanceTo(Instant.parse("2026-01-25T00:00:00Z"));

    assertThat(fired).containsExactly("retail@2026-01-21T10:00:00Z", "retail@2026-01-24T00:00:00Z");
  }

  @Test
  void simulatedTime_neverGoesBack() {
    scheduler.advanceTo(Instant.parse("2026-02-01T00:00:00Z"));

    assertThatThrownBy(() -> scheduler.advanceTo(NEW_YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("simulated time cannot go back from 2026-02-01T00:00:00Z to 2026-01-01T00:00:00Z");
  }

  @Test
  void aJobMayRescheduleWhileItRuns() {
    List<Instant> runs = new ArrayList<>();
    SimulatedJobScheduler[] self = new SimulatedJobScheduler[1];
    self[0] = new SimulatedJobScheduler(clock, (domain, at) -> {
      runs.add(at);
      self[0].schedule(domain, new JobSchedule(JobScheduleDayOfTheWeek.SUNDAY, "0:00"), at);
    });
    self[0].schedule("retail", null, NEW_YEAR);

    self[0].advanceTo(NEW_YEAR.plus(Duration.ofDays(10)));

    assertThat(runs).containsExactly(Instant.parse("2026-01-03T00:00:00Z"), Instant.parse("2026-01-04T00:00:00Z"),
        Instant.parse("2026-01-11T00:00:00Z"));
  }
}
