package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Section;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;

/** The items, rows and objects sources could not read: how many, and a few of them with where and why. */
final class DataQuality {

    private DataQuality() {
    }

    /** null when every source read everything it saw. */
    static Section section(PortfolioSnapshot snapshot) {
        List<List<String>> rows = new ArrayList<>();
        for (Facts f : snapshot.sources()) {
            if (f.unreadable() == 0) {
                continue;
            }
            for (DataIssue issue : f.issues()) {
                rows.add(List.of(f.name(), Figures.count(f.unreadable()), issue.where(), issue.reason()));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Section("Data quality", "Records the sources could not read are left out of every figure; up to five are "
                + "shown per source so they can be fixed where they were entered.", List.of("Source", "Unreadable", "Where", "Why"), rows);
    }
}
