package com.execreports.config;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.execreports.model.Run;
import com.execreports.schedule.NamedSchedule;
import com.execreports.schedule.Schedules;

/**
 * Starts runs of a schedule at "now" in the schedule's zone — or at a pinned instant (property run.clock), so the same
 * demo data gives the same reports byte for byte.
 */
public final class RunClock {

    private final Clock clock;
    private final Schedules schedules;

    public RunClock(String pinned, Schedules schedules) {
        this.schedules = schedules;
        this.clock = pinned == null || pinned.isBlank() ? Clock.systemUTC()
                : Clock.fixed(OffsetDateTime.parse(pinned.trim()).toInstant(), java.time.ZoneOffset.UTC);
    }

    public Run newRun() {
        return newRun(null, null);
    }

    /** A run as of an explicit instant (an operator re-running a past period), or the clock's when blank; of the default schedule. */
    public Run newRun(String asOf) {
        return newRun(asOf, null);
    }

    /**
     * A run of the named schedule (blank: the default one) as of an instant, or the clock's when blank. The instant may
     * carry its schedule after a space, and the reports of a run of only some of them after another
     * ({@code 2026-11-23T07:00-08:00 daily-ceo}, {@code 2026-11-23T07:00-08:00 weekly ceo,cfo}), as the delivery ledger
     * records a run for its re-check; those win over the schedule given.
     */
    public Run newRun(String asOf, String scheduleName) {
        return newRun(asOf, scheduleName, null);
    }

    /**
     * A run of the named schedule sending only some of its reports (an operator asking the API for the CFO report
     * alone): roles "cfo,ceo" in any order, each one the schedule sends; blank for all of the schedule's.
     */
    public Run newRun(String asOf, String scheduleName, String roles) {
        String instant = asOf == null ? "" : asOf.trim();
        String name = scheduleName;
        String subset = roles;
        String[] parts = instant.split("\\s+");
        if (parts.length > 1) {
            instant = parts[0];
            name = parts[1];
            subset = parts.length > 2 ? parts[2] : null;
        }
        NamedSchedule schedule = schedules.named(name);
        Run run;
        if (instant.isEmpty()) {
            run = Run.at(OffsetDateTime.now(clock), schedule);
        } else {
            try {
                run = Run.at(OffsetDateTime.parse(instant), schedule);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("as-of '" + asOf + "' is not an ISO offset date-time such as 2026-11-23T07:00:00-08:00");
            }
        }
        return subset == null || subset.isBlank() ? run : run.sendingOnly(Schedules.roles(subset));
    }

    /**
     * What the delivery ledger records of a run, for its re-check to run it again: its instant, its schedule, and its
     * reports when it sends fewer than five (a re-check of an operator's CFO-only run must not send the other four).
     */
    public static String ledgerAsOf(Run run) {
        if (run.schedule() == null) {
            return run.asOf().toString();
        }
        String line = run.asOf() + " " + run.schedule();
        return run.reportCount() < ServiceConfiguration.ROLES.size() ? line + " " + String.join(",", run.roles()) : line;
    }

    /** A run that names an already reported period (an operator's re-send); it renders nothing. */
    public Run forPeriod(String period) {
        if (com.execreports.schedule.Cadence.ofPeriod(period) == null) {
            throw new IllegalArgumentException("period '" + period + "' is not an ISO week such as 2026-W48, a day such as 2026-11-23"
                    + " or a month such as 2026-11");
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(schedules.byDefault().zone()));
        return new Run("resend-" + period + "-" + now.toLocalDateTime().toString().replace(":", "").replace("-", ""), period, now);
    }
}
