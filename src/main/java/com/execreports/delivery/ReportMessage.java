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
 * @param fullText for a brief (a report cut to the reading budget), the text part of the whole report, attached as
 *                 {@code <role>-full.txt} and archived under that name; null when the report was not cut
 * @param fullHtml for a brief, the whole report as HTML (its charts described, not embedded: the brief above shows
 *                 them), attached as {@code <role>-full.html} and archived under that name; null when there is none
 */
public record ReportMessage(String role, String period, String subject, String text, String html, List<ChartImage> charts,
                            boolean degraded, String fullText, String fullHtml) {

    public ReportMessage {
        charts = charts == null ? List.of() : List.copyOf(charts);
        fullText = fullText == null || fullText.isBlank() ? null : fullText;
        fullHtml = fullText == null || fullHtml == null || fullHtml.isBlank() ? null : fullHtml;
    }

    public ReportMessage(String role, String period, String subject, String text, String html, List<ChartImage> charts,
                         boolean degraded, String fullText) {
        this(role, period, subject, text, html, charts, degraded, fullText, null);
    }

    public ReportMessage(String role, String period, String subject, String text, String html, List<ChartImage> charts,
                         boolean degraded) {
        this(role, period, subject, text, html, charts, degraded, null, null);
    }

    public static ReportMessage of(Report report, String text, String html, List<ChartImage> charts, String fullText, String fullHtml) {
        return new ReportMessage(report.role(), report.period(), report.subject(), text, html, charts, report.degraded(), fullText, fullHtml);
    }

    /** The same message with its HTML changed (charts linked instead of embedded). */
    public ReportMessage withHtml(String newHtml, List<ChartImage> keptCharts) {
        return new ReportMessage(role, period, subject, text, newHtml, keptCharts, degraded, fullText, fullHtml);
    }

    /** The attachment's and the archive's file name of the full report, or null when there is none. */
    public String fullReportFile() {
        return fullText == null ? null : fullReportFile(role);
    }

    public static String fullReportFile(String role) {
        return role + "-full.txt";
    }

    /** The attachment's and the archive's file name of the full report's HTML, or null when there is none. */
    public String fullHtmlFile() {
        return fullHtml == null ? null : fullHtmlFile(role);
    }

    public static String fullHtmlFile(String role) {
        return role + "-full.html";
    }
}
