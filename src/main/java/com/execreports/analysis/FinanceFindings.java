package com.execreports.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.FinanceMeasures.Burn;
import com.execreports.analysis.FinanceMeasures.BusinessMargin;
import com.execreports.analysis.FinanceMeasures.CollectionGap;
import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.PortfolioFinding.Stake;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * Whether the portfolio can pay its way: a cash runway shorter than the warning, businesses below break-even,
 * businesses that do not collect what they earn.
 */
final class FinanceFindings {

    static final Set<String> ROLES = Set.of("cfo", "ceo");
    /** Uncollected revenue is the CFO's to chase and the accountant's to carry as receivable. */
    static final Set<String> ROLES_COLLECTION = Set.of("cfo", "accounting");

    private FinanceFindings() {
    }

    static void find(PortfolioSnapshot snapshot, ReportSettings settings, List<PortfolioFinding> found) {
        runway(snapshot, settings.runwayWarningMonths(), found);
        unexplainedCash(snapshot, found);
        possibleCapitalItems(snapshot, found);
        breakEven(snapshot, found);
        uncollected(snapshot, settings.uncollectedAlarmPercent(), found);
    }

    private static void runway(PortfolioSnapshot snapshot, int warningMonths, List<PortfolioFinding> found) {
        Burn burn = FinanceMeasures.burn(snapshot);
        BigDecimal months = burn.runwayMonths();
        if (months == null || months.compareTo(BigDecimal.valueOf(warningMonths)) >= 0) {
            return;
        }
        String span = ReportMonths.span(burn.months());
        long shortfall = Math.max(0, burn.averageNetBurnCents() * warningMonths - burn.cashCents());
        found.add(new PortfolioFinding("short-runway", "high", "Portfolio-wide",
                "Cash runway is " + burn.runwayText() + " at the average burn of " + span
                        + " (warning below " + warningMonths + " months)",
                ledgerBuckets(snapshot) + " — cash balances as of " + burn.cashAsOf() + "; burn from the " + burn.basis(),
                Figures.money(burn.cashCents()) + " of cash against a burn of " + Figures.money(burn.averageNetBurnCents())
                        + " a month; " + Figures.money(shortfall) + " more cash or less burn covers " + warningMonths + " months",
                shortfall, ROLES,
                new Fix("Cut monthly burn or raise cash until the runway covers " + warningMonths + " months", 3)));
    }

    /**
     * Cash that left with no recorded expense: the books explain too little of it for margins and break-even to be
     * believed. Inferred, not measured — the gap may be owner draws rather than costs.
     */
    private static void unexplainedCash(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        CashReconciliation r = CashReconciliation.portfolio(snapshot);
        if (r == null || r.months().isEmpty() || !r.expensesIncomplete()) {
            return;
        }
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        List<String> leftOut = CashFlow.leftOut(snapshot);
        found.add(new PortfolioFinding("cash-unexplained", "high", "Portfolio-wide",
                "Recorded expenses cover " + r.coverage() + " of what cash implies: " + Figures.money(r.unexplainedCents())
                        + (r.openingOnFile() ? "" : " or more") + " left the businesses over " + ReportMonths.span(r.months())
                        + " with no recorded expense",
                ledgerBuckets(snapshot) + " cash balances and expenses vs paid invoices of s3://" + invoices.bucket()
                        + (leftOut.isEmpty() ? "" : "; not reconciled: " + String.join(", ", leftOut)),
                Figures.money(r.collectedCents()) + " collected and " + Figures.money(r.recordedOutCents()) + " of expenses recorded,"
                        + (r.openingOnFile() ? " yet cash went from " + Figures.money(r.openingCents()) + " to " + Figures.money(r.closingCents())
                                : " yet the balance is " + Figures.money(r.closingCents()) + " at the end of " + r.closingMonth()
                                        + " (no earlier balance on file)")
                        + "; margins and break-even count recorded expenses only, so they overstate profit",
                r.unexplainedCents(), Set.of("ceo", "cfo", "accounting"),
                new Fix("Book every outflow (owner draws, payroll, costs paid by card or from personal accounts) and reconcile the ledger to the bank monthly", 3))
                .withConfidence(RiskScore.Confidence.INFERRED));
    }

    /**
     * Repairs large enough to be improvements: expensed in the year they would understate profit and overstate the
     * deduction; an improvement is capitalised and depreciated. One finding for the ledger, each row named.
     */
    private static void possibleCapitalItems(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        for (var f : snapshot.all(LedgerFacts.class)) {
            List<LedgerFacts.CapitalItem> items = f.data().possibleCapitalItems();
            if (items.isEmpty()) {
                continue;
            }
            long known = items.stream().filter(i -> i.cents() != null).mapToLong(LedgerFacts.CapitalItem::cents).sum();
            long unreadable = items.stream().filter(i -> i.cents() == null).count();
            // the title stays short for the brief; each row is named in the evidence
            String what = items.size() == 1 ? items.get(0).vendor() + ", '" + items.get(0).description() + "' ("
                    + (unreadable == 1 ? "amount unreadable" : Figures.money(known)) + ")"
                    : (known > 0 ? Figures.money(known) : "") + (known > 0 && unreadable > 0 ? " and " : "")
                            + (unreadable > 0 ? Figures.plural(unreadable, "unreadable amount") : "");
            List<String> named = items.stream().map(i -> i.where() + " (" + i.vendor() + ", '" + i.description() + "', "
                    + snapshot.businessName(i.business()) + ", " + i.date() + ", "
                    + (i.cents() == null ? "amount " + i.amountWritten() : Figures.money(i.cents())) + ")").toList();
            found.add(new PortfolioFinding("capital-items." + f.domain(), "medium", "Portfolio-wide",
                    Figures.plural(items.size(), "repair expense") + " may be " + (items.size() == 1 ? "a capital improvement" : "capital improvements")
                            + ": " + what,
                    String.join("; ", named),
                    "an improvement over " + Figures.money(LedgerFacts.CAPITAL_ITEM_CENTS) + " is capitalised and depreciated, not "
                            + "deducted as a repair in the year: as booked, the year's expenses and the return are misstated",
                    known, Set.of("cfo", "accounting"),
                    new Fix("Review repairs over " + Figures.money(LedgerFacts.CAPITAL_ITEM_CENTS) + " with the accountant: capitalise "
                            + "improvements and start their depreciation", 2)).withConfidence(RiskScore.Confidence.INFERRED));
        }
    }

    private static void breakEven(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        for (BusinessMargin m : FinanceMeasures.margins(snapshot)) {
            if (!m.belowBreakEven()) {
                continue;
            }
            String span = ReportMonths.span(m.months());
            found.add(new PortfolioFinding("below-break-even." + m.domain(), "medium", m.name(),
                    "Below break-even: " + Figures.money(m.revenueCents()) + " of revenue against " + Figures.money(m.expensesCents())
                            + " of expenses over " + span + " (margin " + Figures.percent(m.marginCents(), m.revenueCents()) + ")",
                    ledgerBuckets(snapshot) + " expenses of " + m.domain() + " vs " + m.revenueSources(),
                    Figures.money(m.monthlyGapCents()) + " a month short of covering its costs",
                    m.monthlyGapCents() * 12, ROLES,
                    new Fix("Bring each business below break-even above it: raise prices, fill capacity or cut its largest costs", 3))
                    .groupedAs("Below break-even over " + span, 0, null, Figures.money(m.revenueCents()) + " of revenue against "
                            + Figures.money(m.expensesCents()) + " of expenses (margin "
                            + Figures.percent(m.marginCents(), m.revenueCents()) + ")"));
        }
    }

    private static void uncollected(PortfolioSnapshot snapshot, int alarmPercent, List<PortfolioFinding> found) {
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        for (CollectionGap g : FinanceMeasures.collectionGaps(snapshot)) {
            if (!g.alarming(alarmPercent)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            why.add(Figures.plural(g.openInvoices(), "open invoice") + " worth " + Figures.money(g.openCents()) + " to chase");
            if (g.uninvoicedCents() > 0) {
                why.add(Figures.money(g.uninvoicedCents()) + " earned is not invoiced, so nothing to collect on");
            }
            found.add(new PortfolioFinding("uncollected." + g.domain(), "high", g.name(),
                    Figures.money(g.uncollectedCents()) + " earned but not collected: " + g.shareOfRecent() + " of the "
                            + Figures.money(g.recentEarnedCents()) + " earned in " + ReportMonths.span(g.recentMonths())
                            + " (alarm above " + alarmPercent + "%)",
                    "DynamoDB " + g.tables() + " (earned by service date) vs paid invoices of s3://" + invoices.bucket() + "/"
                            + String.join(", ", invoices.keys()),
                    String.join("; ", why), g.uncollectedCents(), ROLES_COLLECTION,
                    new Fix("Collect what is earned: chase open invoices every week and invoice each booking when it is served", 2))
                    .staking(stakes(g)));
        }
    }

    /**
     * Uncollected revenue that carries no invoice is the same money the uninvoiced-bookings finding counts: that part
     * sits in their shared pool, so whichever action ranks first claims it and the other does not count it again.
     */
    static List<Stake> stakes(CollectionGap g) {
        long uninvoiced = Math.min(g.uncollectedCents(), g.uninvoicedCents());
        List<Stake> stakes = new ArrayList<>();
        if (uninvoiced > 0) {
            stakes.add(new Stake(PortfolioFindings.uninvoicedPool(g.domain()), uninvoiced));
        }
        if (g.uncollectedCents() > uninvoiced) {
            stakes.add(new Stake("uncollected." + g.domain(), g.uncollectedCents() - uninvoiced));
        }
        return stakes;
    }

    private static String ledgerBuckets(PortfolioSnapshot snapshot) {
        return String.join(", ", snapshot.all(LedgerFacts.class).stream().map(f -> "s3://" + f.data().bucket()).distinct().toList());
    }
}
