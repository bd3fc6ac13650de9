package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.LedgerFacts.Account;
import com.execreports.model.LedgerFacts.VendorPaid;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

/**
 * 1099-NECs owed for 2026 (run on 23 Nov 2026): a diesel mechanic paid $2,320 by check and ACH ($120 of it by card), the
 * demo's turnover cleaners paid $1,595 by card, a rigger paid $2,500 all by card.
 */
class ContractorFormsTest {

    @Test
    void should_use_the_threshold_of_the_year_the_payments_were_made() {
        assertThat(ContractorForms.thresholdCents(2025)).isEqualTo(60_000L);
        assertThat(ContractorForms.thresholdCents(2026)).isEqualTo(200_000L);
        assertThat(ContractorForms.thresholdCents(2027)).isEqualTo(200_000L);
    }

    @Test
    void should_be_due_on_31_january_or_the_monday_after_a_weekend() {
        // 31 Jan 2027 is a Sunday, 31 Jan 2026 a Saturday, 31 Jan 2029 a Wednesday
        assertThat(ContractorForms.dueDate(2026)).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(ContractorForms.dueDate(2025)).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(ContractorForms.dueDate(2028)).isEqualTo(LocalDate.of(2029, 1, 31));
        // in January the forms of the year just ended are the ones being prepared
        assertThat(ContractorForms.formYear(LocalDate.of(2027, 1, 12))).isEqualTo(2026);
        assertThat(ContractorForms.formYear(LocalDate.of(2026, 11, 23))).isEqualTo(2026);
    }

    @Test
    void should_list_the_years_contractors_and_say_which_are_owed_a_1099_nec() {
        Section s = ContractorForms.section(snapshot(true));

        assertThat(s.title()).isEqualTo("1099 contractors (2026)");
        assertThat(s.columns()).containsExactly("Vendor", "Paid in 2026", "By card or app", "1099-NEC");
        assertThat(s.rows()).containsExactly(
                List.of("North Island Rigging (JADA (yacht charters))", "$2,500", "$2,500", "none: $2,500 paid by card or app (1099-K)"),
                List.of("Harbor Diesel Works (JADA (yacht charters), QuickDumpNow)", "$2,320", "$120", "due 1 Feb 2027 on $2,200: W-9 needed"),
                List.of("Sparkle Turnover Cleaning (3028 51st St Rental)", "$1,595", "$1,595", "none: under $2,000"));
        assertThat(s.note()).startsWith("Vendors paid on contract-labour accounts in 2026. A 1099-NEC is due 1 Feb 2027 for each paid "
                + "$2,000 or more by cash, check or ACH");
    }

    @Test
    void should_find_the_contractors_owed_a_form_with_no_w9_tracked() {
        List<PortfolioFinding> found = new ArrayList<>();

        ContractorForms.find(snapshot(true), found);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("form-1099.2026");
            assertThat(f.title()).isEqualTo("1 contractor paid $2,000 or more in 2026 needs a 1099-NEC by 1 Feb 2027; no W-9 is on file "
                    + "in the sources read");
            assertThat(f.where()).isEqualTo("s3://portfolio-ledgers contract-labour expenses: Harbor Diesel Works $2,200 (4 payments)");
            assertThat(f.roles()).containsExactlyInAnyOrder("accounting", "cfo");
            assertThat(f.fix().title()).isEqualTo("Collect a W-9 from each contractor paid $2,000 or more and file their 1099-NEC by 1 Feb 2027");
        });
    }

    @Test
    void should_say_the_chart_has_no_contract_labour_account_rather_than_list_nobody() {
        Section s = ContractorForms.section(snapshot(false));

        assertThat(s.rows()).isEmpty();
        assertThat(s.note()).startsWith("The chart of accounts has no contract-labour account");
    }

    @Test
    void should_say_so_when_no_contractor_was_paid_this_year() {
        Section s = ContractorForms.section(snapshot(true, new TreeMap<>()));

        assertThat(s.rows()).isEmpty();
        assertThat(s.note()).startsWith("No vendor was paid on a contract-labour account in 2026. A 1099-NEC is due 1 Feb 2027");
    }

    @Test
    void should_sum_the_vendors_past_the_cap_and_name_the_cap() {
        SortedMap<String, VendorPaid> vendors = new TreeMap<>();
        vendors.put(LedgerFacts.OTHER_VENDORS, new VendorPaid(900_000L, 0L, 40, List.of("jada")));
        Section s = ContractorForms.section(snapshot(true, vendors));

        assertThat(s.rows()).containsExactly(List.of("(other vendors) (JADA (yacht charters))", "$9,000", "—", "unknown: vendors past the cap"));
        assertThat(s.note()).endsWith("More than 200 contractor vendors were paid in 2026: past that cap they are summed as "
                + "(other vendors), whose forms cannot be told apart here.");
        List<PortfolioFinding> found = new ArrayList<>();
        ContractorForms.find(snapshot(true, vendors), found);
        assertThat(found).isEmpty();
    }

    private static PortfolioSnapshot snapshot(boolean contractLabour) {
        SortedMap<String, VendorPaid> vendors = new TreeMap<>();
        vendors.put("Harbor Diesel Works", new VendorPaid(232_000L, 12_000L, 4, List.of("jada", "qdn")));
        vendors.put("Sparkle Turnover Cleaning", new VendorPaid(159_500L, 159_500L, 11, List.of("rental-3028-51st")));
        vendors.put("North Island Rigging", new VendorPaid(250_000L, 250_000L, 2, List.of("jada")));
        return snapshot(contractLabour, vendors);
    }

    private static PortfolioSnapshot snapshot(boolean contractLabour, SortedMap<String, VendorPaid> vendors) {
        LedgerFacts l = (LedgerFacts) FinanceSnapshots.ledger().data();
        List<Account> chart = new ArrayList<>(l.chart());
        if (contractLabour) {
            chart.add(new Account("7200", "Cleaning & turnover", "expense", "Contract labor"));
        }
        SortedMap<String, SortedMap<String, VendorPaid>> byYear = new TreeMap<>();
        byYear.put("2026", vendors);
        byYear.put("2025", new TreeMap<>(java.util.Map.of("Harbor Diesel Works", new VendorPaid(90_000L, 0L, 1, List.of("jada")))));
        LedgerFacts data = new LedgerFacts(l.bucket(), l.filesRead(), l.rowsRead(), l.rowsUnreadable(), l.unreadableExpenses(),
                l.expensesCents(), l.expensesByMonth(), l.expensesByBusinessMonth(), l.expensesByAccount(), l.expensesByTaxCategory(),
                l.unmappedAccounts(), l.unmappedRows(), l.cashBalances(), l.cashAsOf(), chart, null, null, null, null, byYear);
        return FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"),
                FinanceSnapshots.profile("rental-3028-51st", "3028 51st St Rental", "rental"),
                FinanceSnapshots.profile("portfolio", "Portfolio-wide", "portfolio"),
                Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", data, List.of(), 0));
    }
}
