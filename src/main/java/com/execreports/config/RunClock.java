package com.execreports.config;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.execreports.model.Run;

/**
 * Starts runs at "now" in the schedule's zone — or at a pinned instant (property run.clock), so the same demo
 * data gives the same reports byte for byte.
 */
public final class RunClock {

    private final Clock clock;
    private final ZoneId zone;

    public RunClock(String pinned, ZoneId zone) {
        this.zone = zone;
        this.clock = pinned == null || pinned.isBlank() ? Clock.system(zone)
                : Clock.fixed(OffsetDateTime.parse(pinned.trim()).toInstant(), zone);
    }

    public Run newRun() {
        return Run.at(OffsetDateTime.now(clock), zone);
    }

    /** A run as of an explicit instant (an operator re-running a past period), or the clock's when blank. */
    public Run newRun(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return newRun();
        }
        try {
            return Run.at(OffsetDateTime.parse(asOf.trim()), zone);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("as-of '" + asOf + "' is not an ISO offset date-time such as 2026-11-23T07:00:00-08:00");
        }
    }

    /** A run that names an already reported period (an operator's re-send); it renders nothing. */
    public Run forPeriod(String period) {
        if (period == null || !period.matches("\\d{4}-W\\d{2}")) {
            throw new IllegalArgumentException("period '" + period + "' is not an ISO week such as 2026-W48");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Run("resend-" + period + "-" + now.toLocalDateTime().toString().replace(":", "").replace("-", ""), period, now);
    }
}
