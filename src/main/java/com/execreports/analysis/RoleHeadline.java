package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.FinanceMeasures.Burn;
import com.execreports.analysis.FirstScreen.Headline;
import com.execreports.analysis.Report.Kpi;
import com.execreports.model.BookingFacts;
import com.execreports.model.CostFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * Each role's one number, the one it would act on first, with its trend and the months behind it: the CEO's bookings
 * and cash, the CFO's cash and runway, the CMO's bookings and open leads, the CTO's open security risks and AWS bill,
 * the accountant's revenue not invoiced and not collected. And the few figures of the role the first screen shows
 * beside it.
 */
final class RoleHeadline {

    /** Months a sparkline draws. */
    static final int SPARK_MONTHS = 6;

    /** Figures the first screen shows beside the headline. */
    static final int FIGURES = 5;

    /** Kinds of finding that are a security risk: a credential, an open door, an unpatched runtime. */
    // the account's own gaps count too: a leaver's live keys, root keys, users without MFA and a database open to the
    // internet are security risks the CTO owns, as a key in the code is
    static final Set<String> SECURITY_KINDS = Set.of("secret", "pasted-secret", "plaintext-env", "open-function-url",
            "open-endpoint", "no-waf", "deprecated-runtime", "not-scanned", "iam-leaver", "iam-root-keys", "iam-root-no-mfa",
            "iam-no-mfa", "iam-old-key", "iam-unused-key", "rds-public");

    private RoleHeadline() {
    }

    static Headline of(String role, PortfolioSnapshot s, List<PortfolioFinding> mine, Trend trend) {
        return switch (role) {
            case "ceo" -> ceo(s, trend);
            case "cfo" -> cfo(s, trend);
            case "cmo" -> cmo(s, trend);
            case "cto" -> cto(s, mine, trend);
            case "accounting" -> accounting(s, trend);
            default -> throw new IllegalArgumentException("no headline for role " + role);
        };
    }

    /**
     * The figures beside the headline: those the role names first, in its order, then the report's others, up to
     * {@value #FIGURES}; never one the headline already says.
     */
    static List<Kpi> figures(String role, List<Kpi> kpis) {
        List<String> first = switch (role) {
            case "ceo" -> List.of("Cash", "Profit", "Earned, not collected");
            case "cfo" -> List.of("Revenue booked, last 30 days", "Monthly burn", "Earned, not collected", "Days to collect",
                    "Not invoiced");
            default -> List.of();
        };
        Set<String> headline = switch (role) {
            case "ceo" -> Set.of("Bookings taken, last 30 days", "Data sources read");
            case "cfo" -> Set.of("Cash runway");
            case "cto" -> Set.of("AWS spend, last full month", "Sites audited");
            case "accounting" -> Set.of("Not invoiced");
            default -> Set.of();
        };
        List<Kpi> shown = new ArrayList<>();
        for (String name : first) {
            kpis.stream().filter(k -> k.name().startsWith(name)).findFirst().ifPresent(shown::add);
        }
        if (!first.isEmpty()) {
            // the CEO and the CFO see the figures named for them, no more: their first screen has tables to hold too
            return List.copyOf(shown);
        }
        for (Kpi k : kpis) {
            if (shown.size() < FIGURES && !shown.contains(k) && !headline.contains(k.name())) {
                shown.add(k);
            }
        }
        return List.copyOf(shown.subList(0, Math.min(FIGURES, shown.size())));
    }

    private static Headline ceo(PortfolioSnapshot s, Trend trend) {
        long last30 = bookings30(s, true);
        long prev30 = bookings30(s, false);
        Burn burn = FinanceMeasures.burn(s);
        String cash = burn.cashAsOf() == null ? "" : ", cash " + Figures.compactMoney(burn.cashCents());
        return new Headline("Bookings, last 30 days", Figures.money(last30), Figures.change(last30, prev30) + " on the 30 days before",
                "bookings 30d " + Figures.compactMoney(last30) + " (" + Figures.change(last30, prev30) + ")" + cash,
                bookingsSpark(s), "bookings by month");
    }

    private static Headline cfo(PortfolioSnapshot s, Trend trend) {
        Burn burn = FinanceMeasures.burn(s);
        CashFlow cash = CashFlow.everyBalance(s);
        Sparkline spark = cash.balances().isEmpty() ? Sparkline.NONE
                : Sparkline.of(cash.balances(), cash.balances().lastKey(), SPARK_MONTHS);
        if (burn.cashAsOf() == null) {
            return new Headline("Cash and runway", "unknown: no cash balance read", "", "cash unknown", spark, "month-end cash");
        }
        String runway = burn.runwayMonths() == null ? burn.runwayText() : "runway " + burn.runwayMonths().toPlainString() + " mo";
        String change = trend.firstRun() ? monthEndChange(cash) : trend.change(FinanceMeasures::cashCents);
        return new Headline("Cash and runway", Figures.money(burn.cashCents()) + " as of " + burn.cashAsOf() + "; runway "
                + burn.runwayText() + " at " + Figures.money(burn.averageNetBurnCents()) + " a month", change,
                "cash " + Figures.compactMoney(burn.cashCents()) + ", " + runway, spark, "month-end cash");
    }

    private static Headline cmo(PortfolioSnapshot s, Trend trend) {
        long last30 = bookings30(s, true);
        long prev30 = bookings30(s, false);
        long leads = Measures.openLeads(s);
        return new Headline("Bookings and leads", Figures.money(last30) + " booked in the last 30 days; " + Figures.plural(leads, "open lead")
                + " worth " + Figures.money(Measures.openLeadsCents(s)), "bookings " + Figures.change(last30, prev30) + " on the 30 days before",
                "bookings 30d " + Figures.compactMoney(last30) + " (" + Figures.change(last30, prev30) + "), "
                        + Figures.plural(leads, "open lead"), bookingsSpark(s), "bookings by month");
    }

    private static Headline cto(PortfolioSnapshot s, List<PortfolioFinding> mine, Trend trend) {
        List<PortfolioFinding> security = mine.stream().filter(f -> SECURITY_KINDS.contains(f.kind())).toList();
        long high = security.stream().filter(f -> "high".equals(f.severity())).count();
        List<String> months = ReportMonths.full(s, 1);
        boolean costs = !s.costs().isEmpty();
        long aws = FinanceMeasures.awsLastFullMonthCents(s);
        String change;
        if (trend.firstRun()) {
            String monthly = MonthlyHistories.awsSpend(s).lastFullMonthChanges();
            change = "first report" + (monthly.isEmpty() ? "" : "; AWS " + monthly);
        } else {
            long before = trend.previousFindings().stream().filter(f -> SECURITY_KINDS.contains(f.kind()) && f.roles().contains("cto")).count();
            change = Figures.change(security.size(), before) + " security findings vs " + trend.previous().run().period();
        }
        return new Headline("Open security risks", Figures.plural(security.size(), "security finding") + ", " + high + " high"
                + (costs ? "; AWS " + Figures.money(aws) + " in " + months.get(0) : "; AWS spend unknown (no cost export read)"),
                change, high + " high security risk" + (high == 1 ? "" : "s") + (costs ? ", AWS " + Figures.compactMoney(aws) + "/mo" : ""),
                costs ? Sparkline.of(MonthlyHistories.awsSpend(s).byMonth(), months.get(0), SPARK_MONTHS) : Sparkline.NONE,
                "AWS spend by month");
    }

    private static Headline accounting(PortfolioSnapshot s, Trend trend) {
        MoneyTerms terms = new MoneyTerms(s);
        long uninvoiced = terms.cents(MoneyTerm.NOT_INVOICED, null);
        boolean ledger = terms.invoiceLedgerRead();
        long uncollected = ledger ? FinanceMeasures.uncollectedCents(s) : 0;
        MonthlySeries collected = MonthlyHistories.collected(s);
        List<String> months = ReportMonths.full(s, 1);
        return new Headline("Not invoiced and not collected", Figures.money(uninvoiced) + " earned with no invoice; "
                + (ledger ? Figures.money(uncollected) + " earned, not collected" : "collections unknown (no invoice ledger read)"),
                trend.firstRun() ? "first report" : trend.change(Measures::uninvoicedCents) + " not invoiced",
                "not invoiced " + Figures.compactMoney(uninvoiced) + (ledger ? ", not collected " + Figures.compactMoney(uncollected) : ""),
                Sparkline.of(collected.byMonth(), months.get(0), SPARK_MONTHS), "cash collected by month");
    }

    private static long bookings30(PortfolioSnapshot s, boolean last) {
        return s.all(BookingFacts.class).stream().mapToLong(f -> last ? f.data().last30DaysCents() : f.data().previous30DaysCents()).sum();
    }

    private static Sparkline bookingsSpark(PortfolioSnapshot s) {
        return Sparkline.of(MonthlyHistories.bookings(s).byMonth(), ReportMonths.full(s, 1).get(0), SPARK_MONTHS);
    }

    /** The last month-end balance against the one before: "-18% on September's month-end". */
    private static String monthEndChange(CashFlow cash) {
        if (cash.balances().size() < 2) {
            return "no earlier month-end balance";
        }
        List<String> months = new ArrayList<>(cash.balances().keySet());
        String last = months.get(months.size() - 1);
        String before = months.get(months.size() - 2);
        return Figures.change(cash.balances().get(last), cash.balances().get(before)) + " on the " + before + " month-end";
    }
}
