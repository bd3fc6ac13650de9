package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.InvoiceFacts.Total;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.Person;
import com.execreports.model.OrgFacts.Transition;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

/** The pieces of a role's first screen and the CFO's new tables, each on small made-up facts. */
class FirstScreenPartsTest {

    @Test
    void should_write_money_short_enough_for_a_subject_line() {
        assertThat(Figures.compactMoney(21_998)).isEqualTo("$220");
        assertThat(Figures.compactMoney(940_000)).isEqualTo("$9.4k");
        assertThat(Figures.compactMoney(9_188_700)).isEqualTo("$91.9k");
        assertThat(Figures.compactMoney(31_423_000)).isEqualTo("$314k");
        assertThat(Figures.compactMoney(106_058_200)).isEqualTo("$1.06M");
        assertThat(Figures.compactMoney(-5_146_300)).isEqualTo("-$51.5k");
    }

    @Test
    void should_draw_the_lowest_month_lowest_and_the_highest_highest() {
        SortedMap<String, Long> byMonth = FinanceSnapshots.months("2026-05", 100L, "2026-06", 300L, "2026-07", 800L,
                "2026-08", 500L, "2026-09", 100L);
        Sparkline spark = Sparkline.of(byMonth, "2026-09", 6);
        assertThat(spark.bars()).isEqualTo("▁▃█▅▁");
        assertThat(spark.span()).isEqualTo("May–Sep");
        // one month is no trend
        assertThat(Sparkline.of(byMonth, "2026-05", 6).line()).isEmpty();
    }

    @Test
    void should_shorten_a_risk_to_its_title_without_the_detail_but_keep_a_parenthesis_inside_it() {
        assertThat(FirstScreens.shortened("2,559 of 4,041 subscription renewals failed (63%, all history; alarm above 20%)"))
                .isEqualTo("2,559 of 4,041 subscription renewals failed");
        assertThat(FirstScreens.shortened("$493,945 earned but not collected: 57% of the $865,065 earned"))
                .isEqualTo("$493,945 earned but not collected");
        assertThat(FirstScreens.shortened("CloudFront distribution E2JQ8 (jada.example) has no WAF web ACL: no rate limiting"))
                .isEqualTo("CloudFront distribution E2JQ8 (jada.example) has no WAF…");
        assertThat(FirstScreens.shortened("Hardcoded Stripe live secret key (full access to the Stripe account) sk_l… in Lambda x"))
                .isEqualTo("Hardcoded Stripe live secret key");
        assertThat(FirstScreens.actionHead("Invoice every booking: backfill the uninvoiced ones")).isEqualTo("Invoice every booking");
    }

    @Test
    void should_age_open_invoices_by_days_since_issued() {
        SortedMap<String, SortedMap<String, Long>> open = new TreeMap<>();
        open.put("jada", FinanceSnapshots.months("2026-11-20", 10_000L, "2026-10-01", 20_000L, "2026-09-01", 30_000L,
                "2026-06-01", 40_000L));
        open.put("qdn", FinanceSnapshots.months("2026-11-01", 5_000L));
        InvoiceFacts invoices = new InvoiceFacts("b", List.of(), 5, 0, 5, 105_000, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                5, 105_000, Total.NONE, new TreeMap<>(), new TreeMap<>(), Total.NONE, new TreeMap<>(), new TreeMap<>(), open);

        List<Map<String, Long>> buckets = ReceivablesAging.buckets(invoices, LocalDate.of(2026, 11, 23));

        assertThat(buckets.get(0)).containsExactlyInAnyOrderEntriesOf(Map.of("jada", 10_000L, "qdn", 5_000L));
        assertThat(buckets.get(1)).containsExactlyEntriesOf(Map.of("jada", 20_000L));   // 53 days
        assertThat(buckets.get(2)).containsExactlyEntriesOf(Map.of("jada", 30_000L));   // 83 days
        assertThat(buckets.get(3)).containsExactlyEntriesOf(Map.of("jada", 40_000L));   // 175 days
    }

    @Test
    void should_take_the_calendar_quarter_after_the_run() {
        PortfolioSnapshot s = FinanceSnapshots.portfolio();   // run of 2026-11-23
        assertThat(ForwardQuarter.months(s)).containsExactly("2027-01", "2027-02", "2027-03");
        assertThat(ForwardQuarter.name(s)).isEqualTo("Q1 2027");
    }

    @Test
    void should_name_the_key_person_and_the_missing_successor_and_put_both_to_the_ceo() {
        PortfolioSnapshot s = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"),
                FinanceSnapshots.qdnSubscriptions(300_000), FinanceSnapshots.profile("eyd", "Expert Yacht Delivery", "logistics"),
                org(List.of(
                        new Person("Owner", "Founder", List.of("jada", "qdn", "eyd"), "80", true, null, null, null),
                        new Person("Sam", "Captain", List.of("jada", "qdn", "eyd"), "0", true, null, null, null),
                        new Person("Pat", "Bookkeeper (contractor)", List.of("jada", "qdn", "eyd"), "0", true, null, null, null),
                        new Person("Dana", "Operations lead", List.of("qdn"), "5", true, null,
                                new Transition("Operations lead", "Advisor", null), "Stepping back; no successor named."),
                        new Person("Luis", "Crew lead", List.of("qdn"), "0", true, null, null, null))));
        OrgFacts org = s.all(OrgFacts.class).get(0).data();

        List<PortfolioFinding> found = new java.util.ArrayList<>(KeyPersonRisk.find(s, org));
        OrganisationFindings.find(s, org, found);

        // neither the owner nor a contractor is a key-person risk to report; an undated transition names the missing successor
        assertThat(found).extracting(PortfolioFinding::id).containsExactly("key-person.sam", "undated-transition.dana");
        assertThat(found.get(0).title()).startsWith("Sam (Captain) works across 3 businesses holding $");
        assertThat(found.get(1).title()).isEqualTo("Dana is moving from Operations lead to Advisor with no effective date"
                + " and no successor named");
        assertThat(found).extracting(PortfolioFinding::severity).containsOnly("medium");

        List<FirstScreen.Decision> decisions = CeoDecisions.of(s, found, 6);
        assertThat(decisions).extracting(FirstScreen.Decision::question)
                .containsExactly("Name a successor to Dana (Operations lead)", "Back up Sam (Captain)");
        assertThat(decisions.get(0).options()).extracting(FirstScreen.Option::choice)
                .containsExactly("Promote Luis (Crew lead)", "Hire", "Hold Dana to a date");
        assertThat(decisions.get(1).options()).extracting(FirstScreen.Option::choice)
                .containsExactly("Train or hire a second captain", "Contract cover per job", "Accept the risk");
    }

    @Test
    void should_put_the_runway_gap_to_the_ceo_as_a_cut_a_raise_or_a_collection() {
        PortfolioSnapshot s = FinanceSnapshots.portfolioWithBalances();
        FinanceMeasures.Burn burn = FinanceMeasures.burn(s);
        FirstScreen.Decision d = CeoDecisions.runway(s, 6);
        long raise = Math.max(0, burn.averageNetBurnCents() * 6 - burn.cashCents());
        assertThat(d.question()).isEqualTo("Fund the runway to 6 months");
        assertThat(d.options().get(1).choice()).isEqualTo("Raise " + Figures.money(raise));
        assertThat(d.options()).hasSize(3);
    }

    private static Facts org(List<Person> people) {
        OrgFacts data = new OrgFacts("portfolio-org", "register/organisation.yaml", "register/endpoints.csv", true, true, people,
                List.of(), people.stream().filter(p -> p.transition() != null && p.transition().effectiveDate() == null)
                        .map(p -> new OrgFacts.PendingTransition(p.name(), p.transition().fromRole(), p.transition().toRole())).toList(),
                1, List.of(), List.of());
        return Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "org", "s3-org", "portfolio-org", data, List.of(), 0);
    }
}
