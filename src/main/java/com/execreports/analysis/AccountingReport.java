package com.execreports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.FinanceMeasures.BusinessMargin;
import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/**
 * The accountant's view: earned vs deferred revenue, cash vs accrual, expenses on tax lines, the gaps in the
 * portfolio's accounting systems, and what to fix next quarter in each business.
 */
public final class AccountingReport {

    /** The roadmap's fixes come from the findings of these reports: the ones that move money or the books. */
    static final Set<String> MONEY_ROLES = Set.of("cfo", "accounting");

    private final ReportFrame frame;

    public AccountingReport(ReportSettings settings) {
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        long earned = bookings.stream().mapToLong(f -> f.data().earnedCents()).sum();
        long deferred = bookings.stream().mapToLong(f -> f.data().deferredCents()).sum();
        long uninvoiced = bookings.stream().mapToLong(f -> f.data().withoutInvoiceCents()).sum();
        long count = bookings.stream().mapToLong(f -> f.data().withoutInvoice()).sum();
        ExpenseCategories categories = new ExpenseCategories(snapshot);
        List<Kpi> kpis = new ArrayList<>(List.of(
                new Kpi("Earned revenue", Figures.money(earned), trend.change(Measures::earnedCents, MonthlyHistories.earned(snapshot).lastFullMonthChange("earned")), "service date on or before " + snapshot.run().asOf().toLocalDate()),
                new Kpi("Deferred revenue", Figures.money(deferred), trend.change(Measures::deferredCents), "booked, service still ahead"),
                new Kpi("Bookings with no invoice", Figures.count(count), trend.change(Measures::uninvoiced), Figures.money(uninvoiced))));
        invoices(snapshot).ifPresent(inv -> kpis.add(new Kpi("Invoices paid (cash basis)", Figures.money(FinanceMeasures.paidInvoiceCents(snapshot)),
                trend.change(FinanceMeasures::paidInvoiceCents,
                        MonthlyHistories.collected(snapshot).lastFullMonthChange("paid")), "against " + Figures.money(earned) + " earned; "
                + Figures.money(inv.openCents()) + " open")));
        if (FinanceMeasures.ledgerRead(snapshot)) {
            kpis.add(new Kpi("Expenses on no tax line", Figures.money(categories.unmappedCents()), trend.change(FinanceMeasures::unmappedExpenseCents),
                    categories.hasUnmapped() ? Figures.plural(categories.unmappedRows(), "row") + " on accounts not in the chart" : "every expense maps to the chart"));
        }
        List<String> lead = List.of("Of " + Figures.money(earned + deferred) + " booked, " + Figures.money(earned) + " is earned and "
                + Figures.money(deferred) + " is deferred until the service date; " + Figures.count(count)
                + " bookings worth " + Figures.money(uninvoiced) + " carry no invoice.");
        // essential tables most needed first: a brief that must leave one leaves the roadmap, whose first fixes are the
        // actions the brief keeps
        List<Section> sections = new java.util.ArrayList<>(List.of(recognition(snapshot, bookings).asEssential(),
                cashVsAccrual(snapshot, bookings), taxCategories(snapshot, categories).asEssential(),
                systemGaps(snapshot, bookings, categories).asEssential(), roadmap(snapshot, findings).asEssential()));
        Section quality = DataQuality.section(snapshot);
        if (quality != null) {
            sections.add(quality);
        }
        return frame.report("accounting", "Accounting report", snapshot, findings, trend, lead, kpis, sections);
    }

    private static java.util.Optional<InvoiceFacts> invoices(PortfolioSnapshot snapshot) {
        return snapshot.all(InvoiceFacts.class).stream().map(Fact::data).findFirst();
    }

    private static Section recognition(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            BookingFacts b = f.data();
            rows.add(List.of(snapshot.businessName(f.domain()), Figures.money(b.earnedCents()), Figures.money(b.deferredCents()),
                    Figures.money(b.withoutInvoiceCents()), Figures.percent(b.bookings() - b.withoutInvoice(), b.bookings())));
        }
        return new Section("Revenue recognition", "Earned when the service date has passed; deferred until then.",
                List.of("Business", "Earned", "Deferred", "No invoice", "Invoiced share"), rows);
    }

    /** Earned revenue (accrual) against invoices, and the cash they brought in, business by business. */
    static Section cashVsAccrual(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        List<String> columns = List.of("Business", "Earned", "Invoiced", "Not invoiced", "Paid");
        InvoiceFacts invoices = invoices(snapshot).orElse(null);
        if (invoices == null) {
            return new Section("Cash vs accrual", "No invoice ledger was read: cash received cannot be set against earned revenue.", columns, List.of());
        }
        Set<String> domains = new LinkedHashSet<>();
        bookings.forEach(f -> domains.add(f.domain()));
        domains.addAll(invoices.byBusiness().keySet());
        List<List<String>> rows = new ArrayList<>();
        long earned = 0;
        for (String domain : domains) {
            long invoiced = invoices.byBusiness().getOrDefault(domain, InvoiceFacts.Total.NONE).cents();
            BookingFacts b = bookings.stream().filter(f -> f.domain().equals(domain)).map(Fact::data).findFirst().orElse(null);
            String paid = Figures.money(invoices.collectedCents(domain));
            if (b == null) {
                rows.add(List.of(snapshot.businessName(domain), "—", Figures.money(invoiced), "—", paid));
                continue;
            }
            earned += b.earnedCents();
            rows.add(List.of(snapshot.businessName(domain), Figures.money(b.earnedCents()), Figures.money(invoiced),
                    Figures.money(b.earnedCents() - invoiced), paid));
        }
        long paid = invoices.byStatus().getOrDefault("paid", InvoiceFacts.Total.NONE).cents();
        rows.add(List.of("All businesses", Figures.money(earned), Figures.money(invoices.amountCents()),
                Figures.money(earned - invoices.amountCents()), Figures.money(paid)));
        InvoiceFacts.Total undated = invoices.paidUndated();
        return new Section("Cash vs accrual", "Earned revenue (accrual) against invoiced (any status) and paid (cash: invoices "
                + "with status paid, whenever paid"
                + (undated.count() == 0 ? "" : "; " + Figures.count(undated.count()) + " of them undated")
                + "), per business. Not invoiced = earned − invoiced; negative where invoices run ahead of service dates (deposits). "
                + "Portfolio-wide: "
                + Figures.money(invoices.openCents()) + " invoiced is open (unpaid); "
                + Figures.money(FinanceMeasures.uncollectedCents(snapshot)) + " earned is not collected (business by business, as the "
                + "CFO report counts it).", columns, rows);
    }

    private static Section taxCategories(PortfolioSnapshot snapshot, ExpenseCategories categories) {
        if (!FinanceMeasures.ledgerRead(snapshot)) {
            return categories.section("Expenses by tax category", "No expense ledger was read this run.", true);
        }
        String unmapped = categories.hasUnmapped()
                ? Figures.plural(categories.unmappedRows(), "row") + " worth " + Figures.money(categories.unmappedCents())
                        + " use accounts not in the chart (" + categories.unmappedList() + "): map them before the return is prepared."
                : "Every expense row maps to an account of the chart.";
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        return categories.section("Expenses by tax category", "Expense rows of " + categories.period() + " by the tax line their chart "
                + "account rolls up to; share of all expenses (" + UnreadableExpenses.marked(Figures.money(categories.totalCents()),
                unreadable.rows()) + "). " + unmapped + unreadable.footnote(), true);
    }

    /** What the portfolio's accounting systems lack, as the snapshot shows it. */
    static Section systemGaps(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings, ExpenseCategories categories) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            BookingFacts b = f.data();
            if (b.withoutInvoice() > 0) {
                rows.add(List.of("No invoicing", snapshot.businessName(f.domain()), Figures.count(b.withoutInvoice()) + " of "
                        + Figures.plural(b.bookings(), "booking") + (b.withoutInvoice() == 1 ? " carries" : " carry") + " no invoice id (DynamoDB "
                        + b.table() + ")",
                        Figures.money(b.withoutInvoiceCents())));
            }
        }
        List<Fact<LedgerFacts>> ledgers = snapshot.all(LedgerFacts.class);
        if (ledgers.isEmpty()) {
            rows.add(List.of("No trial balance", "Portfolio-wide", "no general-ledger source in the snapshot: revenue lives only in "
                    + "the bookings and subscriptions tables", "—"));
        } else if (!categories.incomePosted()) {
            rows.add(List.of("No trial balance", "Portfolio-wide", "no general-ledger source in the snapshot: "
                    + String.join(", ", ledgers.stream().map(f -> "s3://" + f.data().bucket()).distinct().toList())
                    + " holds expenses and cash balances only, and no income account of its chart carries a posting", "—"));
        }
        InvoiceFacts invoices = invoices(snapshot).orElse(null);
        long withoutInvoice = bookings.stream().mapToLong(f -> f.data().withoutInvoice()).sum();
        long withoutInvoiceCents = bookings.stream().mapToLong(f -> f.data().withoutInvoiceCents()).sum();
        if (invoices == null) {
            rows.add(List.of("No invoice ledger", "Portfolio-wide", "no invoice source in the snapshot: no booking can be reconciled", "—"));
        } else if (withoutInvoice > 0 || invoices.withoutBookingRef().count() > 0) {
            rows.add(List.of("Unreconciled items", "Portfolio-wide", ReconciliationNote.withoutBookingRef(invoices.withoutBookingRef())
                    + "; " + Figures.plural(withoutInvoice, "booking") + (withoutInvoice == 1 ? " carries" : " carry") + " no invoice id",
                    Figures.money(invoices.withoutBookingRef().cents() + withoutInvoiceCents)));
        }
        for (Facts f : snapshot.sources()) {
            if (f.unreadable() > 0 && (f.data() instanceof LedgerFacts || f.data() instanceof InvoiceFacts)) {
                // every row the source named, so the bookkeeper fixes them all in one sitting
                rows.add(List.of(f.data() instanceof LedgerFacts ? "Unreadable ledger rows" : "Unreadable invoice rows", "Portfolio-wide",
                        Figures.plural(f.unreadable(), "row") + " in " + f.resource() + " left out of every total"
                                + (f.issues().isEmpty() ? "" : ": " + UnreadableFindings.named(f)), "unknown"));
            }
        }
        if (categories.hasUnmapped()) {
            rows.add(List.of("Expenses off the chart", "Portfolio-wide", Figures.plural(categories.unmappedRows(), "row")
                    + " on accounts not in the chart: " + categories.unmappedList(), Figures.money(categories.unmappedCents())));
        }
        return new Section("System gaps", "What the books cannot show until these are closed, derived from the sources read this run.",
                List.of("Gap", "Business", "Evidence", "Value"), rows);
    }

    /** Each business's last full quarter and the one fix that should come first in the next. */
    static Section roadmap(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        List<List<String>> rows = new ArrayList<>();
        List<BusinessMargin> margins = FinanceMeasures.margins(snapshot);
        List<String> months = ReportMonths.full(snapshot, FinanceMeasures.BURN_MONTHS);
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        for (BusinessMargin m : margins) {
            long missing = unreadable.rows(m.domain(), months);
            List<PortfolioFinding> mine = findings.stream()
                    .filter(f -> f.business().equals(m.name()) && f.roles().stream().anyMatch(MONEY_ROLES::contains)).toList();
            List<Action> actions = ActionRanking.rank(mine);
            String fix = actions.isEmpty() ? "no open finding: keep the current course"
                    : actions.get(0).title() + " (impact " + actions.get(0).impact() + ", effort " + actions.get(0).effort() + ")";
            rows.add(List.of(m.name(), m.revenueRead() ? Figures.money(m.revenueCents()) : "—",
                    m.expensesRead() ? UnreadableExpenses.marked(Figures.money(m.expensesCents()), missing) : "—",
                    m.known() ? UnreadableExpenses.marked(m.marginText(), missing) : m.status(), fix));
        }
        return new Section("Next-quarter profitability roadmap", "Last quarter = the last " + months.size() + " full months ("
                + ReportMonths.span(months) + "): revenue booked plus MRR for subscription businesses, against ledger expenses. "
                + "First fix: the business's top-ranked action (by the risk it removes) among the CFO and accounting findings."
                + unreadable.footnote(null, months),
                List.of("Business", "Revenue", "Expenses", "Margin", "First fix"), rows);
    }
}
