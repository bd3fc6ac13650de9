package com.execreports.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a run ends, however it ends: its verdict ({@link RunOutcome}) from the deliveries it recorded or the error that
 * stopped it, one verdict line in the log at the level the outcome deserves, a counter per outcome, and an ops alert
 * when sources were missing (once per period) or the run itself failed. Bound as {@code runEnding}; the run's last
 * step calls it, and so does its error handler.
 */
public final class RunEnding {

    private static final Logger LOG = LoggerFactory.getLogger(RunEnding.class);

    private final DeliveryMetrics metrics;
    /** Names this process in alerts: the ledger's owner. */
    private final String instance;
    /** Holds and degraded sends ops were already warned of (period and missing sources): once each per process. */
    private final Set<String> gapWarnings = ConcurrentHashMap.newKeySet();

    public RunEnding(DeliveryMetrics metrics, String instance) {
        this.metrics = metrics;
        this.instance = instance;
    }

    /** The run delivered what it could: its verdict from the run's record of deliveries and the snapshot's gaps. */
    public RunOutcome outcome(Exchange exchange) {
        DeliveryContext record = DeliveryContext.of(exchange);
        PortfolioSnapshot snapshot = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        boolean resend = record.resend();
        List<String> gaps = resend ? List.of() : snapshot == null ? List.of("all sources (no snapshot)")
                : snapshot.gaps().stream().map(Facts::name).toList();
        // a source read with unreadable items left out is no gap, but "all sources read" alone would hide it from ops
        List<String> partial = resend || snapshot == null ? List.of()
                : snapshot.sources().stream().filter(f -> f.status() == SourceStatus.PARTIAL).map(Facts::name).toList();
        return ended(exchange, new RunOutcome(record.run().period(), List.copyOf(record.deliveries()), gaps,
                resend ? 1 : record.run().reportCount()).withPartial(partial));
    }

    /**
     * The run itself failed (not one report): the run ends here with a failed outcome (exchange property
     * {@code runOutcome}) that names the cause, and ops hear of it.
     */
    public void runFailed(Exchange exchange) {
        DeliveryContext context = DeliveryContext.of(exchange);
        Run run = context.run();
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = error == null ? "unknown error" : SesFailures.describe(error);
        RunOutcome outcome = RunOutcome.stopped(run == null ? "?" : run.period(), context.deliveries() == null ? List.of()
                : context.deliveries(), List.of(), context.resend() ? 1 : 5, reason);
        exchange.setProperty("runOutcome", ended(exchange, outcome));
        exchange.setProperty("opsAlert", OpsAlert.ofRun(run == null ? "?" : run.period(), run == null ? "?" : run.runId(),
                run == null ? "<as-of>" : run.asOf().toString(), reason, instance));
    }

    private RunOutcome ended(Exchange exchange, RunOutcome outcome) {
        DeliveryContext record = DeliveryContext.of(exchange);
        PortfolioSnapshot snapshot = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        // timed from the run's trigger (the exchange's creation), whatever stopped it
        OpsAlert gapAlert = ended(record.run() == null ? "?" : record.run().runId(), outcome, record.resend() ? null : snapshot,
                Duration.ofMillis(exchange.getClock().elapsed()));
        if (gapAlert != null) {
            exchange.setProperty("opsAlert", gapAlert);
        }
        return outcome;
    }

    /**
     * Logs and counts the verdict; answers the gap alert ops should get, or null.
     *
     * @param snapshot what the run read; null when it read nothing (or re-sent an archived report): no gaps to count
     */
    OpsAlert ended(String runId, RunOutcome outcome, PortfolioSnapshot snapshot, Duration took) {
        metrics.runEnded(switch (outcome.exitCode()) {
            case RunOutcome.SUCCESS -> DeliveryMetrics.RUNS_DELIVERED;
            case RunOutcome.DELIVERED_WITH_GAPS -> DeliveryMetrics.RUNS_DELIVERED_WITH_GAPS;
            case RunOutcome.HELD -> DeliveryMetrics.RUNS_HELD;
            default -> DeliveryMetrics.RUNS_FAILED;
        }, took);
        if (snapshot != null) {
            snapshot.gaps().forEach(f -> metrics.sourceFailed(f.name()));
        }
        String line = "Run " + runId + " " + outcome.period() + ": " + outcome.verdict() + " [" + metrics.line() + "]";
        switch (outcome.exitCode()) {
            case RunOutcome.SUCCESS -> LOG.info(line);
            case RunOutcome.FAILED -> LOG.error(line);
            default -> LOG.warn(line);
        }
        return gapAlert(runId, outcome, snapshot);
    }

    /**
     * A held period is run again every re-check until it goes out: ops hear of each hold once, not every half hour,
     * and of a degraded send once, by a run that sent some of it, not by runs that found it sent already.
     */
    private OpsAlert gapAlert(String runId, RunOutcome outcome, PortfolioSnapshot snapshot) {
        boolean held = outcome.exitCode() == RunOutcome.HELD;
        boolean sentNow = outcome.deliveries().stream().anyMatch(d -> d.status() == Delivery.Status.DELIVERED);
        if (outcome.failure() == null && !outcome.gaps().isEmpty() && snapshot != null && (held || sentNow)
                && gapWarnings.add((held ? "held " : "sent ") + outcome.period() + " " + outcome.gaps())) {
            return OpsAlert.ofGaps(outcome, snapshot.gaps(), runId, instance);
        }
        return null;
    }
}
