package com.execreports.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.execreports.config.RunClock;
import com.execreports.delivery.Delivery;
import com.execreports.delivery.DryRun;
import com.execreports.delivery.RunOutcome;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.schedule.ScheduleRoutes;
import com.execreports.schedule.Schedules;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * The runs started through the API: {@code POST /api/runs} queues one (handed to seda:api-runs, which runs direct:run
 * off the HTTP thread) or joins the one already in flight for the same period (and the same kind, real or dry);
 * {@code GET /api/runs/{id}} reads its state. Kept in memory, the last {@value #KEPT} runs: what a run left behind is in
 * the archive ({@code GET /api/runs}).
 */
public final class ApiRuns {

    static final int KEPT = 200;
    /** Exchange property of the seda route: the id of the run it carries out. */
    static final String RUN_ID = "apiRunId";
    /** Header direct:run reads: the reports of a run of only some of them ("ceo,cfo"). */
    static final String ROLES_HEADER = "ExecReportsRoles";

    private final RunClock clock;
    private final Schedules schedules;
    private final ProducerTemplate producer;
    private final LastSourceReads reads;
    private final Map<String, ApiRun> runs = new LinkedHashMap<>();
    private final Map<String, String> inFlight = new HashMap<>();

    public ApiRuns(RunClock clock, Schedules schedules, ProducerTemplate producer, LastSourceReads reads) {
        this.clock = clock;
        this.schedules = schedules;
        this.producer = producer;
        this.reads = reads;
    }

    /** POST /api/runs: 202 with the run id and its Location, or 400 naming the field. */
    public void start(Exchange exchange) {
        RunRequest request;
        try {
            request = RunRequest.parse(exchange.getMessage().getBody(String.class), schedules);
        } catch (RunRequest.Invalid e) {
            HttpAnswer.badRequest(exchange, e.field(), e.getMessage());
            return;
        }
        ApiRun run = submit(request);
        HttpAnswer.json(exchange, 202, Map.of("runId", run.runId(), "period", run.period(), "schedule", run.schedule(),
                "roles", run.roles(), "state", run.state(), "dryRun", run.dryRun()));
        exchange.getMessage().setHeader("Location", "/api/runs/" + run.runId());
    }

    /** GET /api/runs/{id}. */
    public void state(Exchange exchange) {
        String id = exchange.getMessage().getHeader("id", String.class);
        if (id == null || !id.matches("\\d{4}-(W\\d{2}|\\d{2}|\\d{2}-\\d{2})-[0-9a-f]{8}")) {
            HttpAnswer.badRequest(exchange, "id", "a run id is its period and 8 hex digits, such as 2026-W48-1a2b3c4d");
            return;
        }
        ApiRun run = find(id);
        if (run == null) {
            HttpAnswer.json(exchange, 404, Map.of("error", "no run " + id + " since this instance started (GET /api/runs lists the archive)"));
        } else {
            HttpAnswer.json(exchange, 200, run);
        }
    }

    /** A new run of the request's period, or the one in flight for the same period, schedule, reports and kind. */
    synchronized ApiRun submit(RunRequest request) {
        var probe = clock.newRun(request.asOf(), request.schedule(), request.rolesHeader());
        String period = probe.period();
        String key = period + "/" + request.schedule() + "/" + String.join(",", probe.roles()) + (request.dryRun() ? "/dry-run" : "");
        String running = inFlight.get(key);
        if (running != null) {
            return runs.get(running);
        }
        String id = period + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiRun run = ApiRun.queued(id, period, request.asOf(), request.dryRun(), request.schedule(), probe.roles());
        runs.put(id, run);
        inFlight.put(key, id);
        while (runs.size() > KEPT) {
            String oldest = runs.keySet().iterator().next();
            if (runs.get(oldest).inFlight()) {
                break;
            }
            runs.remove(oldest);
        }
        producer.sendBody("seda:api-runs", id);
        return run;
    }

    public synchronized ApiRun find(String id) {
        return runs.get(id);
    }

    /** The seda route took the run: the headers direct:run reads (as-of, dry run). */
    public void running(Exchange exchange) {
        String id = exchange.getMessage().getBody(String.class);
        ApiRun run;
        synchronized (this) {
            run = runs.get(id).running();
            runs.put(id, run);
        }
        exchange.setProperty(RUN_ID, id);
        exchange.getMessage().setBody(null);
        if (!run.asOf().isBlank()) {
            exchange.getMessage().setHeader("ExecReportsAsOf", run.asOf());
        }
        exchange.getMessage().setHeader(ScheduleRoutes.HEADER, run.schedule());
        exchange.getMessage().setHeader(ROLES_HEADER, String.join(",", run.roles()));
        if (run.dryRun()) {
            exchange.getMessage().setHeader(DryRun.HEADER, "true");
        }
    }

    /** direct:run returned: its sources from the snapshot, its reports from the outcome. */
    public void finished(Exchange exchange) {
        String id = exchange.getProperty(RUN_ID, String.class);
        PortfolioSnapshot snapshot = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        Object body = exchange.getMessage().getBody();
        List<ApiRun.ReportState> reports = new ArrayList<>();
        String verdict;
        Integer exit;
        if (body instanceof RunOutcome outcome) {
            for (Delivery d : outcome.deliveries()) {
                reports.add(new ApiRun.ReportState(d.role(), d.status().name().toLowerCase(Locale.ROOT), d.messageId(), d.attempts(), d.error()));
            }
            verdict = outcome.verdict();
            exit = outcome.exitCode();
        } else if (body instanceof DryRun.Outcome dry) {
            for (DryRun.Preview p : dry.previews()) {
                reports.add(new ApiRun.ReportState(p.role(), "previewed", null, 0, null));
            }
            verdict = dry.verdict();
            exit = dry.exitCode();
        } else {
            verdict = "failed: the run ended without an outcome";
            exit = RunOutcome.FAILED;
        }
        end(id, "done", sources(snapshot), reports, verdict, exit);
    }

    /** The run broke outside direct:run's own handling (it could not even start). */
    public void failed(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        end(exchange.getProperty(RUN_ID, String.class), "failed", List.of(), List.of(),
                "failed: " + (error == null ? "unknown error" : error.getMessage()), RunOutcome.FAILED);
    }

    private synchronized void end(String id, String state, List<ApiRun.SourceState> sources, List<ApiRun.ReportState> reports,
                                  String verdict, Integer exit) {
        ApiRun run = runs.get(id);
        if (run == null) {
            return;
        }
        runs.put(id, run.ended(state, sources, reports, verdict, exit));
        inFlight.values().remove(id);
    }

    private List<ApiRun.SourceState> sources(PortfolioSnapshot snapshot) {
        if (snapshot == null) {
            return List.of();
        }
        List<ApiRun.SourceState> states = new ArrayList<>();
        for (Facts f : snapshot.sources()) {
            states.add(new ApiRun.SourceState(f.name(), f.status().name().toLowerCase(Locale.ROOT), reads.items(f.name()), f.error()));
        }
        return states;
    }
}
