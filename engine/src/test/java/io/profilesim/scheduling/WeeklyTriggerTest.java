package io.profilesim.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WeeklyTriggerTest {
  /** A Wednesday, noon UTC. */
  private static final Instant WEDNESDAY_NOON = Instant.parse("2026-01-07T12:00:00Z");

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "SUNDAY, 0:00, 2026-01-11T00:00:00Z",
      "SUNDAY, 09:05, 2026-01-11T09:05:00Z",
      "SUNDAY, 9:05, 2026-01-11T09:05:00Z",
      "SUNDAY, 23:59, 2026-01-11T23:59:00Z",
      "MONDAY, 0:00, 2026-01-12T00:00:00Z",
      "MONDAY, 09:05, 2026-01-12T09:05:00Z",
      "MONDAY, 9:05, 2026-01-12T09:05:00Z",
      "MONDAY, 23:59, 2026-01-12T23:59:00Z",
      "TUESDAY, 0:00, 2026-01-13T00:00:00Z",
      "TUESDAY, 09:05, 2026-01-13T09:05:00Z",
      "TUESDAY, 9:05, 2026-01-13T09:05:00Z",
      "TUESDAY, 23:59, 2026-01-13T23:59:00Z",
      "WEDNESDAY, 0:00, 2026-01-14T00:00:00Z",
      "WEDNESDAY, 09:05, 2026-01-14T09:05:00Z",
      "WEDNESDAY, 9:05, 2026-01-14T09:05:00Z",
      "WEDNESDAY, 12:00, 2026-01-14T12:00:00Z",
      "WEDNESDAY, 12:01, 2026-01-07T12:01:00Z",
      "WEDNESDAY, 23:59, 2026-01-07T23:59:00Z",
      "THURSDAY, 0:00, 2026-01-08T00:00:00Z",
      "THURSDAY, 09:05, 2026-01-08T09:05:00Z",
      "THURSDAY, 9:05, 2026-01-08T09:05:00Z",
      "THURSDAY, 23:59, 2026-01-08T23:59:00Z",
      "FRIDAY, 0:00, 2026-01-09T00:00:00Z",
      "FRIDAY, 09:05, 2026-01-09T09:05:00Z",
      "FRIDAY, 9:05, 2026-01-09T09:05:00Z",
      "FRIDAY, 23:59, 2026-01-09T23:59:00Z",
      "SATURDAY, 0:00, 2026-01-10T00:00:00Z",
      "SATURDAY, 09:05, 2026-01-10T09:05:00Z",
      "SATURDAY, 9:05, 2026-01-10T09:05:00Z",
      "SATURDAY, 23:59, 2026-01-10T23:59:00Z",
  })
  void nextFireTime_isTheNextWeeklyInstantInUtc(JobScheduleDayOfTheWeek day, String time, Instant expected) {
    var trigger = WeeklyTrigger.of("retail", new JobSchedule(day, time), WEDNESDAY_NOON);

    assertThat(WeeklyTrigger.fireTimeAfter(trigger, WEDNESDAY_NOON)).isEqualTo(expected);
  }

  @Test
  void noSchedule_meansSaturdayMidnightUtc() {
    var trigger = WeeklyTrigger.of("retail", null, WEDNESDAY_NOON);

    assertThat(WeeklyTrigger.fireTimeAfter(trigger, WEDNESDAY_NOON)).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
  }

  @Test
  void fireTimes_areExactlyOneWeekApart_acrossDaylightSavingDates() {
    var trigger = WeeklyTrigger.of("retail", new JobSchedule(JobScheduleDayOfTheWeek.SUNDAY, "1:30"), WEDNESDAY_NOON);
    Instant t = WEDNESDAY_NOON;
    Instant previous = null;
    for (int i = 0; i < 60; i++) {
      t = WeeklyTrigger.fireTimeAfter(trigger, t);
      if (previous != null) {
        assertThat(java.time.Duration.between(previous, t)).isEqualTo(java.time.Duration.ofDays(7));
      }
      previous = t;
    }
  }
}
