package com.execreports.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * One schedule of properties {@code schedule.NAME.*}: when it fires (a Quartz cron read in its own time zone, so 07:00
 * stays 07:00 local across daylight-saving changes), which reports it sends and the period they cover.
 *
 * @param name    the NAME of the keys; the route that fires it is {@code schedule-NAME}
 * @param cron    a Quartz cron expression (seconds first)
 * @param zone    the zone the cron is read in, and the run's as-of is taken in
 * @param roles   the reports this schedule renders and sends, in delivery order
 * @param cadence the period one run reports on
 */
public record NamedSchedule(String name, String cron, ZoneId zone, List<String> roles, Cadence cadence) {

    private static final DateTimeFormatter NEXT_RUN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    public NamedSchedule {
        roles = List.copyOf(roles);
    }

    /** The id of the route that fires this schedule, as the route list shows it. */
    public String routeId() {
        return "schedule-" + name;
    }

    /** The first fire time strictly after the instant, as Quartz computes it in the schedule's zone; empty if it never fires again. */
    public Optional<ZonedDateTime> nextRun(Instant after) {
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException("schedule." + name + ".cron = '" + cron + "': " + e.getMessage(), e);
        }
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        Date next = expression.getNextValidTimeAfter(Date.from(after));
        return Optional.ofNullable(next).map(d -> d.toInstant().atZone(zone));
    }

    /** The start-up line: "Schedule weekly: next run Mon 2026-11-30 07:00 America/Los_Angeles (ceo,cto,cfo,cmo,accounting)". */
    public String nextRunLine(Instant now) {
        return "Schedule " + name + ": " + nextRun(now).map(t -> "next run " + NEXT_RUN.format(t) + " " + zone.getId()).orElse("never fires again")
                + " (" + String.join(",", roles) + ")";
    }
}
