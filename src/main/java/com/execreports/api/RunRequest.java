package com.execreports.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.execreports.config.ServiceConfiguration;
import com.execreports.startup.IsoWeek;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code POST /api/runs} asks for: a period (an ISO week, or an as-of instant whose week it is; none = the current
 * one), the roles, and whether it is a dry run.
 *
 * @param asOf   the run's as-of as the ExecReportsAsOf header takes it; blank for the run clock's now
 * @param dryRun render into dry-run.dir instead of sending
 */
public record RunRequest(String asOf, boolean dryRun) {

    private static final Set<String> FIELDS = Set.of("period", "asOf", "roles", "dryRun");

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
     * Reads the JSON body (empty = the current period, all five reports, sent). A period runs as of its Monday at
     * 07:00 in the schedule's zone, as the weekly schedule runs it.
     */
    public static RunRequest parse(String body, ZoneId zone) {
        if (body == null || body.isBlank()) {
            return new RunRequest("", false);
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
                throw new Invalid(name, "unknown field '" + name + "': expected period, asOf, roles or dryRun");
            }
        }
        String asOf = "";
        if (json.has("period") && json.has("asOf")) {
            throw new Invalid("period", "give period or asOf, not both");
        }
        if (json.has("period")) {
            JsonNode p = json.get("period");
            if (!p.isTextual()) {
                throw new Invalid("period", "period must be an ISO week such as 2026-W48");
            }
            try {
                IsoWeek week = IsoWeek.parse(p.asText());
                LocalDate monday = LocalDate.of(week.year(), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week.week())
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                asOf = monday.atTime(LocalTime.of(7, 0)).atZone(zone).toOffsetDateTime().toString();
            } catch (IllegalArgumentException e) {
                throw new Invalid("period", "period " + e.getMessage());
            }
        }
        if (json.has("asOf")) {
            JsonNode a = json.get("asOf");
            try {
                asOf = OffsetDateTime.parse(a.asText()).toString();
            } catch (DateTimeParseException e) {
                throw new Invalid("asOf", "asOf must be an ISO offset date-time such as 2026-11-23T07:00:00-08:00");
            }
        }
        if (json.has("roles")) {
            requireAllRoles(json.get("roles"));
        }
        boolean dryRun = false;
        if (json.has("dryRun")) {
            if (!json.get("dryRun").isBoolean()) {
                throw new Invalid("dryRun", "dryRun must be true or false");
            }
            dryRun = json.get("dryRun").asBoolean();
        }
        return new RunRequest(asOf, dryRun);
    }

    /**
     * A run delivers all five reports: sending a subset needs per-role runs in delivery (its outcome, ledger and
     * metrics count five), not built yet. So roles may only name the five.
     */
    private static void requireAllRoles(JsonNode roles) {
        List<String> named = new ArrayList<>();
        if (roles.isArray()) {
            roles.forEach(r -> named.add(r.asText()));
        }
        if (!roles.isArray() || !Set.copyOf(named).equals(Set.copyOf(ServiceConfiguration.ROLES)) || named.size() != ServiceConfiguration.ROLES.size()) {
            throw new Invalid("roles", "roles: only the full set " + ServiceConfiguration.ROLES
                    + " is supported (a run sends all five reports; a subset is not supported yet), got " + roles);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
