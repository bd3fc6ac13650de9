package com.execreports.api;

import java.time.Instant;
import java.util.List;

/**
 * A run started through the API, as {@code GET /api/runs/{id}} shows it: queued, running, then done (or failed when
 * the run itself broke), with each source's state and each report's outcome once it ended.
 *
 * @param schedule the schedule it is a run of (its period kind and zone)
 * @param roles    the reports it renders and sends, in delivery order
 * @param verdict  the run's verdict line, as the log and --once say it; null until done
 * @param exitCode the --once exit status of the same run (0, 1, 3, 4); null until done
 */
public record ApiRun(String runId, String period, String asOf, boolean dryRun, String schedule, List<String> roles, String state, Instant submitted, Instant started,
                     Instant finished, List<SourceState> sources, List<ReportState> reports, String verdict, Integer exitCode) {

    /** One source of the run's snapshot: name, status (ok, partial, failed, timed_out), items folded, and why it failed. */
    public record SourceState(String name, String status, Long items, String error) {
    }

    /** One report: delivered, already_delivered, failed, unconfirmed, held, busy — or previewed in a dry run. */
    public record ReportState(String role, String outcome, String messageId, Integer attempts, String error) {
    }

    static ApiRun queued(String runId, String period, String asOf, boolean dryRun, String schedule, List<String> roles) {
        return new ApiRun(runId, period, asOf, dryRun, schedule, roles, "queued", Instant.now(), null, null, List.of(), List.of(), null, null);
    }

    ApiRun running() {
        return new ApiRun(runId, period, asOf, dryRun, schedule, roles, "running", submitted, Instant.now(), null, sources, reports, verdict, exitCode);
    }

    ApiRun ended(String endState, List<SourceState> s, List<ReportState> r, String v, Integer exit) {
        return new ApiRun(runId, period, asOf, dryRun, schedule, roles, endState, submitted, started, Instant.now(), s, r, v, exit);
    }

    boolean inFlight() {
        return "queued".equals(state) || "running".equals(state);
    }
}
