package com.execreports.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.sources.SourceCatalog.ExpectedSource;

/**
 * Folds the answers of one run into its snapshot: every expected source appears exactly once, and one that
 * did not answer in time appears as timed out rather than disappearing.
 */
public final class SnapshotAssembler {

    private final long timeoutMillis;

    public SnapshotAssembler(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    public PortfolioSnapshot assemble(Run run, List<ExpectedSource> expected, List<Facts> answers) {
        Map<String, Facts> byName = new HashMap<>();
        for (Facts f : answers == null ? List.<Facts>of() : answers) {
            if (run.runId().equals(f.runId())) {
                byName.putIfAbsent(f.domain() + "/" + f.source(), f);
            }
        }
        List<Facts> all = new ArrayList<>();
        for (ExpectedSource e : expected) {
            Facts f = byName.remove(e.domain() + "/" + e.source());
            all.add(f != null ? f : Facts.timedOut(run.runId(), e.domain(), e.source(), timeoutMillis));
        }
        all.addAll(byName.values());
        all.sort(Comparator.comparing(Facts::domain).thenComparing(Facts::source));
        return new PortfolioSnapshot(run, List.copyOf(all));
    }

    /**
     * The run's log line on what it read ("12 sources, 1 failed or timed out"), computed here: a simple-language path
     * into the snapshot ({@code snapshot.sources.size}) makes Camel hash the whole snapshot, O(items).
     */
    public String summary(PortfolioSnapshot snapshot) {
        return snapshot.sources().size() + " sources, " + snapshot.gaps().size() + " failed or timed out";
    }
}
