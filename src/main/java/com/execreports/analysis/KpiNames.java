package com.execreports.analysis;

import java.util.List;

/**
 * Every KPI the five reports can show, by the name they show it under: what a {@code kpi.target.<key>} property may
 * name. Kept beside the reports (KpiNamesTest fails when a report adds or renames a KPI without this list), so a
 * misspelt target is refused at start-up instead of silently never matching.
 */
public final class KpiNames {

    static final List<String> NAMES = List.of(
            // CEO
            "Bookings taken, last 30 days", "Open pipeline", "Monthly recurring revenue", "Not invoiced",
            "Data sources read", "Cash", "Profit, last 3 full months",
            // CTO
            "Sites audited", "Pages with analytics", "Sites with availability calendar", "Stale marketing pages",
            "Data sources failing", "AWS spend, last full month",
            // CFO
            "Revenue booked, last 30 days", "Revenue booked, all history", "Cancelled or refunded", "Earned, not collected",
            "Monthly burn", "Cash runway", "Days to collect", "AWS month-end forecast",
            // CMO
            "Open leads and quotes", "Businesses with an empty funnel", "Sites without analytics", "Email subscribers",
            "Without an OTA listing",
            // Accounting
            "Earned revenue", "Backlog", "Collected (cash basis)",
            "Expenses on no tax line");

    private KpiNames() {
    }

    /** The property keys ({@code kpi.target.} + key) a target may use, one per KPI. */
    public static List<String> keys() {
        return NAMES.stream().map(KpiTargets::key).distinct().toList();
    }

    /** Whether a target value reads as the reports will read it ({@code >= 30000}, {@code <= 0}). */
    public static boolean isTarget(String value) {
        return KpiTargets.isTarget(value);
    }
}
