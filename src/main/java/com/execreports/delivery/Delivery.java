package com.execreports.delivery;

import java.util.List;

/**
 * What became of one report of a run.
 *
 * @param role        the report
 * @param status      how it ended for this run
 * @param to          its To recipients
 * @param bcc         the audit copies
 * @param messageId   the SES message id, when sent (by this run or, for ALREADY_DELIVERED, an earlier one)
 * @param archiveKeys the S3 keys it was archived under
 * @param attempts    SES calls this run made for it
 * @param error       why it was not delivered; null when it was
 */
public record Delivery(String role, Status status, List<String> to, List<String> bcc, String messageId, List<String> archiveKeys,
                       int attempts, String error) {

    public enum Status {
        /** Sent by this run. */
        DELIVERED,
        /** The ledger shows it was sent before (another instance, an earlier run): not sent again. */
        ALREADY_DELIVERED,
        /** Not sent: refused, or retries spent. Ops were alerted. */
        FAILED,
        /** The sender died inside the SES call: it may have arrived. Ops were alerted; never resent silently. */
        UNCONFIRMED,
        /** Held back while sources are incomplete (hold policy). */
        HELD,
        /** Another live instance still holds it. */
        BUSY
    }

    public Delivery {
        to = to == null ? List.of() : List.copyOf(to);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
        archiveKeys = archiveKeys == null ? List.of() : List.copyOf(archiveKeys);
    }

    public static Delivery failed(String role, String error) {
        return new Delivery(role, Status.FAILED, List.of(), List.of(), null, List.of(), 0, error);
    }

    public boolean delivered() {
        return (status == Status.DELIVERED && messageId != null) || status == Status.ALREADY_DELIVERED;
    }
}
