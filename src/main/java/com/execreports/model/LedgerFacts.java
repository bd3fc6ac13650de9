package com.execreports.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the portfolio's expense ledger (the spreadsheets in S3) says, folded while streaming its rows. Every map
 * is keyed by month, account, tax category or business, so its size never grows with the number of rows.
 * Money is in cents (USD).
 *
 * @param bucket                  the S3 bucket read
 * @param filesRead               the objects read, in reading order (chart, expense files, cash balances)
 * @param rowsRead                expense rows seen, readable or not (header and blank lines excluded)
 * @param rowsUnreadable          expense rows that could not be used (they are absent from every total)
 * @param unreadableExpenses      those rows by the business, then the month, their cells still name
 *                                ({@link DataIssue#ANY_BUSINESS}, {@link DataIssue#ANY_MONTH} where they cannot
 *                                say), so a figure of a month they may belong to is marked incomplete
 * @param expensesCents           total of the readable expense rows, mapped or not
 * @param expensesByMonth         that total by month of the expense date (yyyy-MM)
 * @param expensesByBusinessMonth that total by business, then by month
 * @param expensesByAccount       mapped expenses by chart account, labelled "number name" as the chart names it
 * @param expensesByTaxCategory   mapped expenses by the chart's tax category
 * @param unmappedAccounts        expenses whose account is not in the chart, by the account text as written
 *                                ("(blank)" when empty); counted in every total except by account and tax category
 * @param unmappedRows            how many rows those are
 * @param cashBalances            the latest cash balance of each business
 * @param cashAsOf                the oldest as-of date among those balances (yyyy-MM-dd), so "cash as of" never
 *                                overstates how fresh a balance is; null when no balance was read
 * @param chart                   the chart of accounts, in file order
 * @param cashHistory             every balance read, business → as-of date (yyyy-MM-dd) → cents: the opening and
 *                                month-end balances the cash reconciliation sets collections and expenses against
 * @param expensesByTaxYear       expenses by calendar year (yyyy), then by tax category ({@link #NOT_IN_CHART} for the
 *                                rows whose account is not in the chart): a return covers one tax year, not the ledger
 * @param possibleCapitalItems    repair and maintenance rows of {@link #CAPITAL_ITEM_CENTS} or more, or whose amount
 *                                cannot be read: an improvement of that size is depreciated, not expensed (largest
 *                                first, at most {@link #MAX_CAPITAL_ITEMS})
 * @param channelCosts            expenses on advertising and commission accounts (the chart's tax categories
 *                                Advertising and Commissions and fees), by business, then vendor as written (masked,
 *                                at most {@link #MAX_CHANNEL_VENDORS} a business), then month: what a sales channel costs
 * @param contractorPayments      what each vendor was paid on a contract-labour account of the chart, by calendar year
 *                                (yyyy: 1099s follow the calendar year, whatever the business's tax year), then by
 *                                vendor as written: at most {@link #MAX_CONTRACTOR_VENDORS} vendors a year, the rest
 *                                summed under {@link #OTHER_VENDORS}
 */
public record LedgerFacts(String bucket, List<String> filesRead, long rowsRead, long rowsUnreadable,
                          SortedMap<String, SortedMap<String, Long>> unreadableExpenses, long expensesCents,
                          SortedMap<String, Long> expensesByMonth,
                          SortedMap<String, SortedMap<String, Long>> expensesByBusinessMonth,
                          SortedMap<String, Long> expensesByAccount, SortedMap<String, Long> expensesByTaxCategory,
                          SortedMap<String, Long> unmappedAccounts, long unmappedRows,
                          SortedMap<String, Long> cashBalances, String cashAsOf, List<Account> chart,
                          SortedMap<String, SortedMap<String, Long>> cashHistory,
                          SortedMap<String, SortedMap<String, Long>> expensesByTaxYear,
                          List<CapitalItem> possibleCapitalItems,
                          SortedMap<String, SortedMap<String, SortedMap<String, Long>>> channelCosts,
                          SortedMap<String, SortedMap<String, VendorPaid>> contractorPayments)
        implements SourceData {

    /** $2,500: the IRS de minimis safe harbor per item for a business without audited statements; above it, capitalise. */
    public static final long CAPITAL_ITEM_CENTS = 250_000;
    public static final int MAX_CAPITAL_ITEMS = 20;
    /** Vendors kept a business for channel costs (and a year for contractor payments); the rest are summed under {@link #OTHER_VENDORS}. */
    public static final int MAX_CHANNEL_VENDORS = 30;
    public static final String OTHER_VENDORS = "(other vendors)";

    /** Vendors kept per year in {@link #contractorPayments}: a vendor column of free text must not grow the facts. */
    public static final int MAX_CONTRACTOR_VENDORS = 200;

    /** The tax category of expenses whose account is not in the chart. */
    public static final String NOT_IN_CHART = "Not in the chart";

    public LedgerFacts {
        // a snapshot archived before unreadable rows were attributed (or balances kept) reads back with none
        unreadableExpenses = unreadableExpenses == null ? Collections.emptySortedMap() : unreadableExpenses;
        cashHistory = cashHistory == null ? Collections.emptySortedMap() : cashHistory;
        expensesByTaxYear = expensesByTaxYear == null ? Collections.emptySortedMap() : expensesByTaxYear;
        possibleCapitalItems = possibleCapitalItems == null ? List.of() : possibleCapitalItems;
        // ... or before channel costs were kept: none known
        channelCosts = channelCosts == null ? Collections.emptySortedMap() : channelCosts;
        // ... and before contractor payments were kept by vendor: none known
        contractorPayments = contractorPayments == null ? Collections.emptySortedMap() : contractorPayments;
    }

    /** Facts with no channel costs nor contractor payments kept, as archived before they were. */
    public LedgerFacts(String bucket, List<String> filesRead, long rowsRead, long rowsUnreadable,
                       SortedMap<String, SortedMap<String, Long>> unreadableExpenses, long expensesCents,
                       SortedMap<String, Long> expensesByMonth, SortedMap<String, SortedMap<String, Long>> expensesByBusinessMonth,
                       SortedMap<String, Long> expensesByAccount, SortedMap<String, Long> expensesByTaxCategory,
                       SortedMap<String, Long> unmappedAccounts, long unmappedRows, SortedMap<String, Long> cashBalances,
                       String cashAsOf, List<Account> chart, SortedMap<String, SortedMap<String, Long>> cashHistory,
                       SortedMap<String, SortedMap<String, Long>> expensesByTaxYear, List<CapitalItem> possibleCapitalItems) {
        this(bucket, filesRead, rowsRead, rowsUnreadable, unreadableExpenses, expensesCents, expensesByMonth,
                expensesByBusinessMonth, expensesByAccount, expensesByTaxCategory, unmappedAccounts, unmappedRows, cashBalances,
                cashAsOf, chart, cashHistory, expensesByTaxYear, possibleCapitalItems, null, null);
    }

    /** Facts with only the latest balance of each business known. */
    public LedgerFacts(String bucket, List<String> filesRead, long rowsRead, long rowsUnreadable,
                       SortedMap<String, SortedMap<String, Long>> unreadableExpenses, long expensesCents,
                       SortedMap<String, Long> expensesByMonth, SortedMap<String, SortedMap<String, Long>> expensesByBusinessMonth,
                       SortedMap<String, Long> expensesByAccount, SortedMap<String, Long> expensesByTaxCategory,
                       SortedMap<String, Long> unmappedAccounts, long unmappedRows, SortedMap<String, Long> cashBalances,
                       String cashAsOf, List<Account> chart) {
        this(bucket, filesRead, rowsRead, rowsUnreadable, unreadableExpenses, expensesCents, expensesByMonth,
                expensesByBusinessMonth, expensesByAccount, expensesByTaxCategory, unmappedAccounts, unmappedRows, cashBalances,
                cashAsOf, chart, null, null, null, null, null);
    }

    /**
     * The unreadable expense rows that may belong to a business's figure over some months: its own rows of those
     * months, its undated ones, and those of no business the row can be trusted to name. A null business is every
     * business (a portfolio-wide figure).
     */
    public long unreadableExpenseRows(String business, Collection<String> months) {
        long rows = 0;
        for (var byBusiness : unreadableExpenses.entrySet()) {
            if (business == null || byBusiness.getKey().equals(business) || byBusiness.getKey().equals(DataIssue.ANY_BUSINESS)) {
                for (var byMonth : byBusiness.getValue().entrySet()) {
                    if (byMonth.getKey().equals(DataIssue.ANY_MONTH) || months.contains(byMonth.getKey())) {
                        rows += byMonth.getValue();
                    }
                }
            }
        }
        return rows;
    }

    public long unreadableExpenseRows(String business, String month) {
        return unreadableExpenseRows(business, List.of(month));
    }

    /** Total expenses of each business over the whole ledger. */
    public SortedMap<String, Long> expensesByBusiness() {
        SortedMap<String, Long> totals = new TreeMap<>();
        expensesByBusinessMonth.forEach((business, months) ->
                totals.put(business, months.values().stream().mapToLong(Long::longValue).sum()));
        return totals;
    }

    /** The value of the rows whose account is not in the chart. */
    public long unmappedCents() {
        return unmappedAccounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A repair or maintenance expense large enough to be an improvement.
     *
     * @param where   file:line of the row
     * @param business as the row names it
     * @param vendor  as written (masked, shortened)
     * @param description as written (masked, shortened)
     * @param date    as written
     * @param cents   the amount, or null when the amount cannot be read
     * @param amountWritten the amount as written (masked), for the unreadable ones
     */
    public record CapitalItem(String where, String business, String vendor, String description, String date, Long cents,
                              String amountWritten) {
    }

    /**
     * What one vendor was paid in a year on contract-labour accounts.
     *
     * @param cents      every payment
     * @param cardCents  of those, the ones paid by card or a payment app: the card issuer or app reports them on a 1099-K,
     *                   so the payer files no 1099-NEC for them
     * @param payments   how many rows
     * @param businesses the businesses that paid, as the rows name them (at most {@link #MAX_VENDOR_BUSINESSES})
     */
    public record VendorPaid(long cents, long cardCents, long payments, List<String> businesses) {

        public static final int MAX_VENDOR_BUSINESSES = 10;

        /** What a 1099-NEC would report: the payments not made by card or app. */
        public long reportableCents() {
            return cents - cardCents;
        }
    }

    /**
     * One account of the chart of accounts.
     *
     * @param number      the account number, as written (e.g. "6100")
     * @param name        e.g. "Fuel"
     * @param type        asset, liability, equity, income or expense
     * @param taxCategory the tax return line it rolls up to, e.g. "Car and truck expenses"
     */
    public record Account(String number, String name, String type, String taxCategory) {

        /** How expense rows write the account, and the key of {@link LedgerFacts#expensesByAccount()}. */
        public String label() {
            return number + " " + name;
        }
    }
}
