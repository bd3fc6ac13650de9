package com.execreports.analysis;

import java.time.LocalDate;

/**
 * How long an action may take before it is overdue, by how urgent it is (the word its impact starts with). Set in
 * application.properties ({@code reports.due-days.*}); the due date is the as-of date plus these days.
 */
public record DueDates(int criticalDays, int highDays, int mediumDays, int lowDays) {

    /** The shipped defaults: a week for a critical action, two for a high one, a month for a medium one, two for a low one. */
    public static final DueDates DEFAULT = new DueDates(7, 14, 30, 60);

    /** @param urgency critical | high | medium | low */
    LocalDate due(LocalDate asOf, String urgency) {
        int days = switch (urgency) {
            case "critical" -> criticalDays;
            case "high" -> highDays;
            case "medium" -> mediumDays;
            default -> lowDays;
        };
        return asOf.plusDays(days);
    }
}
