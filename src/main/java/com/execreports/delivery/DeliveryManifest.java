package com.execreports.delivery;

import java.time.Instant;
import java.util.List;

import com.execreports.analysis.Report;
import com.execreports.model.Run;

/**
 * {@code <period>/<role>.delivery.json} in the archive: what an auditor needs to match an email to the archived
 * report, and what an operator's re-send reads back. Written when the report is archived (state ARCHIVED) and
 * again when its delivery ends.
 *
 * @param period       the period
 * @param role         the report
 * @param subject      the email subject
 * @param state        ARCHIVED, or the delivery's status (DELIVERED, FAILED, ...)
 * @param ledgerId     the delivery ledger item
 * @param messageId    the SES message id
 * @param contentHash  {@link ContentHash} of the archived files
 * @param to           To recipients
 * @param bcc          audit copies
 * @param attempts     SES calls this run made
 * @param error        why it was not delivered
 * @param charts       the chart images, in the order the hash covers them
 * @param degraded     true when at least one source failed
 * @param completeness every source with its status, as the report header shows it
 * @param at           when this record was written
 * @param fullReport   the file of the full report beside a brief ({@code <role>-full.txt}), attached to its email;
 *                     null when the report was not cut
 * @param fullReportHtml the full report's HTML beside a brief ({@code <role>-full.html}), attached to its email too; null
 *                     when the report was not cut (or was archived before full reports had an HTML copy)
 */
public record DeliveryManifest(String period, String role, String subject, String state, String ledgerId, String messageId,
                               String contentHash, List<String> to, List<String> bcc, int attempts, String error,
                               List<ChartFile> charts, boolean degraded, List<Report.SourceLine> completeness, Instant at,
                               String fullReport, String fullReportHtml) {

    /**
     * The record of a report as it stands: ARCHIVED until its delivery ended, then that delivery's status, message id,
     * recipients, SES calls and error.
     *
     * @param d            how its delivery ended in this run; null while it has not
     * @param ledgerId     the ledger item; null when the ledger was not asked
     * @param completeness the sources as the report header shows them; null reads as none
     */
    public static DeliveryManifest of(Run run, ReportMessage message, Delivery d, String ledgerId,
                                      List<Report.SourceLine> completeness, Instant at) {
        List<ChartFile> charts = message.charts().stream().map(c -> new ChartFile(c.fileName(), c.cid(), c.title(), c.description())).toList();
        return new DeliveryManifest(run.period(), message.role(), message.subject(), d == null ? "ARCHIVED" : d.status().name(), ledgerId,
                d == null ? null : d.messageId(), ContentHash.of(message), d == null ? List.of() : d.to(), d == null ? List.of() : d.bcc(),
                d == null ? 0 : d.attempts(), d == null ? null : d.error(), charts, message.degraded(),
                completeness == null ? List.of() : completeness, at, message.fullReportFile(), message.fullHtmlFile());
    }

    /** One chart as archived: the file beside the report and the Content-ID the HTML refers to. */
    public record ChartFile(String fileName, String cid, String title, String description) {
    }
}
