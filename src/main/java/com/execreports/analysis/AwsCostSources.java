package com.execreports.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.execreports.analysis.Report.Kpi;
import com.execreports.model.CostFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * What the reports say of the AWS bill's second source: Cost Explorer's month-end forecast, and whether it agrees with
 * the CUR export. Cost Explorer is named once, in the AWS spend chart's description, which briefs keep.
 */
public final class AwsCostSources {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.US);

    private AwsCostSources() {
    }

    /**
     * The AWS spend chart's last sentence, naming Cost Explorer once: its forecast and whether it agrees with the CUR
     * export ("Cost Explorer forecasts $225 for 2026-11 and agrees with the CUR export within a cent per service in
     * 2026-09 to 2026-10."); "" when only a cost export was read.
     */
    public static String chartNote(PortfolioSnapshot s) {
        Optional<CostFacts> ce = s.costExplorer().map(PortfolioSnapshot.Fact::data);
        if (ce.isEmpty()) {
            return "";
        }
        String forecast = ce.get().monthEndForecastCents().isPresent()
                ? "forecasts " + Figures.money(ce.get().monthEndForecastCents().getAsLong()) + " for " + ce.get().explorer().forecastMonth()
                : "";
        Optional<CostReconciliation> r = CostReconciliation.of(s);
        if (r.isEmpty()) {
            return " The figures are Cost Explorer's" + (forecast.isEmpty() ? "" : "; it " + forecast) + ".";
        }
        CostReconciliation rec = r.get();
        String agreement = rec.months().isEmpty() ? "has no closed month to set against the CUR export yet"
                : rec.differences().isEmpty() ? "agrees with the CUR export within a cent per service in " + rec.span()
                : "differs from the CUR export in " + Figures.plural(rec.differences().size(), "service-month") + " of " + rec.cells()
                        + " in " + rec.span() + " (see findings)";
        return " Cost Explorer " + (forecast.isEmpty() ? "" : forecast + " and ") + agreement + ".";
    }

    /** "$225": the month's spend so far and the forecast of its rest; none without Cost Explorer's forecast. */
    static Optional<Kpi> forecastKpi(PortfolioSnapshot s) {
        Optional<CostFacts> ce = s.costExplorer().map(PortfolioSnapshot.Fact::data);
        if (ce.isEmpty() || ce.get().monthEndForecastCents().isEmpty()) {
            return Optional.empty();
        }
        CostFacts.Explorer e = ce.get().explorer();
        LocalDate from = LocalDate.parse(e.forecastFrom());
        LocalDate last = YearMonth.parse(e.forecastMonth()).atEndOfMonth();
        String days = from.equals(last) ? DAY_MONTH.format(last) : from.getDayOfMonth() + "–" + DAY_MONTH.format(last);
        return Optional.of(new Kpi("AWS month-end forecast", Figures.money(ce.get().monthEndForecastCents().getAsLong()), "",
                e.forecastMonth() + ": " + Figures.money(ce.get().monthCents(e.forecastMonth())) + " so far + "
                        + Figures.money(e.forecastRestCents()) + " expected " + days));
    }
}
