package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/**
 * The accountant's view: earned revenue vs backlog, each business's month, quarter and tax year to date, cash vs
 * accrual, expenses on tax lines, the contractors owed a 1099, the gaps in the portfolio's accounting systems, and next
 * quarter from the bookings on the books with what to invoice, collect and set aside in each business.
 */
public final class AccountingReport {

    /** A business whose earned bookings are this share or more without an invoice has no invoicing to speak of. */
    static final long NO_INVOICING_PERCENT = 90;

    /** The steps from what the sources hold today to a trial balance, so the gap comes with a way to close it. */
    static final String TRIAL_BALANCE_PATH = "Path: post monthly earned revenue, invoices (receivables) and payments "
            + "(cash) to the chart beside the expenses; debits = credits closes each month";

    private final ReportFrame frame;

    public AccountingReport(ReportSettings settings) {
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        MoneyTerms terms = new MoneyTerms(snapshot);
        long earned = terms.cents(MoneyTerm.EARNED, null);
        long backlog = terms.cents(MoneyTerm.BACKLOG, null);
        InvoiceFacts.Total notInvoiced = terms.notInvoiced(null);
        ExpenseCategories categories = new ExpenseCategories(snapshot);
        List<Kpi> kpis = new ArrayList<>(List.of(
                new Kpi("Earned revenue", Figures.money(earned), trend.change(Measures::earnedCents, MonthlyHistories.earned(snapshot).lastFullMonthChange("earned")), "service date on or before " + snapshot.run().asOf().toLocalDate()),
                new Kpi(MoneyTerm.BACKLOG.label(), Figures.money(backlog), trend.change(Measures::deferredCents), "booked, service still ahead"),
                new Kpi(MoneyTerm.NOT_INVOICED.label(), Figures.money(notInvoiced.cents()), trend.change(Measures::uninvoicedCents),
                        Figures.plural(notInvoiced.count(), "earned booking"))));
        invoices(snapshot).ifPresent(inv -> kpis.add(new Kpi("Collected (cash basis)", terms.money(MoneyTerm.COLLECTED, null),
                trend.change(FinanceMeasures::paidInvoiceCents,
                        MonthlyHistories.collected(snapshot).lastFullMonthChange("paid")), "against " + Figures.money(earned) + " earned; "
                + Figures.money(inv.openCents()) + " open")));
        if (FinanceMeasures.ledgerRead(snapshot)) {
            kpis.add(new Kpi("Expenses on no tax line", Figures.money(categories.unmappedCents()), trend.change(FinanceMeasures::unmappedExpenseCents),
                    categories.hasUnmapped() ? Figures.plural(categories.unmappedRows(), "row") + " on accounts not in the chart" : "every expense maps to the chart"));
        }
        List<String> lead = List.of("Of " + Figures.money(earned + backlog) + " booked, " + Figures.money(earned) + " is earned and "
                + Figures.money(backlog) + " is backlog (service still ahead); " + Figures.plural(notInvoiced.count(), "earned booking")
                + " worth " + Figures.money(notInvoiced.cents()) + (notInvoiced.count() == 1 ? " is" : " are") + " not invoiced"
                + subscriptionClause(snapshot) + ".");
        // essential tables most needed first: what is earned, the tax lines; the rest supports them. A brief keeps the periods'
        // profits and the system gaps a line each, their revenue and expenses, evidence and paths left to the full report.
        List<Section> sections = new ArrayList<>(List.of(recognition(snapshot, terms).asEssential()));
        // its one-line total is in recognition; the details are supporting
        java.util.Optional.ofNullable(SubscriptionRecognition.section(snapshot)).ifPresent(sections::add);
        sections.addAll(List.of(PeriodFigures.section(snapshot), cashVsAccrual(snapshot, terms),
                ReconciliationSection.of(snapshot), taxCategories(snapshot, categories).asEssential(), ContractorForms.section(snapshot),
                roadmap(snapshot, terms), inShort(systemGaps(snapshot, bookings, categories))));
        Section quality = DataQuality.section(snapshot);
        if (quality != null) {
            sections.add(quality);
        }
        sections.add(terms.glossary(MoneyTerm.BOOKED, MoneyTerm.EARNED, MoneyTerm.BACKLOG, MoneyTerm.INVOICED, MoneyTerm.NOT_INVOICED,
                MoneyTerm.COLLECTED, MoneyTerm.NOT_COLLECTED));
        return frame.report("accounting", "Accounting report", snapshot, findings, trend, lead, kpis, sections);
    }

    /** The subscriptions the booking figures leave out, so the lead does not read as the whole revenue. */
    private static String subscriptionClause(PortfolioSnapshot snapshot) {
        if (snapshot.all(com.execreports.model.SubscriptionFacts.class).isEmpty()) {
            return "";
        }
        long monthly = SubscriptionRecognition.monthlyCents(snapshot);
        return "; subscriptions, outside these figures, earn " + Figures.money(monthly) + " a month (" + Figures.money(monthly * 12)
                + " a year at this rate)";
    }

    private static java.util.Optional<InvoiceFacts> invoices(PortfolioSnapshot snapshot) {
        return snapshot.all(InvoiceFacts.class).stream().map(Fact::data).findFirst();
    }

    private static Section recognition(PortfolioSnapshot snapshot, MoneyTerms terms) {
        List<List<String>> rows = new ArrayList<>();
        for (String domain : terms.businesses()) {
            if (snapshot.of(domain, BookingFacts.class).isEmpty()) {
                continue;
            }
            long earned = terms.cents(MoneyTerm.EARNED, domain);
            long notInvoiced = terms.cents(MoneyTerm.NOT_INVOICED, domain);
            rows.add(List.of(snapshot.businessName(domain), Figures.money(earned), terms.money(MoneyTerm.BACKLOG, domain),
                    Figures.money(notInvoiced), Figures.percent(earned - notInvoiced, earned)));
        }
        for (Fact<com.execreports.model.SubscriptionFacts> f : snapshot.all(com.execreports.model.SubscriptionFacts.class)) {
            // outside the bookings, and so absent from every booking figure: earned renewal by renewal, billed by card
            rows.add(List.of(snapshot.businessName(f.domain()) + " (subscriptions)", Figures.money(f.data().paidRenewalsCents()), "—", "—",
                    "card-billed"));
        }
        return new Section("Revenue recognition", "Earned when the service date has passed; backlog until then. Subscriptions are "
                + "earned month by month: each paid renewal (see " + SubscriptionRecognition.TITLE + ").",
                List.of("Business", "Earned", "Backlog", "Not invoiced", "Earned invoiced"), rows);
    }

    /** Earned revenue (accrual) against invoices, and the cash they brought in, business by business. */
    static Section cashVsAccrual(PortfolioSnapshot snapshot, MoneyTerms terms) {
        List<String> columns = List.of("Business", "Earned", "Invoiced", "Not invoiced", "Collected");
        InvoiceFacts invoices = invoices(snapshot).orElse(null);
        if (invoices == null) {
            return new Section("Cash vs accrual", "No invoice ledger was read: cash received cannot be set against earned revenue.", columns, List.of());
        }
        List<List<String>> rows = new ArrayList<>();
        for (String domain : terms.businesses()) {
            boolean booked = snapshot.of(domain, BookingFacts.class).isPresent();
            rows.add(List.of(snapshot.businessName(domain), booked ? terms.money(MoneyTerm.EARNED, domain) : "—",
                    terms.money(MoneyTerm.INVOICED, domain), booked ? terms.money(MoneyTerm.NOT_INVOICED, domain) : "—",
                    terms.money(MoneyTerm.COLLECTED, domain)));
        }
        rows.add(List.of("All businesses", terms.money(MoneyTerm.EARNED, null), terms.money(MoneyTerm.INVOICED, null),
                terms.money(MoneyTerm.NOT_INVOICED, null), terms.money(MoneyTerm.COLLECTED, null)));
        InvoiceFacts.Total undated = invoices.paidUndated();
        return new Section("Cash vs accrual", "Earned revenue (accrual) against invoiced and collected (cash"
                + (undated.count() == 0 ? "" : "; " + Figures.plural(undated.count(), "paid invoice") + " undated")
                + "), per business. Portfolio-wide: " + Figures.money(invoices.openCents()) + " invoiced is open (unpaid); "
                + terms.money(MoneyTerm.NOT_COLLECTED, null) + " earned is not collected.", columns, rows);
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
        if (categories.taxYearsKept()) {
            String year = ReportMonths.current(snapshot).substring(0, 4);
            return categories.byTaxYear("Expenses by tax category", "Expense rows by the tax line their chart account rolls up "
                    + "to, one column per tax year (calendar year; " + year + " to date), so each return takes its own year's "
                    + "figures; all expenses " + categories.period() + ": " + UnreadableExpenses.marked(Figures.money(categories.totalCents()),
                    unreadable.rows()) + ". " + unmapped + unreadable.footnote(), year, unreadable);
        }
        return categories.section("Expenses by tax category", "Expense rows of " + categories.period() + " by the tax line their chart "
                + "account rolls up to; share of all expenses (" + UnreadableExpenses.marked(Figures.money(categories.totalCents()),
                unreadable.rows()) + "). " + unmapped + unreadable.footnote(), true);
    }

    /** What the portfolio's accounting systems lack, as the snapshot shows it. */
    static Section systemGaps(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings, ExpenseCategories categories) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            BookingFacts b = f.data();
            // a business that invoices most of its work has stray bookings to chase (the findings), not a missing system
            if (b.uninvoicedEarned() > 0 && b.uninvoicedEarnedCents() * 100 >= NO_INVOICING_PERCENT * b.earnedCents()) {
                rows.add(List.of("No invoicing", snapshot.businessName(f.domain()), Figures.plural(b.uninvoicedEarned(), "earned booking")
                        + " of DynamoDB " + b.table() + (b.uninvoicedEarned() == 1 ? " carries" : " carry") + " no invoice id",
                        Figures.money(b.uninvoicedEarnedCents())));
            }
        }
        List<Fact<LedgerFacts>> ledgers = snapshot.all(LedgerFacts.class);
        if (ledgers.isEmpty()) {
            rows.add(List.of("No trial balance", "Portfolio-wide", "no general-ledger source in the snapshot: revenue lives only in "
                    + "the bookings and subscriptions tables. " + TRIAL_BALANCE_PATH, "—"));
        } else if (!categories.incomePosted()) {
            rows.add(List.of("No trial balance", "Portfolio-wide", "no general-ledger source in the snapshot: "
                    + String.join(", ", ledgers.stream().map(f -> "s3://" + f.data().bucket()).distinct().toList())
                    + " holds expenses and cash balances only, and no income account of its chart carries a posting. " + TRIAL_BALANCE_PATH, "—"));
        }
        ledgers.stream().findFirst().ifPresent(l -> rows.addAll(ChartGaps.rows(snapshot, l.data())));
        InvoiceFacts invoices = invoices(snapshot).orElse(null);
        if (invoices == null) {
            rows.add(List.of("No invoice ledger", "Portfolio-wide", "no invoice source in the snapshot: no booking can be reconciled", "—"));
        } else {
            InvoiceReconciliation r = BusinessReconciliations.total(BusinessReconciliations.of(snapshot));
            InvoiceFacts.Total blank = invoices.withoutBookingRef();
            if (r.onCancelled().count() > 0) {
                rows.add(List.of("Invoices on cancelled bookings", "Portfolio-wide", Figures.plural(r.onCancelled().count(), "invoice")
                        + " bill a cancelled or refunded booking: issue the credit note or refund", Figures.money(r.onCancelled().cents())));
            }
            if (r.namingNoBooking().count() + blank.count() > 0) {
                long count = r.namingNoBooking().count() + blank.count();
                rows.add(List.of("Invoices with no booking", "Portfolio-wide", Figures.plural(count, "invoice") + (count == 1 ? " names" : " name")
                        + " no booking the tables hold" + (blank.count() == 0 ? "" : " (" + Figures.count(blank.count()) + " with the reference blank)")
                        + ": investigate", Figures.money(r.namingNoBooking().cents() + blank.cents())));
            }
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

    /** The gaps a line each, for a brief that leaves the table: what is missing, where, and what it is worth. */
    static Section inShort(Section gaps) {
        List<List<String>> rows = gaps.rows().stream().map(r -> List.of(r.get(0), r.get(1), r.get(3))).toList();
        return gaps.withShortForm(new Section(gaps.title() + " (in short)", "Evidence and the path to close each: full report.", List.of("Gap", "Business", "Value"), rows));
    }

    /**
     * Next quarter per business from what is already on its books (the CFO's forward quarter, not computed again) against
     * its cost run rate, and what the accountant does about it: invoice what is earned, collect what is open, set tax
     * aside on a profit (and hold a rental's occupancy tax).
     */
    static Section roadmap(PortfolioSnapshot snapshot, MoneyTerms terms) {
        List<List<String>> rows = new ArrayList<>();
        boolean ledger = FinanceMeasures.ledgerRead(snapshot);
        InvoiceFacts invoices = invoices(snapshot).orElse(null);
        String quarter = ForwardQuarter.name(snapshot);
        java.time.LocalDate payment = estimatedTaxDue(ForwardQuarter.months(snapshot));
        long books = 0;
        long costs = 0;
        long pipeline = 0;
        for (ForwardQuarter.BusinessQuarter q : ForwardQuarter.businesses(snapshot)) {
            List<String> actions = new ArrayList<>();
            InvoiceFacts.Total notInvoiced = terms.notInvoiced(q.domain());
            if (notInvoiced.count() > 0) {
                actions.add("invoice " + Figures.plural(notInvoiced.count(), "earned booking") + " (" + Figures.money(notInvoiced.cents()) + ")");
            }
            InvoiceFacts.Total open = invoices == null ? InvoiceFacts.Total.NONE
                    : invoices.openByBusiness().getOrDefault(q.domain(), InvoiceFacts.Total.NONE);
            if (open.count() > 0) {
                long overSixty = invoices == null ? 0 : overSixtyDays(invoices, q.domain(), snapshot.run().asOf().toLocalDate());
                actions.add("collect " + Figures.plural(open.count(), "open invoice") + " (" + Figures.money(open.cents())
                        + (overSixty > 0 ? "; " + Figures.money(overSixty) + " over 60 days" : "") + ")");
            }
            String profit;
            if (!ledger || !q.known()) {
                profit = "unknown";
            } else {
                profit = Figures.money(q.profitOnBooksCents());
                actions.add(q.profitOnBooksCents() > 0
                        ? "set aside tax on " + Figures.money(q.profitOnBooksCents()) + " for the " + DUE.format(payment) + " estimated payment"
                        : "no tax set-aside: the books are " + Figures.money(-q.profitOnBooksCents()) + " short of costs"
                                + (q.pipelineCents() > 0 ? " (pipeline " + Figures.money(q.pipelineCents()) + ")" : ""));
            }
            if (snapshot.of(q.domain(), com.execreports.model.BusinessProfile.class).map(p -> "rental".equals(p.kind())).orElse(false)
                    && q.booksCents() > 0) {
                actions.add("hold the occupancy tax on its " + Figures.money(q.booksCents()) + " of stays");
            }
            rows.add(List.of(q.name(), q.known() ? Figures.money(q.booksCents()) : "no bookings read",
                    ledger ? Figures.money(q.costCents()) : "unknown", profit,
                    actions.isEmpty() ? "nothing to chase" : capitalised(String.join("; ", actions))));
            books += q.booksCents();
            costs += q.costCents();
            pipeline += q.pipelineCents();
        }
        rows.add(List.of("All businesses", Figures.money(books), ledger ? Figures.money(costs) : "unknown",
                ledger ? Figures.money(books - costs) : "unknown", "—"));
        return new Section(ROADMAP_TITLE + " (" + quarter + ")", "What " + quarter + " makes if nothing more books: bookings on the books "
                + "for its service dates (+ MRR × 3), as in the CFO's " + ForwardQuarter.TITLE + ", less recorded costs at the last "
                + FinanceMeasures.BURN_MONTHS + " full months' rate" + (pipeline > 0 ? "; the pipeline (" + Figures.money(pipeline)
                + " of open leads) is not counted" : "") + ". Estimated tax on the quarter is due " + DUE.format(payment) + "."
                + overstated(snapshot),
                List.of("Business", "On the books", "Costs at run rate", "Profit on the books", "Accountant's actions"), rows);
    }

    static final String ROADMAP_TITLE = "Next-quarter profitability roadmap";

    /** A profit from recorded costs says so when cash shows far more going out than the ledger records. */
    private static String overstated(PortfolioSnapshot snapshot) {
        CashReconciliation r = CashReconciliation.portfolio(snapshot);
        return r != null && r.expensesIncomplete() ? " Overstated: recorded expenses are " + r.coverage() + " of cash out: book the "
                + "missing costs before sizing a set-aside." : "";
    }

    private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
            java.util.Locale.US);

    /**
     * The federal estimated-tax payment that covers the quarter's last month: income to 31 Mar is due 15 Apr, to 31 May
     * 15 Jun, to 31 Aug 15 Sep, to 31 Dec 15 Jan of the next year (the IRS's four payment periods are not calendar quarters).
     */
    static java.time.LocalDate estimatedTaxDue(List<String> months) {
        java.time.YearMonth last = java.time.YearMonth.parse(months.get(months.size() - 1));
        int m = last.getMonthValue();
        return m <= 3 ? java.time.LocalDate.of(last.getYear(), 4, 15) : m <= 5 ? java.time.LocalDate.of(last.getYear(), 6, 15)
                : m <= 8 ? java.time.LocalDate.of(last.getYear(), 9, 15) : java.time.LocalDate.of(last.getYear() + 1, 1, 15);
    }

    private static long overSixtyDays(InvoiceFacts invoices, String domain, java.time.LocalDate asOf) {
        List<java.util.Map<String, Long>> buckets = ReceivablesAging.buckets(invoices, asOf);
        return buckets.subList(2, buckets.size()).stream().mapToLong(b -> b.getOrDefault(domain, 0L)).sum();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
