package io.profilesim.model;

/**
 * The day and time when do you want to start the Identity Resolution Job every week.
 *
 * <p>Shape {@code JobSchedule}. Required: {@code DayOfTheWeek}, {@code Time}.
 *
 * @param dayOfTheWeek the day when the Identity Resolution Job should run every week.
 * @param time the time when the Identity Resolution Job should run every week.
 */
public record JobSchedule(
    JobScheduleDayOfTheWeek dayOfTheWeek,
    String time) {
}
