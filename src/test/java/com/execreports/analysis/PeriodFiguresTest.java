package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import com.execreports.analysis.PeriodFigures.Period;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BusinessProfile;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

/**
 * Month, quarter and tax year to date on the figures of {@link FinanceSnapshots#portfolio()} (run on 23 Nov 2026): JADA
 * earned $1,600 / $2,000 / $2,000 / $2,400 in 2026-08..11 against $13,000 / $14,000 / $13,000 / $4,000 of expenses;
 * QuickDumpNow's MRR is $3,000 against $2,000 a month ($1,000 in November to date).
 */
class PeriodFiguresTest {

    @Test
    void should_count_a_calendar_tax_years_quarter_and_year_up_to_the_runs_month() {
        assertThat(PeriodFigures.periods(YearMonth.of(2026, 11), 1)).containsExactly(
                new Period("Nov 2026", List.of("2026-11")),
                new Period("Q4 2026", List.of("2026-10", "2026-11")),
                new Period("2026", List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
                        "2026-09", "2026-10", "2026-11")));
    }

    @Test
    void should_count_a_fiscal_years_quarters_from_its_first_month_and_name_it_by_the_year_it_ends() {
        assertThat(PeriodFigures.periods(YearMonth.of(2026, 11), 7)).containsExactly(
                new Period("Nov 2026", List.of("2026-11")),
                new Period("Q2 FY2027", List.of("2026-10", "2026-11")),
                new Period("FY2027 (from Jul 2026)", List.of("2026-07", "2026-08", "2026-09", "2026-10", "2026-11")));
        // across the calendar year's end: January is the fiscal year's seventh month
        assertThat(PeriodFigures.periods(YearMonth.of(2027, 1), 7).get(1)).isEqualTo(new Period("Q3 FY2027", List.of("2027-01")));
        assertThat(PeriodFigures.periods(YearMonth.of(2027, 1), 7).get(2).months()).hasSize(7).startsWith("2026-07").endsWith("2027-01");
    }

    @Test
    void should_give_each_business_its_profit_for_the_month_quarter_and_year_to_date() {
        Section s = PeriodFigures.section(FinanceSnapshots.portfolio());

        assertThat(s.title()).isEqualTo("Month, quarter and tax year to date");
        assertThat(s.columns()).containsExactly("Business", "Nov 2026 to date", "Q4 2026 to date", "2026 to date");
        assertThat(s.rows()).containsExactly(
                List.of("JADA (yacht charters)", "-$1,600 ($2,400 − $4,000)", "-$12,600 ($4,400 − $17,000)", "-$36,000 ($8,000 − $44,000)"),
                // eleven months of MRR in the year, an estimate: $33,000 against the $7,000 recorded
                List.of("QuickDumpNow ~", "$2,000 ($3,000 − $1,000)", "$3,000 ($6,000 − $3,000)", "$26,000 ($33,000 − $7,000)"),
                List.of("All businesses ~", "$400 ($5,400 − $5,000)", "-$9,600 ($10,400 − $20,000)", "-$10,000 ($41,000 − $51,000)"));
        // a brief keeps the profits alone
        assertThat(s.shortForm().title()).isEqualTo("Month, quarter and tax year to date: profit");
        assertThat(s.shortForm().columns()).isEqualTo(s.columns());
        assertThat(s.shortForm().rows()).containsExactly(List.of("JADA (yacht charters)", "-$1.6k", "-$12.6k", "-$36k"),
                List.of("QuickDumpNow ~", "$2k", "$3k", "$26k"), List.of("All businesses ~", "$400", "-$9.6k", "-$10k"));
        assertThat(s.shortForm().note()).isEqualTo("Profit, rounded, to 2026-11-23 (earned revenue − recorded expenses; calendar tax year; "
                + "~ revenue estimated). Exact figures in the full report.");
        assertThat(s.note()).isEqualTo("Profit = earned revenue (service date passed) − recorded expenses, to 2026-11-23; the tax year "
                + "is the calendar year. ~ = revenue estimated: a subscription business's renewals are not dated, so it counts today's "
                + "MRR a month, at most what its paid renewals earned in all. The ledger's expenses start in 2026-08: earlier months count none.");
    }

    @Test
    void should_name_a_business_with_its_own_tax_year_and_leave_the_total_out() {
        PortfolioSnapshot s = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), Facts.read(FinanceSnapshots.RUN.runId(), "qdn", "profile", "business",
                        "routes/domains/qdn.yaml", new BusinessProfile("QuickDumpNow", "subscription", "Owner", 7), List.of(), 0),
                FinanceSnapshots.qdnSubscriptions(300_000), FinanceSnapshots.profile("portfolio", "Portfolio-wide", "portfolio"),
                FinanceSnapshots.ledger());

        Section section = PeriodFigures.section(s);

        assertThat(section.columns()).containsExactly("Business", "Month to date", "Quarter to date", "Tax year to date");
        // from July: five months of MRR ($15,000) against $7,000 recorded from August
        assertThat(section.rows()).containsExactly(
                List.of("JADA (yacht charters)", "-$1,600 ($2,400 − $4,000)", "-$12,600 ($4,400 − $17,000)", "-$36,000 ($8,000 − $44,000)"),
                List.of("QuickDumpNow ~ (tax year from Jul: Q2 FY2027)", "$2,000 ($3,000 − $1,000)", "$3,000 ($6,000 − $3,000)",
                        "$8,000 ($15,000 − $7,000)"));
        assertThat(section.note()).contains("each business's tax year as its domain file starts it");
    }

    @Test
    void should_never_count_more_subscription_revenue_in_a_period_than_its_paid_renewals_earned_in_all() {
        // 63% of renewals failed: eleven months at today's MRR ($33,000) is more than the $20,000 the renewals ever brought in
        SubscriptionFacts paid = new SubscriptionFacts("qdn-subscriptions", 40, new TreeMap<>(), 30, 300_000, 100, 63, List.of(),
                new TreeMap<>(), 2_000_000, 1_900_000);
        PortfolioSnapshot s = FinanceSnapshots.snapshot(FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"),
                Facts.read(FinanceSnapshots.RUN.runId(), "qdn", "subscriptions", "ddb-subscriptions", "qdn-subscriptions", paid, List.of(), 0),
                FinanceSnapshots.profile("portfolio", "Portfolio-wide", "portfolio"), FinanceSnapshots.ledger());

        assertThat(PeriodFigures.section(s).rows().get(0)).containsExactly("QuickDumpNow ~", "$2,000 ($3,000 − $1,000)",
                "$3,000 ($6,000 − $3,000)", "$13,000 ($20,000 − $7,000)");
    }

    @Test
    void should_show_revenue_alone_when_no_ledger_was_read() {
        PortfolioSnapshot s = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        assertThat(PeriodFigures.section(s).rows().get(0)).containsExactly("JADA (yacht charters)", "revenue $2,400; expenses unknown",
                "revenue $4,400; expenses unknown", "revenue $8,000; expenses unknown");
    }
}
