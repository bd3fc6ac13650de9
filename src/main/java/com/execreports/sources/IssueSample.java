package com.execreports.sources;

import java.util.ArrayList;
import java.util.List;

import com.execreports.model.DataIssue;

/** Counts every unreadable item but keeps only the first few as evidence, so memory stays bounded. */
final class IssueSample {

    static final int KEPT = 5;

    private final List<DataIssue> kept = new ArrayList<>();
    private long count;

    void add(String where, String reason) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new DataIssue(where, reason));
        }
    }

    List<DataIssue> kept() {
        return List.copyOf(kept);
    }

    long count() {
        return count;
    }
}
