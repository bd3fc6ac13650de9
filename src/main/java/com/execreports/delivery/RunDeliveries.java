package com.execreports.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.Report;
import com.execreports.charts.ChartImage;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery steps the routes call, one per turn of a report's delivery — check recipients and claim, mark
 * sending, sent, failed or unconfirmed — each recorded in the ledger, the run's record (exchange property
 * {@code deliveries}) and the metrics; a report that cannot be delivered gets an ops alert (exchange property
 * {@code opsAlert}). Bound as {@code deliveries}.
 */
public final class RunDeliveries {

    private static final com.fasterxml.jackson.databind.ObjectWriter METRICS_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();

    private static final Logger LOG = LoggerFactory.getLogger(RunDeliveries.class);

    /** Exchange property set once SES accepted the report: the message id. */
    static final String SES_MESSAGE_ID = "sesMessageId";

    private final ReportEmail email;
    private final ArchiveLayout layout;
    private final DeliveryLedger ledger;
    private final DeliveryMetrics metrics;
    private final boolean holdDegraded;
    /** Holds and degraded sends ops were already warned of (period and missing sources): once each per process. */
    private final java.util.Set<String> gapWarnings = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The as-of instant of the last run that held reports, for the re-check timer; null when none wait. */

    public RunDeliveries(ReportEmail email, ArchiveLayout layout, DeliveryLedger ledger, DeliveryMetrics metrics, boolean holdDegraded) {
        this.email = email;
        this.layout = layout;
        this.ledger = ledger;
        this.metrics = metrics;
        this.holdDegraded = holdDegraded;
    }

    public List<Delivery> open() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    /**
     * Checks subject and recipients (allowlist, control characters) and asks the ledger for the report. A refusal
     * throws, so nothing is claimed or sent for this report; the others go on.
     */
    public void claim(Exchange exchange) {
        ReportMessage message = exchange.getProperty("message", ReportMessage.class);
        Run run = exchange.getProperty("run", Run.class);
        email.requireSafeSubject(message);
        DeliveryKey key = new DeliveryKey(run.period(), message.role(), email.recipients().to(message.role()), email.recipients().audit());
        boolean resend = exchange.getProperty("resend", false, Boolean.class);
        DeliveryLedger.Claim claim = resend ? ledger.forceClaim(key, "operator re-send (--resend " + message.role() + " --period "
                + run.period() + ")") : ledger.claim(key, holdDegraded && message.degraded(),
                com.execreports.config.RunClock.ledgerAsOf(run));
        exchange.setProperty("claim", claim);
        LOG.info("{} report of {}: ledger {} → {}", message.role(), run.period(), key.id(), claim.decision());
    }

    /** The last ledger write before the SES call. */
    public void sending(Exchange exchange) {
        DeliveryLedger.Claim claim = exchange.getProperty("claim", DeliveryLedger.Claim.class);
        exchange.setProperty("ledgerEntry", ledger.sending(claim.entry()));
        metrics.count(DeliveryMetrics.SES_CALLS);
    }

    /** Called by the retry policy before each new SES call for the same report. */
    public void retrying(Exchange exchange) {
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.count(DeliveryMetrics.SES_RETRIES);
        exchange.setProperty("sesRetries", exchange.getProperty("sesRetries", 0, Integer.class) + 1);
        LOG.warn("{} report: SES call failed ({}), retry {}", exchange.getProperty("role"),
                SesFailures.describe(SesFailures.errorOf(exchange)), exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER));
    }

    public void sent(Exchange exchange) {
        Run run = exchange.getProperty("run", Run.class);
        ReportMessage message = exchange.getProperty("message", ReportMessage.class);
        LedgerEntry entry = exchange.getProperty("ledgerEntry", LedgerEntry.class);
        String messageId = exchange.getMessage().getHeader("CamelAwsSesMessageId", String.class);
        // from here on the report is delivered, whatever fails next (see failed)
        exchange.setProperty(SES_MESSAGE_ID, messageId);
        int attempts = attempts(exchange);
        try {
            recordSent(entry, messageId, ContentHash.of(message), attempts);
        } catch (RuntimeException e) {
            // SES has it: it must not be sent again, and the SENDING entry will surface as unconfirmed to ops
            LOG.error("The {} report was sent (SES message {}) but the ledger could not record it: {}", message.role(), messageId, e.getMessage());
        }
        Delivery d = new Delivery(message.role(), Delivery.Status.DELIVERED, entry.key().to(), entry.key().bcc(), messageId,
                layout.reportKeys(run, message), attempts, null);
        record(exchange, d);
        LOG.info("Delivered {} report for {} to {} (bcc {}): SES message {} after {} SES call(s)", d.role(), run.period(), d.to(), d.bcc(),
                messageId, attempts);
    }

    /** A SENDING entry left behind would make ops wonder whether SES has it: one more try after a transient error. */
    private void recordSent(LedgerEntry entry, String messageId, String contentHash, int attempts) {
        try {
            ledger.sent(entry, messageId, contentHash, attempts);
        } catch (DeliveryLedger.LedgerConflict e) {
            throw e;
        } catch (RuntimeException first) {
            LOG.warn("The {} report's ledger entry was not marked sent ({}); trying once more", entry.key().role(), first.getMessage());
            ledger.sent(entry, messageId, contentHash, attempts);
        }
    }

    /**
     * Refused, or retries spent: marked failed in the ledger (a later run or --resend may send it) and alerted. Two
     * errors are not a failed delivery: one after SES accepted the message (archiving its record, say) leaves it
     * delivered, as a FAILED entry would invite a second send; and another instance taking the report over is BUSY.
     */
    public void failed(Exchange exchange) {
        Throwable error = SesFailures.errorOf(exchange);
        String role = role(exchange);
        String reason = SesFailures.describe(error);
        String accepted = exchange.getProperty(SES_MESSAGE_ID, String.class);
        if (accepted != null) {
            metrics.count(DeliveryMetrics.AFTER_SEND_ERRORS);
            LOG.error("The {} report was delivered (SES message {}), but a step after sending failed: {}", role, accepted, reason);
            return;
        }
        int attempts = exchange.getProperty("ledgerEntry") == null ? 0 : attempts(exchange);
        LedgerEntry entry = exchange.getProperty("ledgerEntry", LedgerEntry.class);
        DeliveryLedger.Claim claim = exchange.getProperty("claim", DeliveryLedger.Claim.class);
        if (entry == null && claim != null && claim.send()) {
            entry = claim.entry();
        }
        if (error instanceof DeliveryLedger.LedgerConflict && entry != null) {
            notDelivered(exchange, entry, Delivery.Status.BUSY, "taken over by another instance: " + error.getMessage(), true);
            return;
        }
        if (entry != null) {
            try {
                ledger.failed(entry, reason, attempts);
            } catch (RuntimeException e) {
                LOG.error("The {} report failed and the ledger could not record it: {}", role, e.getMessage());
            }
        }
        Run run = exchange.getProperty("run", Run.class);
        ReportMessage message = exchange.getProperty("message", ReportMessage.class);
        Delivery d = new Delivery(role, Delivery.Status.FAILED, entry == null ? List.of() : entry.key().to(),
                entry == null ? List.of() : entry.key().bcc(), null, message == null || run == null ? List.of() : layout.reportKeys(run, message),
                attempts, reason);
        record(exchange, d);
        LOG.error("The {} report was not delivered: {}", role, reason);
        alert(exchange, d, entry == null ? "(no ledger entry: refused before it was claimed)" : entry.key().id());
    }

    /** The SES call may have gone out (timeout, broken connection): never retried, ops decide. */
    public void unconfirmed(Exchange exchange) {
        String reason = "SES call ended without an answer: " + SesFailures.describe(SesFailures.errorOf(exchange));
        LedgerEntry entry = exchange.getProperty("ledgerEntry", LedgerEntry.class);
        try {
            entry = ledger.unconfirmed(entry, reason, attempts(exchange));
        } catch (RuntimeException e) {
            LOG.error("The {} report's fate is unknown and the ledger could not record it: {}", entry.key().role(), e.getMessage());
        }
        notDelivered(exchange, entry, Delivery.Status.UNCONFIRMED, reason, true);
    }

    /** The ledger said not to send: already sent, fate unknown, held, or still with another instance. */
    public void notSent(Exchange exchange) {
        DeliveryLedger.Claim claim = exchange.getProperty("claim", DeliveryLedger.Claim.class);
        LedgerEntry e = claim.entry();
        switch (claim.decision()) {
            case ALREADY_SENT -> {
                Run run = exchange.getProperty("run", Run.class);
                ReportMessage message = exchange.getProperty("message", ReportMessage.class);
                record(exchange, new Delivery(e.key().role(), Delivery.Status.ALREADY_DELIVERED, e.key().to(), e.key().bcc(), e.messageId(),
                        layout.reportKeys(run, message), 0, null));
                LOG.info("The {} report of {} was already delivered by {} at {} (SES message {}): not sent again", e.key().role(),
                        e.key().period(), e.owner(), e.sentAt(), e.messageId());
            }
            case UNCONFIRMED -> notDelivered(exchange, e, Delivery.Status.UNCONFIRMED, e.error(), false);
            case NEWLY_UNCONFIRMED -> notDelivered(exchange, e, Delivery.Status.UNCONFIRMED, e.error(), true);
            case BUSY -> notDelivered(exchange, e, Delivery.Status.BUSY, e.owner() + " has held it since " + e.updatedAt()
                    + " (state " + e.state() + ")", true);
            case HOLD -> notDelivered(exchange, e, Delivery.Status.HELD, "held since " + e.heldSince()
                    + " while sources are incomplete (delivery.degraded = hold)", false);
            default -> throw new IllegalStateException("not a reason to skip a report: " + claim.decision());
        }
    }

    private void notDelivered(Exchange exchange, LedgerEntry e, Delivery.Status status, String reason, boolean alert) {
        Run run = exchange.getProperty("run", Run.class);
        ReportMessage message = exchange.getProperty("message", ReportMessage.class);
        Delivery d = new Delivery(e.key().role(), status, e.key().to(), e.key().bcc(), e.messageId(), layout.reportKeys(run, message),
                status == Delivery.Status.UNCONFIRMED && exchange.getProperty("ledgerEntry") != null ? attempts(exchange) : 0, reason);
        record(exchange, d);
        if (status == Delivery.Status.HELD) {
            LOG.warn("The {} report of {} is held: {}", d.role(), run.period(), reason);
        } else {
            LOG.error("The {} report of {} is {}: {}", d.role(), run.period(), status, reason);
        }
        if (alert) {
            alert(exchange, d, e.key().id());
        }
    }

    public RunOutcome outcome(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<Delivery> all = exchange.getProperty("deliveries", List.class);
        PortfolioSnapshot snapshot = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        Run run = exchange.getProperty("run", Run.class);
        boolean resend = exchange.getProperty("resend", false, Boolean.class);
        List<String> gaps = resend ? List.of() : snapshot == null ? List.of("all sources (no snapshot)")
                : snapshot.gaps().stream().map(Facts::name).toList();
        // a source read with unreadable items left out is no gap, but "all sources read" alone would hide it from ops
        List<String> partial = resend || snapshot == null ? List.of()
                : snapshot.sources().stream().filter(f -> f.status() == com.execreports.model.SourceStatus.PARTIAL).map(Facts::name).toList();
        return ended(exchange, new RunOutcome(run.period(), List.copyOf(all), gaps, resend ? 1 : run.reportCount()).withPartial(partial));
    }

    /**
     * Every run ends here, however it ends: one verdict line in the log (at the level its outcome deserves), a counter
     * per outcome, and an ops alert when sources were missing (a report that failed has had its own alert already).
     */
    private RunOutcome ended(Exchange exchange, RunOutcome outcome) {
        Run run = exchange.getProperty("run", Run.class);
        String runId = run == null ? "?" : run.runId();
        // timed from the run's trigger (the exchange's creation), whatever stopped it
        metrics.runEnded(switch (outcome.exitCode()) {
            case RunOutcome.SUCCESS -> DeliveryMetrics.RUNS_DELIVERED;
            case RunOutcome.DELIVERED_WITH_GAPS -> DeliveryMetrics.RUNS_DELIVERED_WITH_GAPS;
            case RunOutcome.HELD -> DeliveryMetrics.RUNS_HELD;
            default -> DeliveryMetrics.RUNS_FAILED;
        }, java.time.Duration.ofMillis(exchange.getClock().elapsed()));
        PortfolioSnapshot read = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        if (read != null && !exchange.getProperty("resend", false, Boolean.class)) {
            read.gaps().forEach(f -> metrics.sourceFailed(f.name()));
        }
        String line = "Run " + runId + " " + outcome.period() + ": " + outcome.verdict() + " [" + metrics.line() + "]";
        switch (outcome.exitCode()) {
            case RunOutcome.SUCCESS -> LOG.info(line);
            case RunOutcome.FAILED -> LOG.error(line);
            default -> LOG.warn(line);
        }
        PortfolioSnapshot snapshot = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        boolean held = outcome.exitCode() == RunOutcome.HELD;
        boolean sentNow = outcome.deliveries().stream().anyMatch(d -> d.status() == Delivery.Status.DELIVERED);
        // a held period is run again every re-check until it goes out: ops hear of each hold once, not every half hour,
        // and of a degraded send once, by a run that sent some of it, not by runs that found it sent already
        if (outcome.failure() == null && !outcome.gaps().isEmpty() && snapshot != null && (held || sentNow)
                && gapWarnings.add((held ? "held " : "sent ") + outcome.period() + " " + outcome.gaps())) {
            exchange.setProperty("opsAlert", OpsAlert.ofGaps(outcome, snapshot.gaps(), runId, ledger.owner()));
        }
        return outcome;
    }

    /** The archive's record of one report's delivery: written when archived, and again when delivery ends. */
    public DeliveryManifest manifest(Exchange exchange) {
        Run run = exchange.getProperty("run", Run.class);
        ReportMessage message = exchange.getProperty("message", ReportMessage.class);
        Report report = exchange.getProperty("report", Report.class);
        List<Report.SourceLine> completeness = report != null ? report.completeness()
                : exchange.getProperty("archivedCompleteness", List.class);
        @SuppressWarnings("unchecked")
        List<Delivery> all = exchange.getProperty("deliveries", List.class);
        Delivery d = null;
        synchronized (all) {
            for (Delivery x : all) {
                if (x.role().equals(message.role())) {
                    d = x;
                }
            }
        }
        DeliveryLedger.Claim claim = exchange.getProperty("claim", DeliveryLedger.Claim.class);
        String ledgerId = claim == null ? null : claim.entry().key().id();
        List<DeliveryManifest.ChartFile> charts = message.charts().stream()
                .map(c -> new DeliveryManifest.ChartFile(c.fileName(), c.cid(), c.title(), c.description())).toList();
        return new DeliveryManifest(run.period(), message.role(), message.subject(), d == null ? "ARCHIVED" : d.status().name(), ledgerId,
                d == null ? null : d.messageId(), ContentHash.of(message), d == null ? List.of() : d.to(), d == null ? List.of() : d.bcc(),
                d == null ? 0 : d.attempts(), d == null ? null : d.error(), charts, message.degraded(),
                completeness == null ? List.of() : completeness, Instant.now(), message.fullReportFile(), message.fullHtmlFile());
    }

    /**
     * The as-of instant of a run to run again (the recheck route): its reports are held, or it died mid-delivery; null
     * when there is none. Read from the ledger, so this survives restarts, mixed outcomes and runs of later periods.
     */
    public String pendingAsOf() {
        return ledger.pendingRunAsOf().orElse(null);
    }

    /** Chart file name → pre-signed link, filled by the link-charts route. */
    public java.util.Map<String, String> newLinks() {
        return new java.util.concurrent.ConcurrentHashMap<>();
    }

    public long linkExpiryMillis(int days) {
        return java.time.Duration.ofDays(requireLinkExpiryDays(days)).toMillis();
    }

    /**
     * SigV4 pre-signed links live at most seven days; S3 refuses longer ones only when a reader clicks. Links signed
     * with temporary credentials (an instance or task role) die with those credentials, often within hours.
     */
    public static int requireLinkExpiryDays(int days) {
        if (days < 1 || days > 7) {
            throw new IllegalArgumentException("delivery.link-expiry-days = " + days
                    + ": a pre-signed S3 link lives 1 to 7 days (SigV4)");
        }
        return days;
    }

    /** The counters as JSON, archived beside the run's snapshot. */
    public String metricsJson(Exchange exchange) throws com.fasterxml.jackson.core.JsonProcessingException {
        Run run = exchange.getProperty("run", Run.class);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runId", run.runId());
        json.put("instance", ledger.owner());
        json.put("counters", metrics.snapshot());
        return METRICS_JSON.writeValueAsString(json) + "\n";
    }

    /** SES calls made for the current report: the first and any retries. */
    private static int attempts(Exchange exchange) {
        // counted by retrying(): Camel's redelivery header is gone by the time the failure handler runs
        return 1 + exchange.getProperty("sesRetries", 0, Integer.class);
    }

    /**
     * The run itself failed (not one report): the run ends here with a failed outcome (exchange property
     * {@code runOutcome}) that names the cause, and ops hear of it.
     */
    public void runFailed(Exchange exchange) {
        Run run = exchange.getProperty("run", Run.class);
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = error == null ? "unknown error" : SesFailures.describe(error);
        @SuppressWarnings("unchecked")
        List<Delivery> all = exchange.getProperty("deliveries", List.class);
        RunOutcome outcome = RunOutcome.stopped(run == null ? "?" : run.period(), all == null ? List.of() : all, List.of(),
                exchange.getProperty("resend", false, Boolean.class) ? 1 : 5, reason);
        exchange.setProperty("runOutcome", ended(exchange, outcome));
        exchange.setProperty("opsAlert", OpsAlert.ofRun(run == null ? "?" : run.period(), run == null ? "?" : run.runId(),
                run == null ? "<as-of>" : run.asOf().toString(), reason, ledger.owner()));
    }

    /**
     * Before anything is read: the ledger must answer, or no report could be claimed and every one would fail after
     * all the sources were read. Names the table and where it was looked for.
     */
    public void requireLedger() {
        ledger.requireReachable();
    }

    private void alert(Exchange exchange, Delivery d, String ledgerId) {
        Run run = exchange.getProperty("run", Run.class);
        exchange.setProperty("opsAlert", OpsAlert.of(d, run == null ? "?" : run.period(), ledgerId, ledger.owner()));
    }

    private static String role(Exchange exchange) {
        ReportMessage message = exchange.getProperty("message", ReportMessage.class);
        if (message != null) {
            return message.role();
        }
        Report report = exchange.getProperty("report", Report.class);
        return report == null ? exchange.getProperty("role", "?", String.class) : report.role();
    }

    private void record(Exchange exchange, Delivery d) {
        @SuppressWarnings("unchecked")
        List<Delivery> all = exchange.getProperty("deliveries", List.class);
        all.add(d);
        metrics.countStatus(d.status());
    }
}
