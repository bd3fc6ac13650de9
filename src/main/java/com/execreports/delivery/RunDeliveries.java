package com.execreports.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.execreports.analysis.Report;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records, per run, what each report's delivery came to, and turns it into the run's outcome. The record
 * travels with the run's exchange (property {@code deliveries}); bound as {@code deliveries}.
 */
public final class RunDeliveries {

    private static final Logger LOG = LoggerFactory.getLogger(RunDeliveries.class);

    private final ReportEmail email;
    private final String archivePrefix;

    public RunDeliveries(ReportEmail email, String archivePrefix) {
        this.email = email;
        this.archivePrefix = archivePrefix;
    }

    public List<Delivery> open() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    public String archiveKey(Run run, String file) {
        return archivePrefix + run.period() + "/" + file;
    }

    public String previousSnapshotKey(Run run) {
        return archivePrefix + run.previousPeriod() + "/snapshot.json";
    }

    public void sent(Exchange exchange) {
        Report report = exchange.getProperty("report", Report.class);
        Run run = exchange.getProperty("run", Run.class);
        String messageId = exchange.getMessage().getHeader("CamelAwsSesMessageId", String.class);
        Delivery d = new Delivery(report.role(), email.recipients().to(report.role()), email.recipients().audit(), messageId,
                List.of(archiveKey(run, report.role() + ".html"), archiveKey(run, report.role() + ".txt")), null);
        record(exchange, d);
        LOG.info("Delivered {} report for {} to {} (bcc {}): SES message {}", d.role(), run.period(), d.to(), d.bcc(), messageId);
    }

    public void failed(Exchange exchange) {
        Report report = exchange.getProperty("report", Report.class);
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String role = report == null ? exchange.getProperty("role", "?", String.class) : report.role();
        String reason = error == null ? "unknown error" : error.getClass().getSimpleName() + ": " + error.getMessage();
        Delivery d = new Delivery(role, List.of(), List.of(), null, List.of(), reason);
        record(exchange, d);
        LOG.error("The {} report was not delivered: {}", role, reason);
    }

    public RunOutcome outcome(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<Delivery> all = exchange.getProperty("deliveries", List.class);
        PortfolioSnapshot snapshot = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        Run run = exchange.getProperty("run", Run.class);
        List<String> gaps = snapshot == null ? List.of("all sources (no snapshot)") : snapshot.gaps().stream().map(Facts::name).toList();
        RunOutcome outcome = new RunOutcome(run.period(), List.copyOf(all), gaps);
        LOG.info("Run {} {}", run.runId(), outcome.verdict());
        return outcome;
    }

    @SuppressWarnings("unchecked")
    private static void record(Exchange exchange, Delivery d) {
        exchange.getProperty("deliveries", List.class).add(d);
    }
}
