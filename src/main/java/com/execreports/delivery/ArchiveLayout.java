package com.execreports.delivery;

import java.util.ArrayList;
import java.util.List;

import com.execreports.charts.ChartImage;
import com.execreports.model.Run;

/**
 * Where a period's objects live in the archive: {@code <prefix><period>/<file>} (archive.prefix, e.g. reports/exec/),
 * the snapshot, actions, metrics, each report's text, HTML, full report and charts, and its delivery record. The
 * previous period's snapshot and actions are read from the same layout, so trends and carried-over actions find them.
 *
 * @param prefix archive.prefix, ending in '/'
 */
public record ArchiveLayout(String prefix) {

    /** The key of a file of the run's period. */
    public String key(Run run, String file) {
        return prefix + run.period() + "/" + file;
    }

    /** The report's delivery record ({@link DeliveryManifest}) beside it: what a re-send reads back. */
    public String deliveryRecordKey(Run run, String role) {
        return key(run, role + ".delivery.json");
    }

    /** The previous period's snapshot: what this run's trends compare with. */
    public String previousSnapshotKey(Run run) {
        return prefix + run.previousPeriod() + "/snapshot.json";
    }

    /** The previous period's actions, archived beside its snapshot: where this run's statuses are carried from. */
    public String previousActionsKey(Run run) {
        return prefix + run.previousPeriod() + "/actions.json";
    }

    /**
     * The objects a report's message is archived as, in the order of {@link #reportKeys}: its HTML and text, a brief's
     * full report (text, then HTML) as attached to its email, and its charts.
     */
    public List<ArchiveFile> reportFiles(Run run, ReportMessage message) {
        List<ArchiveFile> files = new ArrayList<>(List.of(
                new ArchiveFile(key(run, message.role() + ".html"), "text/html; charset=utf-8", message.html()),
                new ArchiveFile(key(run, message.role() + ".txt"), "text/plain; charset=utf-8", message.text())));
        if (message.fullReportFile() != null) {
            files.add(new ArchiveFile(key(run, message.fullReportFile()), "text/plain; charset=utf-8", message.fullText()));
        }
        if (message.fullHtmlFile() != null) {
            files.add(new ArchiveFile(key(run, message.fullHtmlFile()), "text/html; charset=utf-8", message.fullHtml()));
        }
        for (ChartImage c : message.charts()) {
            files.add(new ArchiveFile(key(run, c.fileName()), "image/png", c.png()));
        }
        return files;
    }

    /** Every key a report's message is archived under: text, HTML, the full report when cut, and its charts. */
    public List<String> reportKeys(Run run, ReportMessage message) {
        if (message == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(List.of(key(run, message.role() + ".html"), key(run, message.role() + ".txt")));
        if (message.fullReportFile() != null) {
            keys.add(key(run, message.fullReportFile()));
        }
        if (message.fullHtmlFile() != null) {
            keys.add(key(run, message.fullHtmlFile()));
        }
        for (ChartImage c : message.charts()) {
            keys.add(key(run, c.fileName()));
        }
        return keys;
    }
}
