package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.execreports.config.SnapshotJson;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.LedgerFacts.Account;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class LedgerTallyTest {

    private static final String BUCKET = "portfolio-ledgers";
    private static final String RUN_ID = "2026-W48-20261123T0700";
    private static final String CHART = "chart-of-accounts.csv";
    private static final String CASH = "cash/balances.csv";
    private static final String EXPENSES_2026 = "expenses/expenses-2026.csv";
    private static final String EXPENSE_HEADER = "date,business,vendor,account,description,amount,currency,payment_method\n";
    private static final String CHART_CSV = """
            account,name,type,tax_category
            4000,Charter revenue,income,Gross receipts
            6100,Fuel,expense,Car and truck expenses
            6200,Crew wages,expense,Wages
            6400,Software & SaaS,expense,Other expenses
            7300,Travel,expense,Other expenses
            """;
    private static final String CASH_CSV = """
            business,as_of,cash_balance
            jada,2026-10-31,18432.17
            quickdumpnow,2026-10-31,24118.90
            """;

    // ---------------------------------------------------------------- mapping and totals

    @Test
    void should_map_expenses_to_accounts_and_tax_categories_by_the_leading_number() {
        LedgerFacts l = data(ledger(EXPENSE_HEADER + """
                2026-01-02,jada,Shelter Island Fuel Dock,6100 Fuel,Diesel,395.86,USD,Amex 1008
                2026-01-03,quickdumpnow,Chevron,6100 fuel (trucks),Truck fuel,187.93,USD,Debit 7730
                2026-01-15,jada,Gusto,6200 Crew wages,Payroll,2500.00,USD,ACH
                2026-01-16,jada,Google Workspace,6400 Software & SaaS,"Business Starter, 2 users",14.40,USD,Amex 1008
                2026-01-20,expert-yacht-delivery,Alaska Airlines,7300 Travel,Crew return flight,276.29,USD,Amex 1008
                """));

        assertThat(l.expensesByAccount()).containsExactly(entry("6100 Fuel", 58_379L), entry("6200 Crew wages", 250_000L),
                entry("6400 Software & SaaS", 1_440L), entry("7300 Travel", 27_629L));
        assertThat(l.expensesByTaxCategory()).containsExactly(entry("Car and truck expenses", 58_379L),
                entry("Other expenses", 29_069L), entry("Wages", 250_000L));
        assertThat(l.expensesCents()).isEqualTo(337_448L);
        assertThat(l.unmappedAccounts()).isEmpty();
        assertThat(l.unmappedRows()).isZero();
    }

    @Test
    void should_keep_advertising_and_commission_expenses_by_business_vendor_and_month_as_what_channels_cost() {
        String chart = CHART_CSV + """
                6500,Advertising,expense,Advertising
                6800,Merchant fees,expense,Commissions and fees
                """;
        LedgerFacts l = data(feed(tally(LedgerCsv.DEFAULT_MAX_ROW_BYTES), Map.of(CHART, chart, CASH, CASH_CSV, EXPENSES_2026,
                EXPENSE_HEADER + """
                2026-08-05,rental-3028-51st,Airbnb,6800 Merchant fees,Host service fees Aug,94.61,USD,Payout deduction
                2026-09-05,rental-3028-51st,Airbnb,6800 Merchant fees,Host service fees Sep,80.00,USD,Payout deduction
                2026-09-03,jada,Stripe,6800 Merchant fees,Card processing fees,112.13,USD,Stripe balance
                2026-09-10,jada,Google Ads,6500 Advertising,Search campaign,250.00,USD,Amex 1008
                2026-09-15,jada,Gusto,6200 Crew wages,Payroll,2500.00,USD,ACH
                """)));

        assertThat(l.channelCosts()).containsOnlyKeys("jada", "rental-3028-51st");
        assertThat(l.channelCosts().get("rental-3028-51st")).containsExactly(entry("Airbnb",
                new java.util.TreeMap<>(Map.of("2026-08", 9_461L, "2026-09", 8_000L))));
        assertThat(l.channelCosts().get("jada")).containsExactly(
                entry("Google Ads", new java.util.TreeMap<>(Map.of("2026-09", 25_000L))),
                entry("Stripe", new java.util.TreeMap<>(Map.of("2026-09", 11_213L))));
    }

    @Test
    void should_keep_repairs_of_2500_dollars_or_more_and_unreadable_repairs_as_possible_capital_items() {
        LedgerFacts l = data(ledger(EXPENSE_HEADER + """
                2026-05-14,rental-3028-51st,Cool Breeze HVAC,6600 Repairs & maintenance,Central AC and furnace install,"12,40O.00",USD,Check
                2026-06-01,jada,Boatyard,6600 Repairs & maintenance,Engine rebuild,8200.00,USD,ACH
                2026-06-02,jada,West Marine,6600 Repairs & maintenance,Bilge pump,2499.99,USD,Amex
                2026-06-03,jada,Gusto,6200 Crew wages,Payroll,9000.00,USD,ACH
                """));

        assertThat(l.possibleCapitalItems()).extracting(LedgerFacts.CapitalItem::vendor, LedgerFacts.CapitalItem::cents)
                .containsExactly(tuple("Cool Breeze HVAC", null), tuple("Boatyard", 820_000L));
        assertThat(l.possibleCapitalItems().get(0).amountWritten()).isEqualTo("'12,40O.00'");
        assertThat(l.possibleCapitalItems().get(0).where()).isEqualTo("portfolio-ledgers/expenses/expenses-2026.csv:2");
    }

    @Test
    void should_total_each_tax_year_by_tax_category_so_no_return_spans_two_years() {
        LedgerFacts l = data(ledger(EXPENSE_HEADER + """
                2025-12-31,jada,Chevron,6100 Fuel,Fuel,100.00,USD,Amex
                2026-01-01,jada,Chevron,6100 Fuel,Fuel,40.00,USD,Amex
                2026-01-02,jada,Gusto,6200 Crew wages,Payroll,2500.00,USD,ACH
                2025-11-02,jada,Somebody,Misc,Odd job,12.50,USD,Cash
                """));

        assertThat(l.expensesByTaxYear()).containsOnlyKeys("2025", "2026");
        assertThat(l.expensesByTaxYear().get("2025")).containsExactly(entry("Car and truck expenses", 10_000L),
                entry(LedgerFacts.NOT_IN_CHART, 1_250L));
        assertThat(l.expensesByTaxYear().get("2026")).containsExactly(entry("Car and truck expenses", 4_000L), entry("Wages", 250_000L));
    }

    @Test
    void should_total_expenses_by_month_and_by_business_and_month() {
        LedgerFacts l = data(ledger(EXPENSE_HEADER + """
                2025-12-31,jada,Chevron,6100 Fuel,Fuel,100.00,USD,Amex
                2026-01-01,jada,Chevron,6100 Fuel,Fuel,0.05,USD,Amex
                2026-01-31,quickdumpnow,Chevron,6100 Fuel,Fuel,10,USD,Amex
                2026-02-01,jada,Chevron,6100 Fuel,Fuel,1.5,USD,Amex
                """));

        assertThat(l.expensesCents()).isEqualTo(11_155L);
        assertThat(l.expensesByMonth()).containsExactly(entry("2025-12", 10_000L), entry("2026-01", 1_005L),
                entry("2026-02", 150L));
        assertThat(l.expensesByBusinessMonth()).containsOnlyKeys("jada", "quickdumpnow");
        assertThat(l.expensesByBusinessMonth().get("jada")).containsExactly(entry("2025-12", 10_000L),
                entry("2026-01", 5L), entry("2026-02", 150L));
        assertThat(l.expensesByBusinessMonth().get("quickdumpnow")).containsExactly(entry("2026-01", 1_000L));
        assertThat(l.expensesByBusiness()).containsExactly(entry("jada", 10_155L), entry("quickdumpnow", 1_000L));
        assertThat(l.rowsRead()).isEqualTo(4);
    }

    @Test
    void should_accept_thousands_separators_and_negative_credits() {
        LedgerFacts l = data(ledger(EXPENSE_HEADER + """
                2026-03-01,jada,Gusto,6200 Crew wages,Payroll,"12,400.00",USD,ACH
                2026-03-02,jada,Gusto,6200 Crew wages,Payroll refund,-20.10,USD,ACH
                2026-03-03,jada,Gusto,6200 Crew wages,Bonus,"1,234,567.89",USD,ACH
                """));

        assertThat(l.expensesByAccount()).containsExactly(entry("6200 Crew wages", 1_240_000L - 2_010L + 123_456_789L));
        assertThat(l.rowsUnreadable()).isZero();
    }

    @Test
    void should_keep_unmapped_accounts_as_written_with_blank_for_empty() {
        Facts f = ledger(EXPENSE_HEADER + """
                2025-11-18,dangerouscentaur,Amazon,Misc,Light stands,126.47,USD,Amex 1008
                2026-02-07,jada,Venmo,???,Dock help,150.00,USD,Venmo
                2026-07-23,quickdumpnow,Home Depot,,"Tarps, straps",213.86,USD,Amex 1008
                2026-07-24,quickdumpnow,Home Depot,  ,Gloves,1.00,USD,Amex 1008
                2026-07-25,jada,Somebody,9999 Not in chart,Thing,2.00,USD,Amex 1008
                2026-07-26,jada,Somebody,6100Fuel,Thing,3.00,USD,Amex 1008
                2026-07-27,jada,Chevron,6100 Fuel,Fuel,4.00,USD,Amex 1008
                """);
        LedgerFacts l = data(f);

        assertThat(l.unmappedAccounts()).containsOnly(entry("Misc", 12_647L), entry("???", 15_000L),
                entry("(blank)", 21_486L), entry("9999 Not in chart", 200L), entry("6100Fuel", 300L));
        assertThat(l.unmappedRows()).isEqualTo(6);
        assertThat(l.unmappedCents()).isEqualTo(49_633L);
        // unmapped money is still spent: it is in the totals, only not in an account or tax category
        assertThat(l.expensesCents()).isEqualTo(50_033L);
        assertThat(l.expensesByAccount()).containsExactly(entry("6100 Fuel", 400L));
        assertThat(l.expensesByTaxCategory()).containsExactly(entry("Car and truck expenses", 400L));
        // an unmapped account is a finding for the reports, not an unreadable row
        assertThat(f.status()).isEqualTo(SourceStatus.OK);
        assertThat(l.rowsUnreadable()).isZero();
    }

    @Test
    void should_cap_the_distinct_unmapped_account_texts_so_memory_stays_bounded() {
        StringBuilder csv = new StringBuilder(EXPENSE_HEADER);
        for (int i = 0; i < LedgerTally.MAX_UNMAPPED_ACCOUNTS + 30; i++) {
            csv.append("2026-01-01,jada,Vendor,free text ").append(i).append(",x,1.00,USD,Cash\n");
        }

        LedgerFacts l = data(ledger(csv.toString()));

        assertThat(l.unmappedAccounts()).hasSize(LedgerTally.MAX_UNMAPPED_ACCOUNTS + 1);
        assertThat(l.unmappedAccounts()).containsEntry(LedgerTally.OTHER_UNMAPPED, 3_000L);
        assertThat(l.unmappedCents()).isEqualTo((LedgerTally.MAX_UNMAPPED_ACCOUNTS + 30) * 100L);
        assertThat(l.unmappedRows()).isEqualTo(LedgerTally.MAX_UNMAPPED_ACCOUNTS + 30);
    }

    // ---------------------------------------------------------------- malformed rows

    @Test
    void should_count_malformed_rows_with_file_line_and_reason() {
        Facts f = ledger(EXPENSE_HEADER + """
                2026-05-13,jada,West Marine,6100 Fuel,Bilge pump replacement
                2026-05-14,rental-3028-51st,Cool Breeze HVAC,6100 Fuel,AC install,"12,40O.00",USD,Check
                2026-13-01,jada,Chevron,6100 Fuel,Fuel,10.00,USD,Amex
                2026-05-15,jada,Chevron,6100 Fuel,Fuel,,USD,Amex
                2026-05-16,jada,Chevron,6100 Fuel,Fuel,10.00,EUR,Amex
                2026-05-17,jada,Chevron,6100 Fuel,Fuel,10.001,USD,Amex
                2026-05-18,jada,Chevron,6100 Fuel,Fuel,10.00,USD,Amex,extra,cells
                2026-05-19,jada,Chevron,6100 Fuel,Fuel,7.00,USD,Amex
                """);
        LedgerFacts l = data(f);

        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(f.unreadable()).isEqualTo(7);
        assertThat(l.rowsRead()).isEqualTo(8);
        assertThat(l.rowsUnreadable()).isEqualTo(7);
        assertThat(l.expensesCents()).isEqualTo(700L);
        // the sample keeps the first five as evidence, each with what a bookkeeper looks for to find the row
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:2", "too few columns (5 of 8) — jada, West Marine, 2026-05-13",
                        "jada", "2026-05"),
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:3",
                        "amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze HVAC, 2026-05-14", "rental-3028-51st", "2026-05"),
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:4",
                        "date '2026-13-01' is not a date (yyyy-MM-dd) — jada, Chevron, 2026-13-01", "jada", DataIssue.ANY_MONTH),
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:5", "amount is blank — jada, Chevron, 2026-05-15", "jada",
                        "2026-05"),
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:6", "currency 'EUR' is not USD — jada, Chevron, 2026-05-16",
                        "jada", "2026-05"));
        // every one is counted against the business and month it names, so their figures can say they are incomplete
        assertThat(l.unreadableExpenses()).isEqualTo(Map.of("jada", Map.of("2026-05", 5L, DataIssue.ANY_MONTH, 1L),
                "rental-3028-51st", Map.of("2026-05", 1L)));
    }

    @Test
    void should_count_a_row_that_names_no_business_or_readable_date_against_every_business_and_month() {
        LedgerFacts l = data(ledger(EXPENSE_HEADER + """
                2026-05-14,rental-3028-51st,Cool Breeze HVAC,6100 Fuel,AC install,"12,40O.00",USD,Check
                ,,Somebody,6100 Fuel,Fuel,ten,USD,Cash
                """));

        assertThat(l.unreadableExpenses()).isEqualTo(Map.of("rental-3028-51st", Map.of("2026-05", 1L),
                DataIssue.ANY_BUSINESS, Map.of(DataIssue.ANY_MONTH, 1L)));
        // the rental's May may miss both; another business's or month's figures only the row that could be anyone's
        assertThat(l.unreadableExpenseRows("rental-3028-51st", "2026-05")).isEqualTo(2);
        assertThat(l.unreadableExpenseRows("jada", "2026-05")).isEqualTo(1);
        assertThat(l.unreadableExpenseRows(null, "2026-05")).isEqualTo(2);
        assertThat(l.unreadableExpenseRows(null, "2026-06")).isEqualTo(1);
    }

    @Test
    void should_show_a_secret_typed_into_an_amount_cell_by_four_characters_in_the_facts_and_their_archive() throws IOException {
        String secret = "sk_" + "live_" + "FAKEdemo" + "Q7wT2mZpLx9vNb3Kd8Jf"; // assembled: no source file holds one
        Facts f = ledger(EXPENSE_HEADER + "2026-05-14,rental-3028-51st,Stripe,6400 Software & SaaS,Payout," + secret + ",USD,Card\n");

        assertThat(f.issues()).containsExactly(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:2",
                "amount 'sk_l…' is not a number — rental-3028-51st, Stripe, 2026-05-14", "rental-3028-51st", "2026-05"));
        String archived = new String(new SnapshotJson().write(new PortfolioSnapshot(
                new Run(RUN_ID, "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")), List.of(f))), StandardCharsets.UTF_8);
        assertThat(archived).contains("sk_l…").doesNotContain(secret.substring(4, 20));
    }

    @Test
    void should_name_a_row_by_its_physical_line_after_multi_line_cells_and_blank_lines() {
        Facts f = ledger(EXPENSE_HEADER + """
                2026-01-02,jada,Chevron,6100 Fuel,"Fuel,
                two lines
                three lines",1.00,USD,Amex

                2026-01-03,jada,Chevron,6100 Fuel,Fuel,1.O0,USD,Amex
                """);

        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:6", "amount '1.O0' is not a number — jada, Chevron, 2026-01-03",
                        "jada", "2026-01"));
        assertThat(data(f).rowsRead()).isEqualTo(2);
        assertThat(data(f).expensesCents()).isEqualTo(100L);
    }

    @Test
    void should_tolerate_windows_line_ends_a_byte_order_mark_and_trailing_empty_cells() {
        String csv = "\uFEFF" + EXPENSE_HEADER.replace("\n", "\r\n")
                + "2026-01-02,jada,Chevron,6100 Fuel,Fuel,1.00,USD,Amex,\r\n"
                + "2026-01-03,jada,Chevron,6100 Fuel,Fuel,x,USD,Amex,,\r\n";
        Facts f = ledger(csv);

        assertThat(data(f).expensesCents()).isEqualTo(100L);
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:3", "amount 'x' is not a number — jada, Chevron, 2026-01-03",
                        "jada", "2026-01"));
    }

    @Test
    void should_report_an_expense_file_whose_header_lacks_a_column_and_read_the_others() {
        LedgerTally tally = tally(1_024 * 1_024);
        Facts f = feed(tally, Map.of(CHART, CHART_CSV, CASH, CASH_CSV,
                "expenses/a.csv", "date,business,vendor,account,description,total\n2026-01-01,jada,x,6100 Fuel,y,1.00\n",
                "expenses/b.csv", EXPENSE_HEADER + "2026-01-01,jada,x,6100 Fuel,y,2.00,USD,Cash\n"));

        assertThat(f.issues()).extracting(DataIssue::where).containsExactly("portfolio-ledgers/expenses/a.csv:1");
        assertThat(f.issues().get(0).reason()).startsWith("no column 'amount' in the header");
        assertThat(data(f).expensesCents()).isEqualTo(200L);
        assertThat(data(f).filesRead()).containsExactly(CHART, "expenses/a.csv", "expenses/b.csv", CASH);
    }

    // ---------------------------------------------------------------- the listing

    @Test
    void should_read_the_chart_first_then_every_expense_csv_in_key_order_then_the_cash() {
        LedgerTally tally = tally(1_024);
        for (String key : List.of("invoices/invoices.csv", CASH, "expenses/expenses-2026.csv", "expenses/README.txt",
                "expenses/archive/expenses-2024.CSV", CHART, "expenses/expenses-2025.csv", "cash/other.csv")) {
            tally.inventory(key, 100);
        }

        assertThat(tally.objectsToRead()).containsExactly(CHART, "expenses/archive/expenses-2024.CSV",
                "expenses/expenses-2025.csv", "expenses/expenses-2026.csv", CASH);
    }

    @Test
    void should_report_a_missing_chart_and_cash_file_as_issues_and_still_total_the_expenses() {
        LedgerTally tally = tally(1_024);
        Facts f = feed(tally, Map.of(EXPENSES_2026, EXPENSE_HEADER + "2026-01-01,jada,Chevron,6100 Fuel,Fuel,5.00,USD,Amex\n"));
        LedgerFacts l = data(f);

        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/chart-of-accounts.csv",
                        "chart of accounts not found: no expense could be mapped to an account or tax category"),
                new DataIssue("portfolio-ledgers/cash/balances.csv", "cash balances not found"));
        assertThat(l.expensesCents()).isEqualTo(500L);
        assertThat(l.unmappedAccounts()).containsExactly(entry("6100 Fuel", 500L));
        assertThat(l.chart()).isEmpty();
        assertThat(l.cashBalances()).isEmpty();
        assertThat(l.cashAsOf()).isNull();
        // asking twice (a retried split) does not report twice
        tally.objectsToRead();
        assertThat(tally.facts(RUN_ID).unreadable()).isEqualTo(2);
    }

    @Test
    void should_report_an_object_that_could_not_be_fetched() {
        LedgerTally tally = tally(1_024);
        tally.unreadable(CASH, "NoSuchKey: The specified key does not exist. (HTTP 404)");

        Facts f = tally.facts(RUN_ID);

        assertThat(f.issues()).containsExactly(new DataIssue("portfolio-ledgers/cash/balances.csv",
                "NoSuchKey: The specified key does not exist. (HTTP 404)"));
        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
    }

    // ---------------------------------------------------------------- chart and cash

    @Test
    void should_keep_the_chart_in_file_order_and_flag_rows_that_are_not_accounts() {
        Facts f = feed(tally(1_024), Map.of(CHART, """
                account,name,type,tax_category
                6100,Fuel,expense,Car and truck expenses
                61OO,Fuel typo,expense,Car and truck expenses
                6100,Fuel again,expense,Other expenses
                1000,Operating cash,asset,Balance sheet
                """, CASH, CASH_CSV, EXPENSES_2026, EXPENSE_HEADER));

        assertThat(data(f).chart()).containsExactly(new Account("6100", "Fuel", "expense", "Car and truck expenses"),
                new Account("1000", "Operating cash", "asset", "Balance sheet"));
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/chart-of-accounts.csv:3", "account '61OO' is not a number"),
                new DataIssue("portfolio-ledgers/chart-of-accounts.csv:4", "account 6100 is listed twice; the first one is used"));
    }

    @Test
    void should_take_the_latest_cash_balance_of_each_business_and_the_oldest_as_of_date() {
        Facts f = feed(tally(1_024), Map.of(CHART, CHART_CSV, EXPENSES_2026, EXPENSE_HEADER, CASH, """
                business,as_of,cash_balance
                jada,2026-10-31,18432.17
                jada,2026-09-30,99999.99
                quickdumpnow,2026-09-30,100.00
                quickdumpnow,2026-10-31,-250.50
                dangerouscentaur,2026-10-15,1287.03
                rental-3028-51st,2026-10-31,lots
                """));
        LedgerFacts l = data(f);

        assertThat(l.cashBalances()).containsExactly(entry("dangerouscentaur", 128_703L), entry("jada", 1_843_217L),
                entry("quickdumpnow", -25_050L));
        assertThat(l.cashAsOf()).isEqualTo("2026-10-15");
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/cash/balances.csv:7", "cash_balance 'lots' is not a number"));
        // every balance is kept too, in date order: the cash reconciliation opens on the earliest
        assertThat(l.cashHistory().get("jada")).containsExactly(entry("2026-09-30", 9_999_999L), entry("2026-10-31", 1_843_217L));
        assertThat(l.cashHistory().get("quickdumpnow")).containsExactly(entry("2026-09-30", 10_000L), entry("2026-10-31", -25_050L));
        assertThat(l.cashHistory()).doesNotContainKey("rental-3028-51st");
    }

    // ---------------------------------------------------------------- streaming and bounds

    @Test
    void should_stream_an_object_far_larger_than_the_row_byte_bound() {
        int rows = 20_000;
        StringBuilder csv = new StringBuilder(EXPENSE_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("2026-01-01,jada,Chevron,6100 Fuel,Diesel top-up for the long haul,1.23,USD,Amex 1008\n");
        }
        assertThat(csv.length()).isGreaterThan(1_000_000);

        Facts f = feed(tally(1_024), Map.of(CHART, CHART_CSV, CASH, CASH_CSV, EXPENSES_2026, csv.toString()));

        assertThat(f.status()).isEqualTo(SourceStatus.OK);
        assertThat(data(f).rowsRead()).isEqualTo(rows);
        assertThat(data(f).expensesCents()).isEqualTo(rows * 123L);
    }

    @Test
    void should_stop_a_file_at_a_row_that_never_ends_and_keep_the_rows_before_it() {
        StringBuilder csv = new StringBuilder(EXPENSE_HEADER)
                .append("2026-01-01,jada,Chevron,6100 Fuel,Fuel,2.00,USD,Amex\n")
                .append("2026-01-02,jada,Chevron,6100 Fuel,\"unclosed quote,3.00,USD,Amex\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("2026-01-03,jada,Chevron,6100 Fuel,Fuel,1.00,USD,Amex\n");
        }

        Facts f = feed(tally(1_024), Map.of(CHART, CHART_CSV, CASH, CASH_CSV, EXPENSES_2026, csv.toString()));

        // the rows it swallowed may be anyone's, of any month
        assertThat(f.issues()).containsExactly(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:3",
                "row longer than 1024 bytes (an unclosed quote?); the rest of the file was not read", DataIssue.ANY_BUSINESS,
                DataIssue.ANY_MONTH));
        assertThat(data(f).unreadableExpenseRows("jada", "2026-01")).isEqualTo(1);
        assertThat(data(f).expensesCents()).isEqualTo(200L);
        assertThat(data(f).rowsRead()).isEqualTo(2);
        assertThat(data(f).rowsUnreadable()).isEqualTo(1);
    }

    @Test
    void should_report_an_unclosed_quote_at_the_end_of_a_small_file() {
        Facts f = ledger(EXPENSE_HEADER + "2026-01-01,jada,Chevron,6100 Fuel,Fuel,2.00,USD,Amex\n"
                + "2026-01-02,jada,Chevron,6100 Fuel,\"unclosed,3.00,USD,Amex\n");

        assertThat(f.issues()).extracting(DataIssue::where).containsExactly("portfolio-ledgers/expenses/expenses-2026.csv:3");
        assertThat(f.issues().get(0).reason()).contains("EOF");
        assertThat(data(f).expensesCents()).isEqualTo(200L);
    }

    @Test
    void should_read_back_from_the_snapshot_archive_as_it_was_written() throws IOException {
        Facts f = ledger(EXPENSE_HEADER + """
                2026-01-02,jada,Chevron,6100 Fuel,Fuel,1.00,USD,Amex
                2026-01-02,jada,Venmo,???,Help,2.00,USD,Venmo
                2026-01-02,jada,Venmo,???,Help,x,USD,Venmo
                """);
        SnapshotJson json = new SnapshotJson();
        PortfolioSnapshot snapshot = new PortfolioSnapshot(new Run(RUN_ID, "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")),
                List.of(f));

        PortfolioSnapshot back = json.read(json.write(snapshot));

        assertThat(back.sources().get(0).data()).isEqualTo(f.data());
        assertThat(back.of("portfolio", LedgerFacts.class)).contains((LedgerFacts) f.data());
    }

    // ---------------------------------------------------------------- contractors (1099s)

    @Test
    void should_total_each_contractor_by_year_with_the_card_paid_part_apart() {
        String chart = CHART_CSV + "6250,Contract labor,expense,Contract labor\n7200,Cleaning & turnover,expense,Contract labor\n";
        Facts f = feed(tally(LedgerCsv.DEFAULT_MAX_ROW_BYTES), Map.of(CHART, chart, CASH, CASH_CSV, EXPENSES_2026, EXPENSE_HEADER + """
                2025-12-20,jada,Harbor Diesel Works,6250 Contract labor,Engine service,900.00,USD,Check
                2026-02-10,jada,Harbor Diesel Works,6250 Contract labor,Engine service,1500.00,USD,Check
                2026-06-10,queenofsandiego,Harbor Diesel Works,6250 Contract labor,Generator,700.00,USD,ACH
                2026-07-01,queenofsandiego,Harbor Diesel Works,6250 Contract labor,Parts run,120.00,USD,Amex 1008
                2026-03-01,rental-3028-51st,Sparkle Turnover Cleaning,7200 Cleaning & turnover,Turnover,145.00,USD,Chase Ink 4421
                2026-03-02,rental-3028-51st,Sparkle Turnover Cleaning,7200 Cleaning & turnover,Turnover,145.00,USD,Venmo
                2026-03-03,jada,Shelter Island Fuel Dock,6100 Fuel,Diesel,395.86,USD,Check
                """));
        LedgerFacts l = data(f);

        assertThat(l.contractorPayments()).containsOnlyKeys("2025", "2026");
        assertThat(l.contractorPayments().get("2026")).containsOnly(
                entry("Harbor Diesel Works", new LedgerFacts.VendorPaid(232_000L, 12_000L, 3, List.of("jada", "queenofsandiego"))),
                entry("Sparkle Turnover Cleaning", new LedgerFacts.VendorPaid(29_000L, 29_000L, 2, List.of("rental-3028-51st"))));
        assertThat(l.contractorPayments().get("2026").get("Harbor Diesel Works").reportableCents()).isEqualTo(220_000L);
        assertThat(l.contractorPayments().get("2025")).containsOnly(
                entry("Harbor Diesel Works", new LedgerFacts.VendorPaid(90_000L, 0L, 1, List.of("jada"))));
    }

    @Test
    void should_sum_contractors_past_the_cap_as_other_vendors() {
        String chart = CHART_CSV + "6250,Contract labor,expense,Contract labor\n";
        StringBuilder rows = new StringBuilder(EXPENSE_HEADER);
        for (int i = 0; i < LedgerFacts.MAX_CONTRACTOR_VENDORS + 5; i++) {
            rows.append("2026-04-01,jada,Vendor ").append(1000 + i).append(",6250 Contract labor,Job,10.00,USD,Check\n");
        }
        LedgerFacts l = data(feed(tally(LedgerCsv.DEFAULT_MAX_ROW_BYTES), Map.of(CHART, chart, CASH, CASH_CSV, EXPENSES_2026,
                rows.toString())));

        assertThat(l.contractorPayments().get("2026")).hasSize(LedgerFacts.MAX_CONTRACTOR_VENDORS + 1)
                .containsEntry(LedgerFacts.OTHER_VENDORS, new LedgerFacts.VendorPaid(5_000L, 0L, 5, List.of("jada")));
    }

    // ---------------------------------------------------------------- the demo ledger

    @Test
    void should_fold_the_demo_ledger_into_the_figures_the_reports_show() throws IOException {
        Path root = Path.of("demo/buckets/portfolio-ledgers");
        LedgerTally tally = new S3TallyFactory(30, 512 * 1024, S3TallyFactory.DEFAULT_MAX_ROW_BYTES, null).ledger(null, "portfolio", "ledger", BUCKET, CHART, "expenses/", CASH);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                tally.inventory(root.relativize(p).toString().replace('\\', '/'), Files.size(p));
            }
        }
        for (String key : tally.objectsToRead()) {
            try (InputStream in = Files.newInputStream(root.resolve(key))) {
                tally.read(key, in);
            }
        }
        Facts f = tally.facts(RUN_ID);
        LedgerFacts l = data(f);

        assertThat(f.kind()).isEqualTo("s3-ledger");
        assertThat(f.resource()).isEqualTo(BUCKET);
        assertThat(l.filesRead()).containsExactly(CHART, "expenses/expenses-2025.csv", EXPENSES_2026, CASH);
        assertThat(l.chart()).hasSize(33);
        // 71 + 252 rows; the two malformed ones are in no total
        assertThat(l.rowsRead()).isEqualTo(323);
        assertThat(l.rowsUnreadable()).isEqualTo(2);
        assertThat(l.expensesCents()).isEqualTo(28_430_900L); // $284,309.00
        // the rental's Airbnb host fees, what its airbnb channel costs: $77.22 + $68.58 + $104.08 in 2026-08..10
        assertThat(l.channelCosts().get("rental-3028-51st").get("Airbnb")).containsEntry("2026-08", 7_722L)
                .containsEntry("2026-09", 6_858L).containsEntry("2026-10", 10_408L);
        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(f.unreadable()).isEqualTo(2);
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/expenses/expenses-2025.csv:68", "too few columns (5 of 8) — jada, West Marine, 2025-12-19",
                        "jada", "2025-12"),
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:109",
                        "amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze HVAC, 2026-05-14", "rental-3028-51st", "2026-05"));
        assertThat(l.unreadableExpenses()).isEqualTo(Map.of("jada", Map.of("2025-12", 1L), "rental-3028-51st", Map.of("2026-05", 1L)));
        assertThat(l.unmappedAccounts()).containsOnly(entry("Misc", 12_647L), entry("???", 15_000L), entry("(blank)", 21_386L));
        assertThat(l.unmappedRows()).isEqualTo(3);
        assertThat(l.expensesByMonth()).hasSize(14).containsEntry("2025-10", 2_154_085L).containsEntry("2026-11", 2_227_602L);
        assertThat(l.expensesByBusiness()).containsOnly(entry("jada", 5_952_795L), entry("queenofsandiego", 7_729_686L),
                entry("quickdumpnow", 8_371_719L), entry("rental-3028-51st", 1_899_361L),
                entry("dangerouscentaur", 138_633L), entry("expert-yacht-delivery", 4_338_706L));
        assertThat(l.expensesByTaxCategory()).containsOnly(entry("Wages", 16_135_227L), entry("Rent or lease", 5_082_000L),
                entry("Insurance", 2_395_842L), entry("Other expenses", 1_854_380L), entry("Contract labor", 203_000L),
                entry("Taxes and licenses", 1_032_327L),
                entry("Car and truck expenses", 740_091L), entry("Commissions and fees", 614_725L),
                entry("Utilities", 283_558L), entry("Repairs and maintenance", 40_717L));
        assertThat(l.expensesByAccount()).hasSize(12).containsEntry("6200 Crew wages", 16_135_227L)
                .containsEntry("6100 Fuel", 740_091L);
        // mapped + unmapped = every readable row
        assertThat(l.expensesByAccount().values().stream().mapToLong(Long::longValue).sum() + l.unmappedCents())
                .isEqualTo(l.expensesCents());
        assertThat(l.cashBalances()).containsOnly(entry("jada", 1_843_217L), entry("queenofsandiego", 690_544L),
                entry("quickdumpnow", 2_411_890L), entry("dangerouscentaur", 128_703L),
                entry("rental-3028-51st", 964_055L), entry("expert-yacht-delivery", 3_150_276L));
        assertThat(l.cashAsOf()).isEqualTo("2026-10-31");
        // the turnover cleaners are the demo's one contractor: paid by card each year, so no 1099-NEC of the payer's
        assertThat(l.contractorPayments()).containsOnlyKeys("2025", "2026");
        assertThat(l.contractorPayments().get("2026")).containsOnly(entry("Sparkle Turnover Cleaning",
                new LedgerFacts.VendorPaid(159_500L, 159_500L, 11, List.of("rental-3028-51st"))));
        assertThat(l.contractorPayments().get("2025")).containsOnly(entry("Sparkle Turnover Cleaning",
                new LedgerFacts.VendorPaid(43_500L, 43_500L, 3, List.of("rental-3028-51st"))));
    }

    // ---------------------------------------------------------------- hostile values (issue 12)

    @org.junit.jupiter.params.ParameterizedTest(name = "amount {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "1,5         | amount '1,5' is not a number (a decimal comma or mixed separators; write 1234.56)",
            "1.234,56    | amount '1.234,56' is not a number (a decimal comma or mixed separators; write 1234.56)",
            "1e30        | amount '1e30' is out of range (beyond 10,000,000,000,000)",
            "9e16        | amount '9e16' is out of range (beyond 10,000,000,000,000)",
            "1e100000000 | amount '1e100000000' is out of range (beyond 10,000,000,000,000)",
            "$1.00       | amount '$1.00' is not a number",
            "1.005       | amount '1.005' is not a number"})
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_an_amount_that_reads_two_ways_or_beyond_bounds(String amount, String reason) {
        String cell = amount.contains(",") ? "\"" + amount + "\"" : amount;
        Facts f = ledger(EXPENSE_HEADER + "2026-01-02,jada,Chevron,6100 Fuel,Fuel,\"1,234.56\",USD,Amex\n"
                + "2026-01-03,jada,Chevron,6100 Fuel,Fuel," + cell + ",USD,Amex\n");

        assertThat(f.issues()).containsExactly(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:3",
                reason + " — jada, Chevron, 2026-01-03", "jada", "2026-01"));
        assertThat(data(f).expensesCents()).isEqualTo(123_456L);
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void should_refuse_the_expense_that_would_overflow_the_sums_and_keep_them_as_they_were() {
        long fits = Long.MAX_VALUE / StrictNumbers.MAX_CENTS;
        StringBuilder csv = new StringBuilder(EXPENSE_HEADER);
        for (long i = 0; i <= fits; i++) {
            csv.append("2026-01-02,jada,Chevron,6100 Fuel,Fuel,10000000000000.00,USD,Amex\n");
        }
        Facts f = ledger(csv.toString());

        assertThat(data(f).expensesCents()).isEqualTo(fits * StrictNumbers.MAX_CENTS).isPositive();
        assertThat(data(f).rowsUnreadable()).isEqualTo(1);
        assertThat(f.issues()).containsExactly(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:" + (fits + 2),
                "amount '10000000000000.00' would overflow the sums; left out — jada, Chevron, 2026-01-02", "jada", "2026-01"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "date {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "9999-12-31       | date '9999-12-31' is out of range (1970-01-01 …",
            "+999999999-12-31 | date '+999999999-12-31' is out of range (1970-01-01 …",
            "1969-12-31       | date '1969-12-31' is out of range (1970-01-01 …",
            "-999999999-01-01 | date '-999999999-01-01' is out of range (1970-01-01 …"})
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_date_outside_the_window(String date, String reason) {
        Facts f = ledger(EXPENSE_HEADER + "2026-01-02,jada,Chevron,6100 Fuel,Fuel,1.00,USD,Amex\n"
                + date + ",jada,Chevron,6100 Fuel,Fuel,2.00,USD,Amex\n");

        assertThat(f.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("portfolio-ledgers/expenses/expenses-2026.csv:3");
            assertThat(i.reason()).startsWith(reason.replace("(1970", "(outside 1970"));
            assertThat(i.month()).isEqualTo(DataIssue.ANY_MONTH);
        });
        assertThat(data(f).expensesByMonth()).containsOnlyKeys("2026-01");
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void should_refuse_a_megabyte_header_of_non_utf8_bytes_without_echoing_it() throws IOException {
        byte[] junk = new byte[1_000_000];
        java.util.Arrays.fill(junk, (byte) 0xC3);
        for (int i = 0; i < junk.length; i += 100) {
            junk[i] = ',';
        }
        byte[] rest = "\n2026-01-02,jada,Chevron,6100 Fuel,Fuel,1.00,USD,Amex\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[junk.length + rest.length];
        System.arraycopy(junk, 0, file, 0, junk.length);
        System.arraycopy(rest, 0, file, junk.length, rest.length);

        LedgerTally tally = tally(LedgerCsv.DEFAULT_MAX_ROW_BYTES);
        tally.inventory(CHART, CHART_CSV.length());
        tally.inventory(EXPENSES_2026, file.length);
        tally.inventory(CASH, CASH_CSV.length());
        for (String key : tally.objectsToRead()) {
            byte[] bytes = key.equals(EXPENSES_2026) ? file
                    : (key.equals(CHART) ? CHART_CSV : CASH_CSV).getBytes(StandardCharsets.UTF_8);
            tally.read(key, new ByteArrayInputStream(bytes));
        }
        Facts f = tally.facts(RUN_ID);

        assertThat(f.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("portfolio-ledgers/expenses/expenses-2026.csv:1");
            assertThat(i.reason()).isEqualTo("header longer than 8192 characters (10001 columns, not UTF-8 text); "
                    + "the file was not read");
        });
        String archived = new String(new SnapshotJson().write(new PortfolioSnapshot(
                new Run(RUN_ID, "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")), List.of(f))), StandardCharsets.UTF_8);
        assertThat(archived.length()).isLessThan(20_000);
    }

    @Test
    void should_quote_a_header_without_a_needed_column_shortened_and_masked() {
        StringBuilder header = new StringBuilder("date,business,vendor,account,description,currency");
        for (int i = 0; i < 30; i++) {
            header.append(",").append("x".repeat(100)).append(i);
        }
        Facts f = ledger(header + "\n2026-01-02,jada,Chevron,6100 Fuel,Fuel,USD\n");

        assertThat(f.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("portfolio-ledgers/expenses/expenses-2026.csv:1");
            assertThat(i.reason()).startsWith("no column 'amount' in the header [date, business, vendor, account, description, currency, "
                    + "x".repeat(40) + "…, ").endsWith(", … 16 more]").hasSizeLessThan(1_200);
        });
    }

    // ---------------------------------------------------------------- helpers

    private static LedgerTally tally(long maxRowBytes) {
        return new S3TallyFactory(30, 512 * 1024, maxRowBytes, null).ledger(null, "portfolio", "ledger", BUCKET, CHART, "expenses/", CASH);
    }

    /** A ledger whose chart and cash are the defaults above, with one expense file. */
    private static Facts ledger(String expensesCsv) {
        return feed(tally(LedgerCsv.DEFAULT_MAX_ROW_BYTES), Map.of(CHART, CHART_CSV, CASH, CASH_CSV, EXPENSES_2026, expensesCsv));
    }

    /** Lists the objects, then streams the ones the tally asks for, as the route does. */
    private static Facts feed(LedgerTally tally, Map<String, String> objects) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        objects.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        bytes.forEach((k, v) -> tally.inventory(k, v.length));
        for (String key : tally.objectsToRead()) {
            try (InputStream in = new ByteArrayInputStream(bytes.get(key))) {
                tally.read(key, in);
            } catch (IOException e) {
                tally.unreadable(key, e.toString());
            }
        }
        return tally.facts(RUN_ID);
    }

    private static LedgerFacts data(Facts f) {
        return (LedgerFacts) f.data();
    }
}
