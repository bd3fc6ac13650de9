package com.execreports.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.FinanceMeasures.Burn;
import com.execreports.analysis.Report.Section;
import com.execreports.model.PortfolioSnapshot;

/**
 * What the portfolio's cash does if prices, costs or volume move: the burn's cash in and cash out a month today, each
 * scenario's net a month and runway, and the cash in that breaks even. Built on the burn and runway the CFO's headline
 * gives, so "today" is that figure; the scenarios only scale its flows.
 */
final class BreakEvenScenarios {

    static final String TITLE = "Break-even scenarios";

    /** The moves tried, in percent: a price rise and a cost cut of the size an owner can act on, and a volume loss to survive. */
    static final int PRICE_RISE = 10;
    static final int COST_CUT = 10;
    static final int VOLUME_LOSS = 20;

    private BreakEvenScenarios() {
    }

    /**
     * One scenario's month.
     *
     * @param cashInCents  cash in a month
     * @param cashOutCents cash out a month
     * @param runway       "5.4 months", or "no limit" when cash in covers cash out
     */
    record Scenario(String name, long cashInCents, long cashOutCents, String runway) {

        long netCents() {
            return cashInCents - cashOutCents;
        }
    }

    /** Today's cash out a month: cash in plus what the balances fell (or recorded expenses when no balances span the months). */
    static long cashOutCents(Burn burn) {
        return Figures.divideCents(burn.cashInCents() + burn.netBurnCents(), burn.months().size());
    }

    static long cashInCents(Burn burn) {
        return Figures.divideCents(burn.cashInCents(), burn.months().size());
    }

    /** Today, then prices up, costs down and volume down, each alone; costs do not move with volume. */
    static List<Scenario> scenarios(Burn burn) {
        long in = cashInCents(burn);
        long out = cashOutCents(burn);
        return List.of(new Scenario("Today", in, out, runway(burn)),
                scenario(burn, "Prices +" + PRICE_RISE + "%", scale(in, 100 + PRICE_RISE), out),
                scenario(burn, "Costs −" + COST_CUT + "%", in, scale(out, 100 - COST_CUT)),
                scenario(burn, "Volume −" + VOLUME_LOSS + "%", scale(in, 100 - VOLUME_LOSS), out));
    }

    private static Scenario scenario(Burn today, String name, long in, long out) {
        int n = today.months().size();
        // the same burn, its flows replaced: the runway comes from the one formula the headline uses
        Burn moved = new Burn(today.months(), out * n, in * n, today.measured() ? (in - out) * n : null, today.cashCents(),
                today.balances(), today.cashAsOf(), today.ledgerRead());
        return new Scenario(name, in, out, runway(moved));
    }

    /** The headline's runway; where cash grows, no limit — said as unproven when only recorded flows show it. */
    private static String runway(Burn burn) {
        BigDecimal months = burn.runwayMonths();
        if (months != null) {
            return months.toPlainString() + " months";
        }
        return burn.measured() ? "no limit" : "no limit on recorded flows";
    }

    private static long scale(long cents, int percent) {
        return BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static Section section(PortfolioSnapshot snapshot) {
        Burn burn = FinanceMeasures.burn(snapshot);
        List<String> columns = List.of("Scenario", "Cash in a month", "Net a month", "Runway");
        if (!burn.known()) {
            return new Section(TITLE, "Unknown: " + burn.runwayText().replaceFirst("^unknown: ", "") + ".", columns, List.of());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Scenario s : scenarios(burn)) {
            rows.add(List.of(s.name(), Figures.money(s.cashInCents()), CfoReport.signedMoney(s.netCents()), s.runway()));
        }
        long in = cashInCents(burn);
        long out = cashOutCents(burn);
        // the cash in that breaks even, as a move on today's: with no cash in today there is nothing to move
        rows.add(List.of("To break even", Figures.money(out) + (in == 0 ? "" : " (" + Figures.change(out, in) + ")"), "$0", "no limit"));
        CashReconciliation cash = CashReconciliation.portfolio(snapshot);
        String recorded = burn.measured() && cash != null && cash.expensesIncomplete() ? ", " + cash.coverage()
                + " of it recorded as expenses" : "";
        String outBasis = burn.measured() ? "cash in + the balances' fall" + recorded : "recorded expenses";
        // short: on a phone this table stands for the runway's levers, and its rows say the rest
        return new Section(TITLE, ReportMonths.span(burn.months()) + ", a month. Cash in = invoices paid (+ MRR not invoiced); "
                + "cash out = " + outBasis + ". Costs held fixed as volume moves (the ledger does not split fixed from variable).",
                columns, rows);
    }
}
