package com.execreports.delivery;

import java.util.List;

import com.execreports.analysis.Report;
import com.execreports.charts.ChartImage;

/**
 * One report as it is delivered: what the email carries and the archive holds. Built from a fresh report, or
 * read back from the archive for an operator's re-send, so both paths send the same thing.
 *
 * @param role     the report
 * @param period   the period it covers
 * @param subject  the email subject
 * @param text     the text part
 * @param html     the HTML part (charts referenced as {@code cid:})
 * @param charts   the chart images, in report order
 * @param degraded true when at least one source failed
 */
public record ReportMessage(String role, String period, String subject, String text, String html, List<ChartImage> charts,
                            boolean degraded) {

    public ReportMessage {
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    public static ReportMessage of(Report report, String text, String html, List<ChartImage> charts) {
        return new ReportMessage(report.role(), report.period(), report.subject(), text, html, charts, report.degraded());
    }

    /** The same message with its HTML changed (charts linked instead of embedded). */
    public ReportMessage withHtml(String newHtml, List<ChartImage> keptCharts) {
        return new ReportMessage(role, period, subject, text, newHtml, keptCharts, degraded);
    }
}
