package com.execreports.analysis;

import java.util.List;

import com.execreports.analysis.FinanceMeasures.BusinessMargin;
import com.execreports.analysis.FinanceMeasures.Burn;
import com.execreports.analysis.Report.Kpi;
import com.execreports.model.PortfolioSnapshot;

/**
 * The CEO's money figures, so the CEO and the CFO discuss the same numbers: cash with its runway, and profit over the
 * last full months on the costs the books record, with how far those costs can be trusted.
 */
final class CeoMoney {

    /** Named by its months' count, not their dates, so a KPI target can name it ({@link KpiNames}). */
    static final String PROFIT = "Profit, last " + FinanceMeasures.BURN_MONTHS + " full months";

    private CeoMoney() {
    }

    static List<Kpi> kpis(PortfolioSnapshot s, Trend trend) {
        Burn burn = FinanceMeasures.burn(s);
        Kpi cash = burn.cashAsOf() == null ? new Kpi("Cash", "unknown", "", "no cash balance read")
                : new Kpi("Cash", Figures.money(burn.cashCents()), trend.firstRun() ? "runway " + burn.runwayText()
                : trend.change(FinanceMeasures::cashCents) + "; runway " + burn.runwayText(), "as of " + burn.cashAsOf());
        List<BusinessMargin> margins = FinanceMeasures.margins(s).stream().filter(BusinessMargin::known).toList();
        List<String> months = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS);
        if (margins.isEmpty()) {
            return List.of(cash, new Kpi(PROFIT, "unknown", "", "no revenue and expenses to compare"));
        }
        long revenue = margins.stream().mapToLong(BusinessMargin::revenueCents).sum();
        long profit = margins.stream().mapToLong(BusinessMargin::marginCents).sum();
        CashReconciliation r = CashReconciliation.portfolio(s);
        String change = Figures.percent(profit, revenue) + " of revenue";
        if (r != null && r.expensesIncomplete()) {
            // the books miss most costs: the cash tells the truer story, so it goes where the first screen reads it
            change = "overstated" + (burn.measured() ? ": cash " + (burn.cashPositive() ? "grew " : "fell ")
                    + Figures.money(Math.abs(burn.netBurnCents())) : "");
        }
        return List.of(cash, new Kpi(PROFIT, Figures.money(profit), change,
                ReportMonths.span(months) + ": revenue booked − recorded expenses" + (r != null && r.expensesIncomplete()
                        ? "; recorded expenses are " + r.coverage() + " of the cash that left" : "")));
    }
}
