package com.execreports.model;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.execreports.schedule.Cadence;
import com.execreports.schedule.NamedSchedule;

/**
 * One reporting cycle: every report of a run is rendered from the same snapshot.
 *
 * @param runId    unique id of this cycle (used to correlate source answers)
 * @param period   the period being reported, named by the schedule's cadence: a day {@code 2026-11-23}, an ISO week
 *                 {@code 2026-W48} or a month {@code 2026-11}; names the archive folder and keys the delivery ledger
 * @param asOf     the instant the figures are taken at, in the schedule's time zone
 * @param schedule the name of the schedule this run is for (its re-runs are for it too)
 * @param cadence  the kind of period; null (a snapshot archived before schedules had one) reads as a week
 * @param roles    the reports this run renders and sends; null reads as all five
 */
public record Run(String runId, String period, OffsetDateTime asOf, String schedule, Cadence cadence, List<String> roles) {

    private static final List<String> ALL_ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    /** A weekly run of all five reports, as every run was before named schedules. */
    public Run(String runId, String period, OffsetDateTime asOf) {
        this(runId, period, asOf, "weekly", Cadence.WEEK, ALL_ROLES);
    }

    public static Run at(OffsetDateTime asOf, ZoneId zone) {
        return at(asOf, new NamedSchedule("weekly", "0 0 7 ? * MON", zone, ALL_ROLES, Cadence.WEEK));
    }

    /** A run of the schedule as of the instant: its period is the one of the schedule's cadence holding that local date. */
    public static Run at(OffsetDateTime asOf, NamedSchedule schedule) {
        OffsetDateTime local = asOf.atZoneSameInstant(schedule.zone()).toOffsetDateTime();
        String period = schedule.cadence().period(local.toLocalDate());
        String runId = period + "-" + local.toLocalDateTime().toString().replace(":", "").replace("-", "");
        return new Run(runId, period, local, schedule.name(), schedule.cadence(), schedule.roles());
    }

    /**
     * This run sending only some of its reports (in its own delivery order); each must be one it would send.
     *
     * @throws IllegalArgumentException naming a role this run's schedule does not send
     */
    public Run sendingOnly(List<String> some) {
        List<String> mine = roles == null ? ALL_ROLES : roles;
        for (String role : some) {
            if (!mine.contains(role)) {
                throw new IllegalArgumentException("schedule " + schedule + " does not send the " + role + " report (it sends "
                        + String.join(", ", mine) + ")");
            }
        }
        if (some.isEmpty()) {
            throw new IllegalArgumentException("a run sends at least one report");
        }
        return new Run(runId, period, asOf, schedule, cadence, mine.stream().filter(some::contains).toList());
    }

    /** The day the figures are taken on, in the schedule's time zone: where "last 30 days" and "this month" end. */
    public java.time.LocalDate today() {
        return asOf.toLocalDate();
    }

    /** The schedule's offset at the run, which bare dates and times in the sources are read in. */
    public ZoneId zone() {
        return asOf.getOffset();
    }

    /** The period reported just before this one, of the same kind: where the trend compares against. */
    public String previousPeriod() {
        return (cadence == null ? Cadence.WEEK : cadence).previous(asOf.toLocalDate());
    }

    /** Whether this run renders and sends the report of that role. */
    public boolean sends(String role) {
        return roles == null || roles.contains(role);
    }

    /** How many reports this run sends. */
    public int reportCount() {
        return roles == null ? ALL_ROLES.size() : roles.size();
    }
}
