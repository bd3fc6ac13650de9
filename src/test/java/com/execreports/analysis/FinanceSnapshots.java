package com.execreports.analysis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.ChannelFacts;
import com.execreports.model.ChannelFacts.BusinessChannels;
import com.execreports.model.ChannelFacts.OtaListing;
import com.execreports.model.CostFacts;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.InvoiceFacts.Total;
import com.execreports.model.LedgerFacts;
import com.execreports.model.LedgerFacts.Account;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SiteFacts;
import com.execreports.model.SubscriptionFacts;

/**
 * Hand-built snapshots for the finance, marketing and accounting reports, run on Mon 23 Nov 2026: the last three
 * full months are 2026-08 to 2026-10, and 2026-11 is month to date.
 *
 * <p>The {@link #portfolio()} figures, worked out by hand:
 * <ul>
 *   <li>JADA (bookings): 10 bookings worth $10,000, 2 of them ($1,500) without invoice id; $7,000 booked in
 *       2026-08..10 ($2,000 + $2,500 + $2,500), $3,000 in 2026-11; $8,000 earned, $2,000 deferred; earned by service
 *       month: $1,600, $2,000, $2,000 in 2026-08..10 and $2,400 in 2026-11 (each month's bookings × 0.8); ledger
 *       expenses $13,000 + $14,000 + $13,000 = $40,000 over those months: $33,000 below break-even, $11,000 a
 *       month.</li>
 *   <li>QuickDumpNow (subscription): MRR $3,000, so $9,000 over three months, against $2,000 a month of expenses.</li>
 *   <li>Portfolio: expenses $15,000 + $16,000 + $15,000 = $46,000; cash in: JADA's invoices paid $1,500 + $2,000 +
 *       $2,300 = $5,800 and QuickDumpNow's MRR (it invoices nothing) 3 × $3,000: burn $31,200, $10,400 a month; cash
 *       $100,000 + $42,000 = $142,000, so a runway of 13.7 months. No month-end balances span the months, so the burn is
 *       from the recorded flows.</li>
 *   <li>Invoices: 9 for JADA worth $9,000 naming 7 bookings; 1 invoice ($500) names no booking; 7 paid ($7,800),
 *       2 open ($1,200). Collected by month paid: $1,500, $2,000, $2,300 in 2026-08..10 and $2,000 in 2026-11; one
 *       paid invoice ($1,000, issued in 2026-10) has no paid date. So JADA has $8,000 earned against $7,800
 *       collected: $200 (3%) earned but not collected.</li>
 * </ul>
 */
final class FinanceSnapshots {

    static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    static final ReportSettings SETTINGS = new ReportSettings("Test portfolio", 365, 20, 10);

    private FinanceSnapshots() {
    }

    static PortfolioSnapshot snapshot(Facts... sources) {
        List<Facts> sorted = new ArrayList<>(Arrays.asList(sources));
        sorted.sort(java.util.Comparator.comparing(Facts::name));
        return new PortfolioSnapshot(RUN, sorted);
    }

    /** JADA, QuickDumpNow and the portfolio's ledger, invoices and AWS costs, all read. */
    static PortfolioSnapshot portfolio() {
        return snapshot(profile("jada", "JADA (yacht charters)", "bookings"), jadaBookings(),
                profile("qdn", "QuickDumpNow", "subscription"), qdnSubscriptions(300_000),
                profile("portfolio", "Portfolio-wide", "portfolio"), ledger(), invoices(), costs());
    }

    static Facts profile(String domain, String name, String kind) {
        return Facts.read(RUN.runId(), domain, "profile", "business", "routes/domains/" + domain + ".yaml",
                new BusinessProfile(name, kind, "Owner"), List.of(), 0);
    }

    /** A business whose domain file names its owner. */
    static Facts profileOwned(String domain, String name, String owner) {
        return Facts.read(RUN.runId(), domain, "profile", "business", "routes/domains/" + domain + ".yaml",
                new BusinessProfile(name, "bookings", owner), List.of(), 0);
    }

    static Facts jadaBookings() {
        return bookings("jada", "jada-bookings", months("2026-08", 200_000L, "2026-09", 250_000L, "2026-10", 250_000L, "2026-11", 300_000L));
    }

    /** 10 bookings worth the months' sum, 2 of them ($1,500) without invoice; 2 open leads worth $1,000. */
    static Facts bookings(String domain, String table, SortedMap<String, Long> revenueByMonth) {
        long revenue = revenueByMonth.values().stream().mapToLong(Long::longValue).sum();
        // JADA's bookings by id, for invoice-by-invoice reconciliation: J1-J6 and J8 $1,000, J7 $1,500, J9 and J10 $750
        SortedMap<String, Long> byId = domain.equals("jada") ? months("J1", 100_000L, "J2", 100_000L, "J3", 100_000L,
                "J4", 100_000L, "J5", 100_000L, "J6", 100_000L, "J7", 150_000L, "J8", 100_000L, "J9", 75_000L, "J10", 75_000L)
                : new TreeMap<>();
        SortedMap<String, Long> earnedByMonth = new TreeMap<>();
        revenueByMonth.forEach((month, cents) -> earnedByMonth.put(month, cents * 8 / 10));
        BookingFacts data = new BookingFacts(table, 12, 10, revenue, revenueByMonth, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), 0, 0, 2, 150_000, List.of("J9", "J10"), 2, 100_000,
                revenue * 8 / 10, revenue * 2 / 10, 300_000, 250_000, byId, earnedByMonth, null, null, null, null, null, null, null, null,
                null, null, null);
        return Facts.read(RUN.runId(), domain, "bookings", "ddb-bookings", table, data, List.of(), 0);
    }

    static Facts qdnSubscriptions(long mrrCents) {
        SubscriptionFacts data = new SubscriptionFacts("qdn-subscriptions", 40, new TreeMap<>(), 30, mrrCents, 0, 0, List.of(),
                new TreeMap<>());
        return Facts.read(RUN.runId(), "qdn", "subscriptions", "ddb-subscriptions", "qdn-subscriptions", data, List.of(), 0);
    }

    static Facts ledger() {
        return ledger(months("2026-08", 1_500_000L, "2026-09", 1_600_000L, "2026-10", 1_500_000L, "2026-11", 500_000L),
                months("jada", 10_000_000L, "qdn", 4_200_000L), "2026-10-31", 0);
    }

    /**
     * Expenses: JADA $13,000 / $14,000 / $13,000 / $4,000 and QuickDumpNow $2,000 / $2,000 / $2,000 / $1,000 in
     * 2026-08..11. Accounts: Crew wages $35,000, Fuel $8,000, Software & SaaS $4,200, Travel $3,000; not in the chart:
     * "Misc" $500 and "(blank)" $300 (2 rows). Unreadable rows, if any, are JADA's of 2026-09; the first is sampled.
     */
    static Facts ledger(SortedMap<String, Long> byMonth, SortedMap<String, Long> cash, String cashAsOf, long unreadable) {
        SortedMap<String, SortedMap<String, Long>> byBusiness = new TreeMap<>();
        byBusiness.put("jada", months("2026-08", 1_300_000L, "2026-09", 1_400_000L, "2026-10", 1_300_000L, "2026-11", 400_000L));
        byBusiness.put("qdn", months("2026-08", 200_000L, "2026-09", 200_000L, "2026-10", 200_000L, "2026-11", 100_000L));
        SortedMap<String, Long> byAccount = months("6200 Crew wages", 3_500_000L, "6100 Fuel", 800_000L,
                "6400 Software & SaaS", 420_000L, "7300 Travel", 300_000L);
        SortedMap<String, Long> byTax = months("Wages", 3_500_000L, "Car and truck expenses", 800_000L, "Other expenses", 720_000L);
        SortedMap<String, Long> unmapped = months("Misc", 50_000L, "(blank)", 30_000L);
        List<Account> chart = List.of(new Account("1000", "Operating cash", "asset", "Balance sheet"),
                new Account("4000", "Charter revenue", "income", "Gross receipts"),
                new Account("6100", "Fuel", "expense", "Car and truck expenses"),
                new Account("6200", "Crew wages", "expense", "Wages"),
                new Account("6400", "Software & SaaS", "expense", "Other expenses"),
                new Account("7300", "Travel", "expense", "Other expenses"));
        long total = byMonth.values().stream().mapToLong(Long::longValue).sum();
        SortedMap<String, SortedMap<String, Long>> unreadableRows = new TreeMap<>();
        if (unreadable > 0) {
            unreadableRows.put("jada", months("2026-09", unreadable));
        }
        LedgerFacts data = new LedgerFacts("portfolio-ledgers", List.of("chart-of-accounts.csv", "expenses/expenses-2026.csv",
                "cash/balances.csv"), 40 + unreadable, unreadable, unreadableRows, total, byMonth, byBusiness, byAccount, byTax, unmapped,
                2, cash, cashAsOf, chart);
        List<DataIssue> issues = unreadable == 0 ? List.of()
                : List.of(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:12",
                        "amount '1,4OO.00' is not a number — jada, Chevron, 2026-09-14", "jada", "2026-09"));
        return Facts.read(RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", data, issues, unreadable);
    }

    /**
     * The ledger above with month-end balances from 2026-07: JADA $160,000, $140,000, $118,000, $100,000 and
     * QuickDumpNow $45,000, $44,000, $43,000, $42,000. The portfolio's cash fell $63,000 over 2026-08..10: a burn of
     * $21,000 a month, so 6.8 months of runway on $142,000. JADA reconciled: $160,000 + $5,800 collected − $40,000
     * recorded would leave $125,800, yet $100,000 is left: $25,800 went out unrecorded, and recorded expenses cover
     * 61% of the $65,800 cash implies (by month: $8,500, $10,000, $7,300).
     */
    static Facts ledgerWithBalances() {
        Facts plain = ledger();
        LedgerFacts l = (LedgerFacts) plain.data();
        SortedMap<String, SortedMap<String, Long>> history = new TreeMap<>();
        history.put("jada", months("2026-07-31", 16_000_000L, "2026-08-31", 14_000_000L, "2026-09-30", 11_800_000L, "2026-10-31", 10_000_000L));
        history.put("qdn", months("2026-07-31", 4_500_000L, "2026-08-31", 4_400_000L, "2026-09-30", 4_300_000L, "2026-10-31", 4_200_000L));
        LedgerFacts data = new LedgerFacts(l.bucket(), l.filesRead(), l.rowsRead(), l.rowsUnreadable(), l.unreadableExpenses(),
                l.expensesCents(), l.expensesByMonth(), l.expensesByBusinessMonth(), l.expensesByAccount(), l.expensesByTaxCategory(),
                l.unmappedAccounts(), l.unmappedRows(), l.cashBalances(), l.cashAsOf(), l.chart(), history, null, null);
        return Facts.read(RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", data, List.of(), 0);
    }

    /** {@link #portfolio()} with the month-end balances of {@link #ledgerWithBalances()}. */
    static PortfolioSnapshot portfolioWithBalances() {
        return snapshot(profile("jada", "JADA (yacht charters)", "bookings"), jadaBookings(),
                profile("qdn", "QuickDumpNow", "subscription"), qdnSubscriptions(300_000),
                profile("portfolio", "Portfolio-wide", "portfolio"), ledgerWithBalances(), invoices(), costs());
    }

    static Facts invoices() {
        return invoices(months("2026-08", 150_000L, "2026-09", 200_000L, "2026-10", 230_000L, "2026-11", 200_000L));
    }

    /** The invoices above as a snapshot archived before collections were kept reads them back: nothing known collected. */
    static Facts invoicesArchivedBeforeCollections() {
        InvoiceFacts i = (InvoiceFacts) invoices().data();
        InvoiceFacts data = new InvoiceFacts(i.bucket(), i.keys(), i.rowsRead(), i.rowsUnreadable(), i.invoices(), i.amountCents(),
                i.byBusiness(), i.byStatus(), i.byMonth(), i.openInvoices(), i.openCents(), i.withoutBookingRef(), i.bookingCents(),
                null, null, null);
        return Facts.read(RUN.runId(), "portfolio", "invoices", "s3-invoices", "portfolio-ledgers", data, List.of(), 0);
    }

    /** The invoices above, with JADA's collections by month paid as given. */
    static Facts invoices(SortedMap<String, Long> jadaCollected) {
        SortedMap<String, Total> byBusiness = new TreeMap<>();
        byBusiness.put("jada", new Total(9, 900_000));
        SortedMap<String, Total> byStatus = new TreeMap<>();
        byStatus.put("open", new Total(2, 120_000));
        byStatus.put("paid", new Total(7, 780_000));
        SortedMap<String, SortedMap<String, Long>> bookingCents = new TreeMap<>();
        bookingCents.put("jada", months("J1", 100_000L, "J2", 100_000L, "J3", 100_000L, "J4", 150_000L, "J5", 100_000L,
                "J6", 100_000L, "J7", 200_000L));
        SortedMap<String, SortedMap<String, Long>> collected = new TreeMap<>();
        collected.put("jada", jadaCollected);
        SortedMap<String, Total> open = new TreeMap<>();
        open.put("jada", new Total(2, 120_000));
        InvoiceFacts data = new InvoiceFacts("portfolio-ledgers", List.of("invoices/invoices.csv"), 9, 0, 9, 900_000, byBusiness,
                byStatus, new TreeMap<>(), 2, 120_000, new Total(1, 50_000), bookingCents, collected, new Total(1, 100_000), open);
        return Facts.read(RUN.runId(), "portfolio", "invoices", "s3-invoices", "portfolio-ledgers", data, List.of(), 0);
    }

    /** AWS: $150 in 2026-09, $220 in 2026-10, $80 so far in 2026-11. */
    static Facts costs() {
        SortedMap<String, Long> byMonth = months("2026-09", 15_000L, "2026-10", 22_000L, "2026-11", 8_000L);
        CostFacts data = new CostFacts("portfolio-costs", "cur/", "business", 3, 30, 45_000, byMonth, new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), 0, "2026-11", List.of(), false);
        return Facts.read(RUN.runId(), "portfolio", "costs", "s3-costs", "portfolio-costs", data, List.of(), 0);
    }

    /** Cost Explorer: the same months as {@link #costs()}, and $100 forecast for the rest of 2026-11. */
    static Facts costExplorer() {
        SortedMap<String, Long> byMonth = months("2026-09", 15_000L, "2026-10", 22_000L, "2026-11", 8_000L);
        CostFacts data = new CostFacts(null, null, "business", 0, 9, 45_000, byMonth, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0,
                null, List.of(), false, new CostFacts.Explorer(List.of("2026-09", "2026-10"), "2026-11", "2026-11-23", 10_000));
        return Facts.read(RUN.runId(), "portfolio", "cost-explorer", "aws-cost", "Cost Explorer", data, List.of(), 0);
    }

    static Facts channels(SortedMap<String, BusinessChannels> businesses) {
        ChannelFacts data = new ChannelFacts("portfolio-marketing", "email/subscribers.csv", "ota/listings.csv", "seo/", true, true,
                List.of("seo/search-console-2026-10.csv"), businesses);
        return Facts.read(RUN.runId(), "portfolio", "channels", "s3-channels", "portfolio-marketing", data, List.of(), 0);
    }

    static BusinessChannels channel(long subscribed, SortedMap<String, Long> newByMonth, List<OtaListing> listings, long clicks,
                                    long impressions, BigDecimal position) {
        return channel(subscribed, newByMonth, newByMonth, listings, clicks, impressions, position);
    }

    /** One unsubscribed address; of the sign-ups of {@code newByMonth}, those of {@code stayedByMonth} still subscribed. */
    static BusinessChannels channel(long subscribed, SortedMap<String, Long> newByMonth, SortedMap<String, Long> stayedByMonth,
                                    List<OtaListing> listings, long clicks, long impressions, BigDecimal position) {
        return new BusinessChannels(subscribed, 1, 0, 0, newByMonth, listings, clicks, impressions, position, impressions > 0 ? 5 : 0,
                stayedByMonth);
    }

    static Facts site(String domain, List<String> tags) {
        SiteFacts data = new SiteFacts(domain + "-site", 6, 40_000, 4, tags.isEmpty() ? 0 : 4, tags, 1, List.of(), "2026-10-02",
                List.of(), List.of(), true, true);
        return Facts.read(RUN.runId(), domain, "site", "s3-site", domain + "-site", data, List.of(), 0);
    }

    /** A sorted map from alternating keys and values. */
    @SuppressWarnings("unchecked")
    static <V> SortedMap<String, V> months(Object... keysAndValues) {
        SortedMap<String, V> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
