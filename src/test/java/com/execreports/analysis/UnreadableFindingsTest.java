package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.OrgFacts;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class UnreadableFindingsTest {

    @Test
    void should_name_each_unreadable_expense_where_a_bookkeeper_finds_it_in_the_cfo_and_accounting_reports_only() {
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("rental-3028-51st", "3028 51st St Rental", "rental"),
                FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"), demoLedger());

        PortfolioFinding f = only(snapshot);

        assertThat(f.id()).isEqualTo("data-quality.portfolio.ledger");
        assertThat(f.severity()).isEqualTo("medium");
        assertThat(f.title()).isEqualTo("2 items in portfolio-ledgers could not be read and are left out");
        assertThat(f.where()).isEqualTo("portfolio-ledgers/expenses/expenses-2025.csv:68 too few columns (5 of 8) — jada, West Marine, "
                + "2025-12-19; portfolio-ledgers/expenses/expenses-2026.csv:109 amount '12,40O.00' is not a number — rental-3028-51st, "
                + "Cool Breeze HVAC, 2026-05-14");
        assertThat(f.impact()).isEqualTo("the expenses of JADA (yacht charters) in 2025-12 and of 3028 51st St Rental in 2026-05 are "
                + "incomplete, and so is every total, margin and yield built on them");
        assertThat(f.roles()).containsExactlyInAnyOrder("cfo", "accounting");
        assertThat(f.fix().title()).isEqualTo("Fix the unreadable records at their source");
    }

    @Test
    void should_say_how_many_more_there_are_than_the_source_named() {
        Facts register = Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "org", "s3-org-register", "portfolio-org",
                new OrgFacts("portfolio-org", "register/organisation.yaml", "register/public-endpoints.csv", true, true, List.of(),
                        List.of(), List.of(), 0, List.of(), List.of()),
                List.of(new DataIssue("portfolio-org/register/organisation.yaml:5",
                        "Dana: transition effective_date 'after the season' is not a date (yyyy-MM-dd); the transition counts as undated")), 7);

        PortfolioFinding f = only(FinanceSnapshots.snapshot(register));

        assertThat(f.where()).isEqualTo("portfolio-org/register/organisation.yaml:5 Dana: transition effective_date 'after the season' "
                + "is not a date (yyyy-MM-dd); the transition counts as undated; and 6 more");
        assertThat(f.impact()).isEqualTo("figures from portfolio/org are understated");
        assertThat(f.roles()).containsExactly("ceo");
    }

    @Test
    void should_count_and_name_an_item_once_when_two_sources_read_the_same_table() {
        // the yacht-delivery jobs table is read for bookings and for operations: the broken job is one item to fix
        DataIssue brokenJob = new DataIssue("expert-yacht-delivery-jobs jobId=EYD-0042", "attribute 'amount' is not an amount: 'tbd'",
                "expert-yacht-delivery", DataIssue.ANY_MONTH);
        DataIssue otherJob = new DataIssue("expert-yacht-delivery-jobs jobId=EYD-0077", "attribute 'miles' is not a number: 'far'",
                "expert-yacht-delivery", DataIssue.ANY_MONTH);
        Facts bookings = Facts.read(FinanceSnapshots.RUN.runId(), "expert-yacht-delivery", "bookings", "ddb-bookings",
                "expert-yacht-delivery-jobs", ((Facts) FinanceSnapshots.jadaBookings()).data(), List.of(brokenJob), 1);
        Facts operations = Facts.read(FinanceSnapshots.RUN.runId(), "expert-yacht-delivery", "operations", "ddb-operations",
                "expert-yacht-delivery-jobs", ((Facts) FinanceSnapshots.jadaBookings()).data(), List.of(brokenJob, otherJob), 2);

        PortfolioFinding f = only(FinanceSnapshots.snapshot(bookings, operations));

        assertThat(f.title()).isEqualTo("2 items in expert-yacht-delivery-jobs (read by bookings and operations) could not be read "
                + "and are left out");
        assertThat(f.where()).isEqualTo("expert-yacht-delivery-jobs jobId=EYD-0042 attribute 'amount' is not an amount: 'tbd'; "
                + "expert-yacht-delivery-jobs jobId=EYD-0077 attribute 'miles' is not a number: 'far'");
        assertThat(f.id()).isEqualTo("data-quality.expert-yacht-delivery.bookings+operations");
    }

    /** The demo ledger's two unreadable rows, as the ledger tally reports them. */
    static Facts demoLedger() {
        TreeMap<String, java.util.SortedMap<String, Long>> unreadable = new TreeMap<>();
        unreadable.put("jada", new TreeMap<>(java.util.Map.of("2025-12", 1L)));
        unreadable.put("rental-3028-51st", new TreeMap<>(java.util.Map.of("2026-05", 1L)));
        LedgerFacts ledger = new LedgerFacts("portfolio-ledgers", List.of(), 323, 2, unreadable, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, new TreeMap<>(), null, List.of());
        return Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", ledger, List.of(
                new DataIssue("portfolio-ledgers/expenses/expenses-2025.csv:68", "too few columns (5 of 8) — jada, West Marine, 2025-12-19",
                        "jada", "2025-12"),
                new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:109",
                        "amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze HVAC, 2026-05-14", "rental-3028-51st", "2026-05")),
                2);
    }

    private static PortfolioFinding only(PortfolioSnapshot snapshot) {
        List<PortfolioFinding> found = new ArrayList<>();
        UnreadableFindings.find(snapshot, found);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
