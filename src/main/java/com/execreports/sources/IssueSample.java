package com.execreports.sources;

import java.util.List;

import com.execreports.model.DataIssue;

/**
 * Counts every unreadable item but keeps only a few as evidence, so memory stays bounded: the first few in reading
 * order, or — for sources read in parallel, where arrival order changes from run to run — the first few in key order.
 * What it keeps is masked ({@link IssueText}): an id or a reason that quotes a secret shows at most 4 characters of it.
 */
final class IssueSample {

    static final int KEPT = 5;

    private final java.util.Map<String, DataIssue> kept;
    private final boolean byKey;
    private long count;

    /** Keeps the first issues in reading order. */
    IssueSample() {
        this(false);
    }

    /** @param byKey keep the first issues in key order, so a parallel read gives the same evidence every run */
    IssueSample(boolean byKey) {
        this.byKey = byKey;
        this.kept = byKey ? new java.util.TreeMap<>() : new java.util.LinkedHashMap<>();
    }

    void add(String where, String reason) {
        add(new DataIssue(where, reason));
    }

    void add(DataIssue issue) {
        count++;
        if (!byKey && kept.size() >= KEPT) {
            return;
        }
        kept.putIfAbsent(issue.where() + "\u0000" + issue.reason(), issue);
        if (kept.size() > KEPT) {
            ((java.util.TreeMap<String, DataIssue>) kept).pollLastEntry();
        }
    }

    /** The sample, masked once here rather than per issue seen: only these few ever leave the source. */
    List<DataIssue> kept() {
        return kept.values().stream().map(i -> new DataIssue(IssueText.masked(i.where()), IssueText.masked(i.reason()),
                i.business(), i.month())).toList();
    }

    /** Counts {@code n} more unreadable items that one issue already named (a missing file's items). */
    void countMore(long n) {
        count += n;
    }

    long count() {
        return count;
    }
}
