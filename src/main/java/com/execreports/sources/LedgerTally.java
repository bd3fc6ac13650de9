package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.LedgerFacts.Account;
import com.execreports.sources.LedgerCsv.BadValue;
import com.execreports.sources.LedgerCsv.Row;
import com.execreports.sources.LedgerCsv.Stopped;

/**
 * Folds the expense ledger of a bucket into {@link LedgerFacts}: the chart of accounts first (so expense rows can
 * be mapped as they stream by), then every expense CSV under a prefix, then the cash balances. Only sums by month,
 * business, account and tax category are kept, and contractors' yearly totals by vendor under a cap, so memory does not
 * grow with the rows.
 *
 * <p>An expense row names its account as "&lt;number&gt; &lt;name&gt;" (e.g. "6100 Fuel"); it is mapped by the
 * leading number, so a renamed or mistyped name still lands on the right account.
 */
public final class LedgerTally implements ObjectTally {

    private static final List<String> CHART_COLUMNS = List.of("account", "name", "type", "tax_category");
    private static final List<String> EXPENSE_COLUMNS = List.of("date", "business", "account", "amount");
    private static final List<String> CASH_COLUMNS = List.of("business", "as_of", "cash_balance");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("^(\\d+)\\b");
    /** Free-text account names are the one key written per row; a cap keeps a garbage file from growing the map. */
    static final int MAX_UNMAPPED_ACCOUNTS = 50;
    static final String OTHER_UNMAPPED = "(other unmapped accounts)";
    private static final int MAX_KEY_CHARS = 80;
    /** An account for contractors' work, by its chart name or tax line ("Contract labor" on Schedule C). */
    private static final Pattern CONTRACT_LABOUR = Pattern.compile("contract|subcontract|1099|freelanc");
    /**
     * Payment methods a card network or payment app settles: those payees are reported on the settler's 1099-K, not on
     * the payer's 1099-NEC.
     */
    private static final Pattern CARD_OR_APP = Pattern.compile(
            "card|amex|american express|visa|mastercard|discover|debit|credit|\\bink\\b|paypal|venmo|cash app|stripe|square");

    private final String domain;
    private final String source;
    private final String bucket;
    private final String chartKey;
    private final String expensesPrefix;
    private final String cashKey;
    private final long maxRowBytes;
    private final DateWindow window;
    private final SumBound expenseSums = new SumBound();
    private final SumBound cashSums = new SumBound();
    private final IssueSample issues = new IssueSample();

    private boolean chartListed;
    private boolean cashListed;
    private boolean listingChecked;
    private final TreeSet<String> expenseKeys = new TreeSet<>();
    private final List<String> filesRead = new ArrayList<>();

    private final Map<String, Account> chart = new LinkedHashMap<>();
    private long rowsRead;
    private long rowsUnreadable;
    private final SortedMap<String, SortedMap<String, Long>> unreadableExpenses = new TreeMap<>();
    private long expensesCents;
    private final SortedMap<String, Long> byMonth = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> byBusinessMonth = new TreeMap<>();
    private final SortedMap<String, Long> byAccount = new TreeMap<>();
    private final SortedMap<String, Long> byTaxCategory = new TreeMap<>();
    private final SortedMap<String, Long> unmapped = new TreeMap<>();
    private long unmappedRows;
    private final SortedMap<String, Balance> cash = new TreeMap<>();
    /** Expenses by calendar (tax) year, then tax category; rows not in the chart under {@link LedgerFacts#NOT_IN_CHART}. */
    private final SortedMap<String, SortedMap<String, Long>> byTaxYear = new TreeMap<>();
    private final List<LedgerFacts.CapitalItem> capitalItems = new ArrayList<>();
    /** Year → vendor → paid on contract-labour accounts; bounded by {@link LedgerFacts#MAX_CONTRACTOR_VENDORS} a year. */
    private final SortedMap<String, SortedMap<String, LedgerFacts.VendorPaid>> contractors = new TreeMap<>();
    /** Every balance the file holds, business → as-of date → cents: the cash reconciliation needs an opening balance. */
    private final SortedMap<String, SortedMap<String, Long>> cashHistory = new TreeMap<>();
    /** Advertising and commission expenses, business → vendor → month: what the CMO sets against each channel. */
    private final SortedMap<String, SortedMap<String, SortedMap<String, Long>>> channelCosts = new TreeMap<>();

    private record Balance(long cents, LocalDate asOf) {
    }

    /** @param maxRowBytes a row longer than this stops its file (see {@link LedgerCsv}); files of any size stream */
    public LedgerTally(String domain, String source, String bucket, String chartKey, String expensesPrefix,
                       String cashKey, long maxRowBytes, DateWindow window) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.chartKey = chartKey;
        this.expensesPrefix = expensesPrefix;
        this.cashKey = cashKey;
        this.maxRowBytes = maxRowBytes;
        this.window = window;
    }

    @Override
    public void inventory(String key, long size) {
        if (key.equals(chartKey)) {
            chartListed = true;
        } else if (key.equals(cashKey)) {
            cashListed = true;
        } else if (key.startsWith(expensesPrefix) && LedgerCsv.isCsv(key)) {
            expenseKeys.add(key);
        }
    }

    /** The chart first, so every expense row can be mapped as it streams; then the expense files; then cash. */
    @Override
    public List<String> objectsToRead() {
        boolean report = !listingChecked;
        listingChecked = true;
        List<String> keys = new ArrayList<>();
        if (chartListed) {
            keys.add(chartKey);
        } else if (report) {
            issues.add(bucket + "/" + chartKey, "chart of accounts not found: no expense could be mapped to an account "
                    + "or tax category");
        }
        keys.addAll(expenseKeys);
        if (expenseKeys.isEmpty() && report) {
            issues.add(bucket + "/" + expensesPrefix, "no expense .csv found under the prefix");
        }
        if (cashListed) {
            keys.add(cashKey);
        } else if (report) {
            issues.add(bucket + "/" + cashKey, "cash balances not found");
        }
        return keys;
    }

    @Override
    public void read(String key, InputStream content) throws IOException {
        List<String> columns;
        LedgerCsv.RowHandler handler;
        if (key.equals(chartKey)) {
            columns = CHART_COLUMNS;
            handler = row -> account(key, row);
        } else if (key.equals(cashKey)) {
            columns = CASH_COLUMNS;
            handler = row -> balance(key, row);
        } else if (key.startsWith(expensesPrefix) && LedgerCsv.isCsv(key)) {
            columns = EXPENSE_COLUMNS;
            handler = row -> expense(key, row);
        } else {
            issues.add(bucket + "/" + key, "not a ledger file: not read");
            return;
        }
        filesRead.add(key);
        try {
            LedgerCsv.rows(content, maxRowBytes, columns, handler);
        } catch (Stopped stopped) {
            // a stop past the header is a row of its own (the one that never ended); of the files, only expenses count rows
            if (columns.equals(EXPENSE_COLUMNS) && stopped.line > 1) {
                rowsRead++;
                // the rows it swallowed may be anyone's, of any month
                unreadableExpense(IssueText.at(bucket + "/" + key, stopped.line), stopped.getMessage(), DataIssue.ANY_BUSINESS, DataIssue.ANY_MONTH);
            } else {
                issues.add(IssueText.at(bucket + "/" + key, stopped.line), stopped.getMessage());
            }
        }
    }

    private void account(String key, Row row) {
        try {
            shape(row);
            String number = row.get("account");
            if (!number.matches("\\d+")) {
                throw new BadValue("account " + IssueText.quoted(number) + " is not a number");
            }
            if (chart.containsKey(number)) {
                throw new BadValue("account " + number + " is listed twice; the first one is used");
            }
            chart.put(number, new Account(number, row.get("name"), row.get("type"), row.get("tax_category")));
        } catch (BadValue e) {
            issues.add(IssueText.at(bucket + "/" + key, row.line()), e.getMessage());
        }
    }

    private void expense(String key, Row row) {
        rowsRead++;
        long cents;
        String month;
        try {
            shape(row);
            month = LedgerCsv.date("date", row.get("date"), window).toString().substring(0, 7);
            cents = LedgerCsv.cents("amount", row.get("amount"));
            LedgerCsv.usd(row.get("currency"));
            if (!expenseSums.admit(cents)) {
                throw new BadValue("amount " + IssueText.quoted(row.get("amount")) + " " + SumBound.REASON);
            }
        } catch (BadValue e) {
            unreadableExpense(IssueText.at(bucket + "/" + key, row.line()), e.getMessage() + " — " + context(row), businessOf(row), monthOf(row));
            // an amount written but unreadable may be any size; a row with no amount at all says nothing of its size
            if (!row.get("amount").isBlank() && repairAccount(row.get("account"))) {
                capitalItem(key, row, null);
            }
            return;
        }
        if (cents >= LedgerFacts.CAPITAL_ITEM_CENTS && repairAccount(row.get("account"))) {
            capitalItem(key, row, cents);
        }
        expensesCents += cents;
        byMonth.merge(month, cents, Long::sum);
        byBusinessMonth.computeIfAbsent(capped(LedgerCsv.orBlank(row.get("business"))), b -> new TreeMap<>())
                .merge(month, cents, Long::sum);
        String written = row.get("account");
        Matcher number = ACCOUNT_NUMBER.matcher(written);
        Account account = number.find() ? chart.get(number.group(1)) : null;
        if (account == null) {
            unmappedRows++;
            String text = capped(LedgerCsv.orBlank(written));
            if (!unmapped.containsKey(text) && unmapped.size() >= MAX_UNMAPPED_ACCOUNTS) {
                text = OTHER_UNMAPPED;
            }
            unmapped.merge(text, cents, Long::sum);
            byTaxYear.computeIfAbsent(month.substring(0, 4), y -> new TreeMap<>()).merge(LedgerFacts.NOT_IN_CHART, cents, Long::sum);
            return;
        }
        byAccount.merge(account.label(), cents, Long::sum);
        if (channelCost(account)) {
            SortedMap<String, SortedMap<String, Long>> vendors = channelCosts.computeIfAbsent(
                    capped(LedgerCsv.orBlank(row.get("business"))), b -> new TreeMap<>());
            String vendor = IssueText.shown(LedgerCsv.orBlank(row.get("vendor")));
            if (!vendors.containsKey(vendor) && vendors.size() >= LedgerFacts.MAX_CHANNEL_VENDORS) {
                vendor = LedgerFacts.OTHER_VENDORS;
            }
            vendors.computeIfAbsent(vendor, v -> new TreeMap<>()).merge(month, cents, Long::sum);
        }
        if (CONTRACT_LABOUR.matcher((account.name() + " " + account.taxCategory()).toLowerCase(java.util.Locale.ROOT)).find()) {
            contractorPayment(month.substring(0, 4), row, cents);
        }
        byTaxCategory.merge(LedgerCsv.orBlank(account.taxCategory()), cents, Long::sum);
        byTaxYear.computeIfAbsent(month.substring(0, 4), y -> new TreeMap<>())
                .merge(LedgerCsv.orBlank(account.taxCategory()), cents, Long::sum);
    }

    /** Advertising and commissions (an OTA's host fee, a marketplace's cut) are what a sales channel costs. */
    private static boolean channelCost(Account account) {
        String line = LedgerCsv.orBlank(account.taxCategory()).toLowerCase(java.util.Locale.ROOT);
        return line.contains("advertising") || line.contains("commission");
    }

    /** Adds the row to its vendor's year; past the cap a new vendor is summed with the others, so the map stays bounded. */
    private void contractorPayment(String year, Row row, long cents) {
        SortedMap<String, LedgerFacts.VendorPaid> vendors = contractors.computeIfAbsent(year, y -> new TreeMap<>());
        String vendor = IssueText.shown(capped(row.get("vendor").isBlank() ? "(no vendor named)" : row.get("vendor").strip()));
        if (!vendors.containsKey(vendor) && vendors.size() >= LedgerFacts.MAX_CONTRACTOR_VENDORS) {
            vendor = LedgerFacts.OTHER_VENDORS;
        }
        boolean card = CARD_OR_APP.matcher(row.get("payment_method").toLowerCase(java.util.Locale.ROOT)).find();
        String business = IssueText.shown(capped(LedgerCsv.orBlank(row.get("business"))));
        LedgerFacts.VendorPaid was = vendors.get(vendor);
        List<String> businesses = new ArrayList<>(was == null ? List.of() : was.businesses());
        if (!businesses.contains(business) && businesses.size() < LedgerFacts.VendorPaid.MAX_VENDOR_BUSINESSES) {
            businesses.add(business);
        }
        vendors.put(vendor, new LedgerFacts.VendorPaid((was == null ? 0 : was.cents()) + cents,
                (was == null ? 0 : was.cardCents()) + (card ? cents : 0), (was == null ? 0 : was.payments()) + 1, List.copyOf(businesses)));
    }

    /** The row's account is a repairs or maintenance one, by the chart's name and tax line or as written. */
    private boolean repairAccount(String written) {
        Matcher number = ACCOUNT_NUMBER.matcher(written);
        Account account = number.find() ? chart.get(number.group(1)) : null;
        String text = (account == null ? written : account.name() + " " + account.taxCategory()).toLowerCase(java.util.Locale.ROOT);
        return text.contains("repair") || text.contains("maintenance");
    }

    /** Kept bounded: the largest known amounts, and rows whose amount cannot be read ahead of the smallest. */
    private void capitalItem(String key, Row row, Long cents) {
        capitalItems.add(new LedgerFacts.CapitalItem(IssueText.at(bucket + "/" + key, row.line()), IssueText.shown(row.get("business")),
                IssueText.shown(row.get("vendor")), IssueText.shown(row.get("description")), IssueText.shown(row.get("date")), cents,
                cents == null ? IssueText.quoted(row.get("amount")) : null));
        capitalItems.sort(java.util.Comparator.comparing((LedgerFacts.CapitalItem c) -> c.cents() == null ? Long.MAX_VALUE : c.cents())
                .reversed());
        if (capitalItems.size() > LedgerFacts.MAX_CAPITAL_ITEMS) {
            capitalItems.remove(capitalItems.size() - 1);
        }
    }

    /**
     * An expense row left out of every total: counted by the business and month its cells still name, so the figures
     * of that month can say they are incomplete, and sampled with them.
     */
    private void unreadableExpense(String where, String reason, String business, String month) {
        rowsUnreadable++;
        if (!unreadableExpenses.containsKey(business) && unreadableExpenses.size() >= MAX_UNMAPPED_ACCOUNTS) {
            business = DataIssue.ANY_BUSINESS; // past the cap a garbage business column counts as no business at all
        }
        unreadableExpenses.computeIfAbsent(business, b -> new TreeMap<>()).merge(month, 1L, Long::sum);
        issues.add(new DataIssue(where, reason, business, month));
    }

    /** What a bookkeeper looks for to find the row: "rental-3028-51st, Cool Breeze HVAC, 2026-05-14". */
    private static String context(Row row) {
        List<String> cells = new ArrayList<>();
        for (String column : List.of("business", "vendor", "date")) {
            if (!row.get(column).isEmpty()) {
                cells.add(IssueText.shown(row.get(column)));
            }
        }
        return cells.isEmpty() ? "no business, vendor or date" : String.join(", ", cells);
    }

    private static String businessOf(Row row) {
        String business = row.get("business");
        return business.isEmpty() ? DataIssue.ANY_BUSINESS : IssueText.masked(capped(business));
    }

    private String monthOf(Row row) {
        try {
            return LedgerCsv.date("date", row.get("date"), window).toString().substring(0, 7);
        } catch (BadValue e) {
            return DataIssue.ANY_MONTH;
        }
    }

    /** The latest balance of each business wins, so the file may keep its history. */
    private void balance(String key, Row row) {
        try {
            shape(row);
            String business = capped(row.get("business"));
            if (business.isEmpty()) {
                throw new BadValue("business is blank");
            }
            LocalDate asOf = LedgerCsv.date("as_of", row.get("as_of"), window);
            long cents = LedgerCsv.cents("cash_balance", row.get("cash_balance"));
            if (!cashSums.admit(cents)) {
                throw new BadValue("cash_balance " + IssueText.quoted(row.get("cash_balance")) + " " + SumBound.REASON);
            }
            Balance known = cash.get(business);
            if (known == null || !asOf.isBefore(known.asOf())) {
                cash.put(business, new Balance(cents, asOf));
            }
            cashHistory.computeIfAbsent(business, b -> new TreeMap<>()).put(asOf.toString(), cents);
        } catch (BadValue e) {
            issues.add(IssueText.at(bucket + "/" + key, row.line()), e.getMessage());
        }
    }

    private static void shape(Row row) throws BadValue {
        String problem = row.shapeProblem();
        if (problem != null) {
            throw new BadValue(problem);
        }
    }

    /** A key taken from a cell is shortened, so one runaway cell cannot bloat the facts. */
    private static String capped(String text) {
        return text.length() <= MAX_KEY_CHARS ? text : text.substring(0, MAX_KEY_CHARS) + "…";
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        SortedMap<String, SortedMap<String, Long>> businessMonths = new TreeMap<>();
        byBusinessMonth.forEach((business, months) -> businessMonths.put(business, FactMaps.frozen(months)));
        SortedMap<String, Long> balances = new TreeMap<>();
        cash.forEach((business, balance) -> balances.put(business, balance.cents()));
        String asOf = cash.values().stream().map(Balance::asOf).min(LocalDate::compareTo)
                .map(LocalDate::toString).orElse(null);
        SortedMap<String, SortedMap<String, Long>> unreadable = new TreeMap<>();
        unreadableExpenses.forEach((business, months) -> unreadable.put(business, FactMaps.frozen(months)));
        SortedMap<String, SortedMap<String, Long>> taxYears = new TreeMap<>();
        byTaxYear.forEach((year, categories) -> taxYears.put(year, FactMaps.frozen(categories)));
        SortedMap<String, SortedMap<String, LedgerFacts.VendorPaid>> contractorYears = new TreeMap<>();
        contractors.forEach((year, vendors) -> contractorYears.put(year, FactMaps.frozen(vendors)));
        SortedMap<String, SortedMap<String, Long>> history = new TreeMap<>();
        cashHistory.forEach((business, dates) -> history.put(business, FactMaps.frozen(dates)));
        LedgerFacts data = new LedgerFacts(bucket, List.copyOf(filesRead), rowsRead, rowsUnreadable,
                Collections.unmodifiableSortedMap(unreadable), expensesCents,
                FactMaps.frozen(byMonth), Collections.unmodifiableSortedMap(businessMonths), FactMaps.frozen(byAccount),
                FactMaps.frozen(byTaxCategory), FactMaps.frozen(unmapped), unmappedRows, FactMaps.frozen(balances), asOf,
                List.copyOf(chart.values()), Collections.unmodifiableSortedMap(history), Collections.unmodifiableSortedMap(taxYears),
                List.copyOf(capitalItems), channelCosts(), Collections.unmodifiableSortedMap(contractorYears));
        return Facts.read(runId, domain, source, "s3-ledger", bucket, data, issues.kept(), issues.count());
    }

    private SortedMap<String, SortedMap<String, SortedMap<String, Long>>> channelCosts() {
        SortedMap<String, SortedMap<String, SortedMap<String, Long>>> out = new TreeMap<>();
        channelCosts.forEach((business, vendors) -> {
            SortedMap<String, SortedMap<String, Long>> frozenVendors = new TreeMap<>();
            vendors.forEach((vendor, months) -> frozenVendors.put(vendor, FactMaps.frozen(months)));
            out.put(business, Collections.unmodifiableSortedMap(frozenVendors));
        });
        return Collections.unmodifiableSortedMap(out);
    }
}
