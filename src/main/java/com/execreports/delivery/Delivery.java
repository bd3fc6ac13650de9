package com.execreports.delivery;

import java.util.List;

/**
 * What became of one report of a run.
 *
 * @param role       the report
 * @param to         its To recipients
 * @param bcc        the audit copies
 * @param messageId  the SES message id, when sent
 * @param archiveKeys the S3 keys it was archived under
 * @param error      why it was not delivered; null when it was
 */
public record Delivery(String role, List<String> to, List<String> bcc, String messageId, List<String> archiveKeys,
                       String error) {

    public boolean delivered() {
        return error == null && messageId != null;
    }
}
