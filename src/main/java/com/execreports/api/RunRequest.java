package com.execreports.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.execreports.schedule.Cadence;
import com.execreports.schedule.NamedSchedule;
import com.execreports.schedule.Schedules;
import com.execreports.startup.IsoWeek;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code POST /api/runs} asks for: a schedule (none = the default one), a period of that schedule's kind (a day, an
 * ISO week or a month; or an as-of instant whose period it is; none = the current one), some of its reports (none = all
 * it sends), and whether it is a dry run.
 *
 * @param asOf     the run's as-of as the ExecReportsAsOf header takes it; blank for the run clock's now
 * @param dryRun   render into dry-run.dir instead of sending
 * @param schedule the schedule's name as configured (schedule.NAME.*)
 * @param roles    the reports to send, in delivery order; empty for every report the schedule sends
 */
public record RunRequest(String asOf, boolean dryRun, String schedule, List<String> roles) {

    private static final Set<String> FIELDS = Set.of("period", "asOf", "roles", "dryRun", "schedule");

    public RunRequest {
        roles = List.copyOf(roles);
    }

    /** The roles as the ExecReportsRoles header carries them: "ceo,cfo", or blank for all. */
    public String rolesHeader() {
        return String.join(",", roles);
    }

    /** A field of the request that is wrong, named. */
    public static final class Invalid extends IllegalArgumentException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Reads the JSON body (empty = the default schedule's current period, all its reports, sent). A period runs as of
     * its first day (a week's Monday, a month's 1st) at 07:00 in the schedule's zone, as the schedules run.
     */
    public static RunRequest parse(String body, Schedules schedules) {
        String defaultName = schedules.byDefault().name();
        if (body == null || body.isBlank()) {
            return new RunRequest("", false, defaultName, List.of());
        }
        JsonNode json;
        try {
            json = HttpAnswer.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new Invalid("body", "the body is not JSON: " + firstLine(e.getMessage()));
        }
        if (json == null || !json.isObject()) {
            throw new Invalid("body", "the body must be a JSON object such as {\"period\":\"2026-W48\",\"dryRun\":true}");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new Invalid(name, "unknown field '" + name + "': expected schedule, period, asOf, roles or dryRun");
            }
        }
        NamedSchedule schedule = schedule(json.get("schedule"), schedules);
        String asOf = "";
        if (json.has("period") && json.has("asOf")) {
            throw new Invalid("period", "give period or asOf, not both");
        }
        if (json.has("period")) {
            asOf = firstMorning(json.get("period"), schedule);
        }
        if (json.has("asOf")) {
            JsonNode a = json.get("asOf");
            try {
                asOf = OffsetDateTime.parse(a.asText()).toString();
            } catch (DateTimeParseException e) {
                throw new Invalid("asOf", "asOf must be an ISO offset date-time such as 2026-11-23T07:00:00-08:00");
            }
        }
        List<String> roles = json.has("roles") ? roles(json.get("roles"), schedule) : List.of();
        boolean dryRun = false;
        if (json.has("dryRun")) {
            if (!json.get("dryRun").isBoolean()) {
                throw new Invalid("dryRun", "dryRun must be true or false");
            }
            dryRun = json.get("dryRun").asBoolean();
        }
        return new RunRequest(asOf, dryRun, schedule.name(), roles);
    }

    private static NamedSchedule schedule(JsonNode name, Schedules schedules) {
        if (name == null) {
            return schedules.byDefault();
        }
        if (!name.isTextual()) {
            throw new Invalid("schedule", "schedule must be the name of a configured schedule: " + String.join(", ", schedules.names()));
        }
        try {
            return schedules.named(name.asText());
        } catch (IllegalArgumentException e) {
            throw new Invalid("schedule", e.getMessage());
        }
    }

    /** The period's first day at 07:00 in the schedule's zone; the period must be of the schedule's kind. */
    private static String firstMorning(JsonNode p, NamedSchedule schedule) {
        String example = switch (schedule.cadence()) {
            case DAY -> "a day such as 2026-11-23";
            case WEEK -> "an ISO week such as 2026-W48";
            case MONTH -> "a month such as 2026-11";
        };
        if (!p.isTextual() || Cadence.ofPeriod(p.asText()) != schedule.cadence()) {
            throw new Invalid("period", "period of schedule " + schedule.name() + " must be " + example + ", got " + p);
        }
        LocalDate first;
        try {
            first = switch (schedule.cadence()) {
                case DAY -> LocalDate.parse(p.asText());
                case WEEK -> {
                    IsoWeek week = IsoWeek.parse(p.asText());
                    yield LocalDate.of(week.year(), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week.week())
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                }
                case MONTH -> YearMonth.parse(p.asText()).atDay(1);
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Invalid("period", "period " + p.asText() + " is not " + example + ": " + firstLine(e.getMessage()));
        }
        return first.atTime(LocalTime.of(7, 0)).atZone(schedule.zone()).toOffsetDateTime().toString();
    }

    /**
     * Some of the schedule's reports, each once; all of them reads as none (a run of the whole schedule, joined with
     * one already in flight).
     */
    private static List<String> roles(JsonNode roles, NamedSchedule schedule) {
        String expected = "roles must be a list of the reports of schedule " + schedule.name() + " " + schedule.roles() + ", each once";
        if (!roles.isArray() || roles.isEmpty()) {
            throw new Invalid("roles", expected + ", got " + roles);
        }
        List<String> named = new ArrayList<>();
        for (JsonNode r : roles) {
            if (!r.isTextual() || !schedule.roles().contains(r.asText()) || named.contains(r.asText())) {
                throw new Invalid("roles", expected + ", got " + roles);
            }
            named.add(r.asText());
        }
        List<String> inOrder = schedule.roles().stream().filter(named::contains).toList();
        return inOrder.equals(schedule.roles()) ? List.of() : inOrder;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
