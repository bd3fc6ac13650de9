package com.execreports.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.execreports.model.PortfolioSnapshot;

/** The calendar months a report speaks of, counted from the run's date (yyyy-MM, as the sources key them). */
final class ReportMonths {

    private ReportMonths() {
    }

    /** The month the run falls in: its figures are month to date. */
    static String current(PortfolioSnapshot snapshot) {
        return YearMonth.from(snapshot.run().asOf()).toString();
    }

    /** The {@code n} full months before the run's month, oldest first. */
    static List<String> full(PortfolioSnapshot snapshot, int n) {
        YearMonth current = YearMonth.from(snapshot.run().asOf());
        List<String> months = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            months.add(current.minusMonths(i).toString());
        }
        return months;
    }

    /** The month before a month (yyyy-MM). */
    static String previous(String month) {
        return YearMonth.parse(month).minusMonths(1).toString();
    }

    /** Every month from the first to the last, both included, oldest first. */
    static List<String> between(String first, String last) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** "2026-08 to 2026-10", or the one month. */
    static String span(List<String> months) {
        if (months.isEmpty()) {
            return "no month";
        }
        String first = months.get(0);
        String last = months.get(months.size() - 1);
        return first.equals(last) ? first : first + " to " + last;
    }
}
