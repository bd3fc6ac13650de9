package com.execreports.sources;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a month's AWS bill is final: AWS finishes it in the first days of the next month, so until then Cost Explorer's
 * figures for it may still move and the month is asked again; after that it is never asked again.
 */
final class MonthClosing {

    private MonthClosing() {
    }

    /** @param settleDays days of the next month after which the month is final (on day settleDays + 1 it is) */
    static boolean closed(YearMonth month, LocalDate today, int settleDays) {
        return !today.isBefore(month.plusMonths(1).atDay(1).plusDays(settleDays));
    }
}
