package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.RUN;
import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

/** Findings from the sources' own history, on a first run (no archived snapshot), run on Mon 23 Nov 2026. */
class HistoryFindingsTest {

    @Test
    void should_raise_octobers_drop_in_bookings_for_the_ceo_cfo_and_cmo() {
        SortedMap<String, Long> byMonth = new TreeMap<>();
        byMonth.put("2025-10", 51_400_000L);
        for (YearMonth m = YearMonth.of(2025, 11); m.isBefore(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), 60_000_000L);
        }
        byMonth.put("2026-09", 67_330_100L);
        byMonth.put("2026-10", 29_291_900L);
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA", "bookings"),
                FinanceSnapshots.bookings("jada", "jada-bookings", byMonth));

        PortfolioFinding drop = only(snapshot, "bookings-month.2026-10");

        assertThat(drop.title()).isEqualTo("October bookings $292,919: -56% on September, -43% on October 2025");
        assertThat(drop.roles()).isEqualTo(Set.of("ceo", "cfo", "cmo"));
        assertThat(drop.impact()).isEqualTo("$380,382 less than September");
        // one month's shortfall, not annualised; a month may be timing or season, so inferred
        assertThat(drop.riskInputs(drop.impactCents())).isEqualTo(
                new RiskScore.Inputs("high", 38_038_200L, Set.of(), Confidence.INFERRED));
    }

    @Test
    void should_raise_novembers_cancellations_as_month_to_date_and_a_past_due_majority() {
        SortedMap<String, Long> cancelled = new TreeMap<>();
        long n = 13;
        for (YearMonth m = YearMonth.of(2025, 11); m.isBefore(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            cancelled.put(m.toString(), n++);
        }
        cancelled.put("2026-11", 121L);
        SubscriptionFacts qdn = new SubscriptionFacts("qdn-subscriptions", 900, months("active", 265L, "past_due", 371L),
                265, 2_434_500, 4_041, 2_559, List.of("QDN-SUB-0001"), cancelled);
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"),
                Facts.read(RUN.runId(), "qdn", "subscriptions", "ddb-subscriptions", "qdn-subscriptions", qdn, List.of(), 0));

        PortfolioFinding spike = only(snapshot, "cancellations-spike.qdn");
        assertThat(spike.title()).isEqualTo(
                "121 cancellations so far in November (month to date) against 13–24 a month in the last 12 months");
        assertThat(spike.roles()).isEqualTo(Set.of("ceo", "cfo"));
        // 97 more than the busiest month, a year of them at $91.87 (MRR $24,345 over 265 active)
        assertThat(spike.impact()).isEqualTo("97 more than the busiest month ($106,934 a year at the average price)");
        assertThat(spike.impactCents()).isEqualTo(10_693_426L);

        PortfolioFinding pastDue = only(snapshot, "renewal-failures.qdn.past-due");
        assertThat(pastDue.title()).isEqualTo("Past-due subscriptions (371) outnumber active ones (265)");
        // the same money the renewal finding puts at stake, in its pool, and the same fix: one action
        assertThat(pastDue.stakes()).containsExactly(new PortfolioFinding.Stake("renewal-failures.qdn", 40_899_600L));
        assertThat(pastDue.fix()).isEqualTo(PortfolioFindings.RENEWAL_FIX);
    }

    @Test
    void should_raise_nothing_without_history() {
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA", "bookings"),
                FinanceSnapshots.bookings("jada", "jada-bookings", months("2026-10", 100_000_000L, "2026-11", 1_000L)));

        List<PortfolioFinding> found = new ArrayList<>();
        HistoryFindings.find(snapshot, found);

        assertThat(found).isEmpty();
    }

    private static PortfolioFinding only(PortfolioSnapshot snapshot, String id) {
        List<PortfolioFinding> found = new ArrayList<>();
        HistoryFindings.find(snapshot, found);
        return found.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + found));
    }
}
