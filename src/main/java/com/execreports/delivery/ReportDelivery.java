package com.execreports.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.execreports.config.RunClock;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of one report's delivery, one per turn — check recipients and claim, mark sending, retrying, sent,
 * failed, unconfirmed or not sent — each written to the ledger, the run's record of deliveries and the metrics; a
 * report that cannot be delivered gets an ops alert (exchange property {@code opsAlert}). Bound as
 * {@code reportDelivery}; routes/delivery.yaml calls it.
 *
 * @param holdDegraded delivery.degraded = hold: a report of a run with sources missing waits for them
 */
public record ReportDelivery(ReportEmail email, ArchiveLayout layout, DeliveryLedger ledger, DeliveryMetrics metrics, boolean holdDegraded) {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDelivery.class);

    /** The run's record of deliveries (exchange property {@code deliveries}): each report's exchange adds to it. */
    public List<Delivery> open() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    /**
     * Checks subject and recipients (allowlist, control characters) and asks the ledger for the report. A refusal
     * throws, so nothing is claimed or sent for this report; the others go on.
     */
    public void claim(Exchange exchange) {
        DeliveryContext delivery = DeliveryContext.of(exchange);
        ReportMessage message = delivery.message();
        email.requireSafeSubject(message);
        DeliveryKey key = new DeliveryKey(delivery.run().period(), message.role(), email.recipients().to(message.role()),
                email.recipients().audit());
        DeliveryLedger.Claim claim = delivery.resend() ? ledger.forceClaim(key, "operator re-send (--resend " + message.role()
                + " --period " + delivery.run().period() + ")")
                : ledger.claim(key, holdDegraded && message.degraded(), RunClock.ledgerAsOf(delivery.run()));
        exchange.setProperty(DeliveryContext.CLAIM, claim);
        LOG.info("{} report of {}: ledger {} → {}", message.role(), delivery.run().period(), key.id(), claim.decision());
    }

    /** The last ledger write before the SES call. */
    public void sending(Exchange exchange) {
        DeliveryContext delivery = DeliveryContext.of(exchange);
        exchange.setProperty(DeliveryContext.LEDGER_ENTRY, ledger.sending(delivery.claim().entry()));
        metrics.count(DeliveryMetrics.SES_CALLS);
    }

    /** Called by the retry policy before each new SES call for the same report. */
    public void retrying(Exchange exchange) {
        DeliveryContext delivery = DeliveryContext.of(exchange);
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.count(DeliveryMetrics.SES_RETRIES);
        exchange.setProperty(DeliveryContext.SES_RETRIES, delivery.sesRetries() + 1);
        LOG.warn("{} report: SES call failed ({}), retry {}", delivery.roleProperty(), SesFailures.describe(SesFailures.errorOf(exchange)),
                exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER));
    }

    public void sent(Exchange exchange) {
        DeliveryContext delivery = DeliveryContext.of(exchange);
        ReportMessage message = delivery.message();
        LedgerEntry entry = delivery.ledgerEntry();
        String messageId = exchange.getMessage().getHeader("CamelAwsSesMessageId", String.class);
        // from here on the report is delivered, whatever fails next (see failed)
        exchange.setProperty(DeliveryContext.SES_MESSAGE_ID, messageId);
        int attempts = delivery.attempts();
        try {
            recordSent(entry, messageId, ContentHash.of(message), attempts);
        } catch (RuntimeException e) {
            // SES has it: it must not be sent again, and the SENDING entry will surface as unconfirmed to ops
            LOG.error("The {} report was sent (SES message {}) but the ledger could not record it: {}", message.role(), messageId, e.getMessage());
        }
        Delivery d = new Delivery(message.role(), Delivery.Status.DELIVERED, entry.key().to(), entry.key().bcc(), messageId,
                delivery.archiveKeys(layout), attempts, null);
        record(delivery, d);
        LOG.info("Delivered {} report for {} to {} (bcc {}): SES message {} after {} SES call(s)", d.role(), delivery.run().period(), d.to(),
                d.bcc(), messageId, attempts);
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
        DeliveryContext delivery = DeliveryContext.of(exchange);
        Throwable error = SesFailures.errorOf(exchange);
        String role = delivery.role();
        String reason = SesFailures.describe(error);
        if (delivery.sesMessageId() != null) {
            metrics.count(DeliveryMetrics.AFTER_SEND_ERRORS);
            LOG.error("The {} report was delivered (SES message {}), but a step after sending failed: {}", role, delivery.sesMessageId(), reason);
            return;
        }
        int attempts = delivery.attemptsIfSending();
        LedgerEntry entry = delivery.ledgerEntry();
        DeliveryLedger.Claim claim = delivery.claim();
        if (entry == null && claim != null && claim.send()) {
            entry = claim.entry();
        }
        if (error instanceof DeliveryLedger.LedgerConflict && entry != null) {
            notDelivered(exchange, delivery, entry, Delivery.Status.BUSY, "taken over by another instance: " + error.getMessage(), true);
            return;
        }
        if (entry != null) {
            try {
                ledger.failed(entry, reason, attempts);
            } catch (RuntimeException e) {
                LOG.error("The {} report failed and the ledger could not record it: {}", role, e.getMessage());
            }
        }
        Delivery d = new Delivery(role, Delivery.Status.FAILED, entry == null ? List.of() : entry.key().to(),
                entry == null ? List.of() : entry.key().bcc(), null, delivery.archiveKeys(layout), attempts, reason);
        record(delivery, d);
        LOG.error("The {} report was not delivered: {}", role, reason);
        alert(exchange, delivery, d, entry == null ? "(no ledger entry: refused before it was claimed)" : entry.key().id());
    }

    /** The SES call may have gone out (timeout, broken connection): never retried, ops decide. */
    public void unconfirmed(Exchange exchange) {
        DeliveryContext delivery = DeliveryContext.of(exchange);
        String reason = "SES call ended without an answer: " + SesFailures.describe(SesFailures.errorOf(exchange));
        LedgerEntry entry = delivery.ledgerEntry();
        try {
            entry = ledger.unconfirmed(entry, reason, delivery.attempts());
        } catch (RuntimeException e) {
            LOG.error("The {} report's fate is unknown and the ledger could not record it: {}", entry.key().role(), e.getMessage());
        }
        notDelivered(exchange, delivery, entry, Delivery.Status.UNCONFIRMED, reason, true);
    }

    /** The ledger said not to send: already sent, fate unknown, held, or still with another instance. */
    public void notSent(Exchange exchange) {
        DeliveryContext delivery = DeliveryContext.of(exchange);
        DeliveryLedger.Claim claim = delivery.claim();
        LedgerEntry e = claim.entry();
        switch (claim.decision()) {
            case ALREADY_SENT -> {
                record(delivery, new Delivery(e.key().role(), Delivery.Status.ALREADY_DELIVERED, e.key().to(), e.key().bcc(), e.messageId(),
                        delivery.archiveKeys(layout), 0, null));
                LOG.info("The {} report of {} was already delivered by {} at {} (SES message {}): not sent again", e.key().role(),
                        e.key().period(), e.owner(), e.sentAt(), e.messageId());
            }
            case UNCONFIRMED -> notDelivered(exchange, delivery, e, Delivery.Status.UNCONFIRMED, e.error(), false);
            case NEWLY_UNCONFIRMED -> notDelivered(exchange, delivery, e, Delivery.Status.UNCONFIRMED, e.error(), true);
            case BUSY -> notDelivered(exchange, delivery, e, Delivery.Status.BUSY, e.owner() + " has held it since " + e.updatedAt()
                    + " (state " + e.state() + ")", true);
            case HOLD -> notDelivered(exchange, delivery, e, Delivery.Status.HELD, "held since " + e.heldSince()
                    + " while sources are incomplete (delivery.degraded = hold)", false);
            default -> throw new IllegalStateException("not a reason to skip a report: " + claim.decision());
        }
    }

    private void notDelivered(Exchange exchange, DeliveryContext delivery, LedgerEntry e, Delivery.Status status, String reason,
                              boolean alert) {
        Delivery d = new Delivery(e.key().role(), status, e.key().to(), e.key().bcc(), e.messageId(), delivery.archiveKeys(layout),
                status == Delivery.Status.UNCONFIRMED ? delivery.attemptsIfSending() : 0, reason);
        record(delivery, d);
        if (status == Delivery.Status.HELD) {
            LOG.warn("The {} report of {} is held: {}", d.role(), delivery.run().period(), reason);
        } else {
            LOG.error("The {} report of {} is {}: {}", d.role(), delivery.run().period(), status, reason);
        }
        if (alert) {
            alert(exchange, delivery, d, e.key().id());
        }
    }

    private void alert(Exchange exchange, DeliveryContext delivery, Delivery d, String ledgerId) {
        exchange.setProperty("opsAlert", OpsAlert.of(d, delivery.run() == null ? "?" : delivery.run().period(), ledgerId, ledger.owner()));
    }

    private void record(DeliveryContext delivery, Delivery d) {
        delivery.deliveries().add(d);
        metrics.countStatus(d.status());
    }
}
