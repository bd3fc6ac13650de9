package com.execreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import com.execreports.model.Run;

import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.TriggerBuilder;

/**
 * Schedules across the 2026-11-01 (fall back) and 2027-03-14 (spring forward) changes in America/Los_Angeles: the next
 * fire times stay at 07:00 local and the periods are named right. Computed by Quartz (CronExpression, and the
 * CronTrigger camel-quartz builds with the zone), never waited for.
 */
class ScheduleDstTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final List<String> ALL = List.of("ceo", "cto", "cfo", "cmo", "accounting");
    private static final NamedSchedule WEEKLY = new NamedSchedule("weekly", "0 0 7 ? * MON", LA, ALL, Cadence.WEEK);
    private static final NamedSchedule DAILY_CEO = new NamedSchedule("daily-ceo", "0 0 7 ? * MON-FRI", LA, List.of("ceo"), Cadence.DAY);
    private static final NamedSchedule EVERY_DAY = new NamedSchedule("every-day", "0 0 7 * * ?", LA, List.of("ceo"), Cadence.DAY);
    private static final NamedSchedule MONTHLY = new NamedSchedule("monthly", "0 0 7 1 * ?", LA, List.of("cfo", "accounting"), Cadence.MONTH);

    @Test
    void should_fire_the_weekly_schedule_at_seven_local_on_both_sides_of_the_fall_back() {
        // Monday 2026-10-26 is still daylight time (UTC-7); Monday 2026-11-02 is standard time (UTC-8)
        assertThat(WEEKLY.nextRun(instant("2026-10-25T12:00:00-07:00"))).contains(zoned("2026-10-26T07:00:00-07:00"));
        ZonedDateTime afterChange = WEEKLY.nextRun(instant("2026-10-26T07:00:00-07:00")).orElseThrow();
        assertThat(afterChange).isEqualTo(zoned("2026-11-02T07:00:00-08:00"));
        assertThat(afterChange.toInstant()).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));

        Run run = Run.at(afterChange.toOffsetDateTime(), WEEKLY);
        assertThat(run.period()).isEqualTo("2026-W45");
        assertThat(run.previousPeriod()).isEqualTo("2026-W44");
        assertThat(run.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-02T07:00:00-08:00"));
    }

    @Test
    void should_fire_daily_schedules_at_seven_local_through_the_fall_back_day() {
        // every day: Saturday in daylight time, the changeover Sunday itself (01:00-02:00 happens twice; 07:00 once), Monday
        assertThat(fires(EVERY_DAY, "2026-10-31T00:00:00-07:00", 3)).containsExactly(zoned("2026-10-31T07:00:00-07:00"),
                zoned("2026-11-01T07:00:00-08:00"), zoned("2026-11-02T07:00:00-08:00"));
        // weekdays: Friday's digest at 14:00 UTC, Monday's at 15:00 UTC, both 07:00 in Los Angeles
        assertThat(fires(DAILY_CEO, "2026-10-30T00:00:00-07:00", 2)).containsExactly(zoned("2026-10-30T07:00:00-07:00"),
                zoned("2026-11-02T07:00:00-08:00"));

        Run sunday = Run.at(OffsetDateTime.parse("2026-11-01T07:00:00-08:00"), EVERY_DAY);
        assertThat(sunday.period()).isEqualTo("2026-11-01");
        assertThat(sunday.previousPeriod()).isEqualTo("2026-10-31");
        Run monday = Run.at(OffsetDateTime.parse("2026-11-02T07:00:00-08:00"), DAILY_CEO);
        assertThat(monday.period()).isEqualTo("2026-11-02");
        assertThat(monday.previousPeriod()).isEqualTo("2026-11-01");
        assertThat(monday.roles()).containsExactly("ceo");
        assertThat(monday.sends("cfo")).isFalse();
    }

    @Test
    void should_fire_at_seven_local_on_both_sides_of_the_spring_forward() {
        // Sunday 2027-03-14 02:00 becomes 03:00: Monday 03-08 is UTC-8, Monday 03-15 UTC-7
        assertThat(fires(WEEKLY, "2027-03-07T00:00:00-08:00", 2)).containsExactly(zoned("2027-03-08T07:00:00-08:00"),
                zoned("2027-03-15T07:00:00-07:00"));
        assertThat(fires(EVERY_DAY, "2027-03-13T00:00:00-08:00", 3)).containsExactly(zoned("2027-03-13T07:00:00-08:00"),
                zoned("2027-03-14T07:00:00-07:00"), zoned("2027-03-15T07:00:00-07:00"));
        assertThat(WEEKLY.nextRun(instant("2027-03-08T07:00:00-08:00")).orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2027-03-15T14:00:00Z"));

        Run week = Run.at(OffsetDateTime.parse("2027-03-15T07:00:00-07:00"), WEEKLY);
        assertThat(week.period()).isEqualTo("2027-W11");
        assertThat(week.previousPeriod()).isEqualTo("2027-W10");
        assertThat(Run.at(OffsetDateTime.parse("2027-03-14T07:00:00-07:00"), EVERY_DAY).period()).isEqualTo("2027-03-14");
    }

    @Test
    void should_compute_the_same_fire_times_as_the_cron_trigger_camel_quartz_builds_with_the_zone() {
        for (NamedSchedule s : List.of(WEEKLY, DAILY_CEO, EVERY_DAY)) {
            CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(s.name(), "exec-reports")
                    .withSchedule(CronScheduleBuilder.cronSchedule(s.cron()).inTimeZone(TimeZone.getTimeZone(s.zone())))
                    .startAt(Date.from(instant("2026-10-20T00:00:00-07:00"))).build();
            Date t = Date.from(instant("2026-10-28T00:00:00-07:00"));
            Instant from = t.toInstant();
            for (int i = 0; i < 8; i++) {
                t = trigger.getFireTimeAfter(t);
                ZonedDateTime ours = s.nextRun(from).orElseThrow();
                assertThat(ours.toInstant()).as(s.name() + " fire " + i).isEqualTo(t.toInstant());
                assertThat(ours.toLocalTime()).as(s.name() + " fire " + i).hasToString("07:00");
                from = ours.toInstant();
            }
        }
    }

    @Test
    void should_name_months_and_their_previous_across_a_year() {
        assertThat(Run.at(OffsetDateTime.parse("2026-11-01T07:00:00-08:00"), MONTHLY).period()).isEqualTo("2026-11");
        Run january = Run.at(OffsetDateTime.parse("2027-01-01T07:00:00-08:00"), MONTHLY);
        assertThat(january.period()).isEqualTo("2027-01");
        assertThat(january.previousPeriod()).isEqualTo("2026-12");
        assertThat(MONTHLY.nextRun(instant("2027-02-02T00:00:00-08:00"))).contains(zoned("2027-03-01T07:00:00-08:00"));
        assertThat(MONTHLY.nextRun(instant("2027-03-02T00:00:00-08:00"))).contains(zoned("2027-04-01T07:00:00-07:00"));
    }

    @Test
    void should_say_each_schedules_next_run_in_its_own_zone() {
        Instant now = Instant.parse("2026-11-24T18:00:00Z");
        assertThat(WEEKLY.nextRunLine(now)).isEqualTo("Schedule weekly: next run Mon 2026-11-30 07:00 America/Los_Angeles (ceo,cto,cfo,cmo,accounting)");
        assertThat(DAILY_CEO.nextRunLine(now)).isEqualTo("Schedule daily-ceo: next run Wed 2026-11-25 07:00 America/Los_Angeles (ceo)");
        NamedSchedule tokyo = new NamedSchedule("tokyo", "0 30 8 ? * MON", ZoneId.of("Asia/Tokyo"), List.of("cfo"), Cadence.WEEK);
        assertThat(tokyo.nextRunLine(now)).isEqualTo("Schedule tokyo: next run Mon 2026-11-30 08:30 Asia/Tokyo (cfo)");
        NamedSchedule past = new NamedSchedule("past", "0 0 7 1 1 ? 2020", LA, List.of("cfo"), Cadence.WEEK);
        assertThat(past.nextRunLine(now)).isEqualTo("Schedule past: never fires again (cfo)");
    }

    private static List<ZonedDateTime> fires(NamedSchedule s, String after, int count) {
        List<ZonedDateTime> all = new ArrayList<>();
        Instant from = instant(after);
        for (int i = 0; i < count; i++) {
            ZonedDateTime next = s.nextRun(from).orElseThrow();
            all.add(next);
            from = next.toInstant();
        }
        return all;
    }

    private static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static ZonedDateTime zoned(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(LA);
    }
}
