package com.execreports.delivery;

import java.util.List;

import com.execreports.analysis.Report;
import com.execreports.model.Run;

import org.apache.camel.Exchange;

/**
 * Where one report's delivery stands, read once from its exchange: the run, the message, what the ledger said and
 * wrote, the SES calls so far, and the run's record of deliveries it adds to. The delivery steps write their results
 * back under the names below, which the routes read ({@code ${exchangeProperty.claim.send}}).
 *
 * @param run          the run; null when the run failed before it had one
 * @param message      the report as it is delivered; null when it failed before it was composed
 * @param report       the rendered report, for its role and completeness; null on a re-send
 * @param roleProperty the role the run split on (exchange property {@code role}), when neither of the above is there
 * @param resend       an operator's re-send of an archived report
 * @param claim        what the ledger decided; null before the claim
 * @param ledgerEntry  the SENDING entry; null before the last write ahead of the SES call
 * @param sesRetries   SES calls made again after a retryable failure
 * @param sesMessageId set once SES accepted the report: from then on it is delivered, whatever fails next
 * @param deliveries   the run's record, one {@link Delivery} per report that reached an end (shared by the run)
 */
public record DeliveryContext(Run run, ReportMessage message, Report report, String roleProperty, boolean resend,
                              DeliveryLedger.Claim claim, LedgerEntry ledgerEntry, int sesRetries, String sesMessageId,
                              List<Delivery> deliveries) {

    static final String CLAIM = "claim";
    static final String LEDGER_ENTRY = "ledgerEntry";
    static final String SES_RETRIES = "sesRetries";
    static final String SES_MESSAGE_ID = "sesMessageId";
    static final String DELIVERIES = "deliveries";

    @SuppressWarnings("unchecked")
    public static DeliveryContext of(Exchange exchange) {
        return new DeliveryContext(exchange.getProperty("run", Run.class), exchange.getProperty("message", ReportMessage.class),
                exchange.getProperty("report", Report.class), exchange.getProperty("role", String.class),
                exchange.getProperty("resend", false, Boolean.class), exchange.getProperty(CLAIM, DeliveryLedger.Claim.class),
                exchange.getProperty(LEDGER_ENTRY, LedgerEntry.class), exchange.getProperty(SES_RETRIES, 0, Integer.class),
                exchange.getProperty(SES_MESSAGE_ID, String.class), exchange.getProperty(DELIVERIES, List.class));
    }

    /** The report this is about, from whatever the delivery got as far as. */
    public String role() {
        if (message != null) {
            return message.role();
        }
        if (report != null) {
            return report.role();
        }
        return roleProperty == null ? "?" : roleProperty;
    }

    /** SES calls made for this report: the first and any retries. */
    public int attempts() {
        // counted by the retry step: Camel's redelivery header is gone by the time the failure handler runs
        return 1 + sesRetries;
    }

    /** SES calls, when the report got as far as the SES call; none before. */
    int attemptsIfSending() {
        return ledgerEntry == null ? 0 : attempts();
    }

    /** The archive keys of the report, as the delivery records and alerts list them; none before the message was composed. */
    List<String> archiveKeys(ArchiveLayout layout) {
        return message == null || run == null ? List.of() : layout.reportKeys(run, message);
    }

    /** The latest record of this report in the run's record; null when its delivery has not ended yet. */
    Delivery recorded() {
        Delivery latest = null;
        synchronized (deliveries) {
            for (Delivery d : deliveries) {
                if (d.role().equals(message.role())) {
                    latest = d;
                }
            }
        }
        return latest;
    }
}
