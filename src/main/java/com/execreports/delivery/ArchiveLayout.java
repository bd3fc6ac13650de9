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

    /** The previous period's snapshot: what this run's trends compare with. */
    public String previousSnapshotKey(Run run) {
        return prefix + run.previousPeriod() + "/snapshot.json";
    }

    /** The previous period's actions, archived beside its snapshot: where this run's statuses are carried from. */
    public String previousActionsKey(Run run) {
        return prefix + run.previousPeriod() + "/actions.json";
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
