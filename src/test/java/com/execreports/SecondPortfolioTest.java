package com.execreports;

import static com.execreports.MoneyTermsShown.PORTFOLIO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import com.execreports.analysis.Figures;
import com.execreports.demo.SecondPortfolio;
import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What issue 13 promises, on a portfolio the reports were never tuned on ({@link SecondPortfolio}: other seed, sizes,
 * dates and planted problems): risk-ranked headlines, cash-based burn and runway with the reconciliation finding, one
 * figure per money term, invoices naming no booking apart from those on cancelled bookings, the planted drop and spike
 * as findings, and "no previous period" only where no history exists. One run; each test reads what it archived.
 */
class SecondPortfolioTest extends PortfolioPipelineTestSupport {

    private static final String PERIOD = "reports/exec/" + SecondPortfolio.PERIOD + "/";
    private static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");
    private static final Map<String, String> NAMES = Map.of("jada", "JADA (yacht charters)",
            "queenofsandiego", "Queen of San Diego (sailing and events)", "dangerouscentaur", "DangerousCentaur (studio)",
            "expert-yacht-delivery", "Expert Yacht Delivery", "rental-3028-51st", "3028 51st St Rental");
    private static final SecondPortfolio PLANTED = new SecondPortfolio();
    private static boolean ran;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withSecondPortfolio();
    }

    @Override
    protected void overrideProperties(Properties p) {
        p.put("run.clock", SecondPortfolio.CLOCK);
        p.put("portfolio.name", "Second portfolio");
    }

    /** The archived report of a role ("cfo", or "cfo-full"), its lines joined so a wrapped sentence reads whole. */
    private String report(String name) throws Exception {
        synchronized (SecondPortfolioTest.class) {
            if (!ran) {
                runAt(SecondPortfolio.CLOCK);
                ran = true;
            }
        }
        return aws.object(LocalAws.ARCHIVE_BUCKET, PERIOD + name + ".txt").replaceAll("\\s+", " ");
    }

    @Test
    void should_send_five_reports_whose_headlines_follow_the_risk_order() throws Exception {
        report("ceo");
        // the reports SES received are the ones archived: delivered once each, under this portfolio's name and week
        assertThat(reportsSent()).hasSize(5).extracting(e -> e.path("subject").asText())
                .allSatisfy(subject -> assertThat(subject).endsWith(" findings · Second portfolio " + SecondPortfolio.PERIOD))
                .extracting(subject -> subject.substring(0, subject.indexOf(" · ")))
                .containsExactly("CEO", "CTO", "CFO", "CMO", "Accounting");
        for (String role : ROLES) {
            assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, PERIOD + role + ".delivery.json")).as(role).contains("\"state\" : \"DELIVERED\"");
        }

        // the CEO and CTO: the live key in deployed code outranks every money finding (JADA's here, QuickDumpNow's in the demo);
        // the summary that says so is the full report's (the brief's first screen lists the top risks instead)
        for (String role : List.of("ceo", "cto")) {
            assertThat(report(role + "-full")).as(role).contains("Worst risk: JADA (yacht charters) — hardcoded Stripe live secret key")
                    .contains("Top action: rotate every exposed credential");
        }
        // the CFO and the accountant: the planted uninvoiced money, Queen of San Diego's this time, not JADA's as in the demo
        String uninvoiced = NAMES.get("queenofsandiego") + " — " + Figures.count(PLANTED.notInvoicedCount("queenofsandiego"))
                + " earned bookings worth " + Figures.money(PLANTED.notInvoicedCents("queenofsandiego")) + " are not invoiced";
        // the top action is the fix that removes most risk: invoicing, or collecting (which claims the uninvoiced money
        // first when it ranks first, so it is never counted twice); when it is not the worst risk's fix, it says why
        for (String role : List.of("cfo", "accounting")) {
            String report = report(role + "-full");
            assertThat(report).as(role).contains("Worst risk: " + uninvoiced)
                    .containsPattern("Top action: (invoice every booking: backfill the uninvoiced ones and require an invoice id at booking "
                            + "\\(impact critical \\(" + java.util.regex.Pattern.quote(Figures.money(PLANTED.notInvoicedCents())) + " at stake\\)"
                            + "|collect what is earned: .* — more risk removed than by the worst risk's fix \\(action \\d+\\)\\.)");
        }
        // housekeeping never heads a report
        for (String role : ROLES) {
            assertThat(report(role + "-full")).as(role).doesNotContainPattern("Top action: (map every expense|tag every AWS resource|fix the unreadable)");
            assertThat(report(role)).as(role).doesNotContainPattern("Top risks -+ 1\\. [^→]*→ (Map every expense|Tag every AWS resource|Fix the unreadable)");
        }
    }

    @Test
    void should_burn_and_run_out_of_cash_by_the_month_end_balances_and_reconcile_them() throws Exception {
        String cfo = report("cfo-full");

        assertThat(cfo).contains("Monthly burn: " + Figures.money(SecondPortfolio.MONTHLY_FALL) + " (")
                .contains("— average monthly fall of the month-end cash balances, 2026-12 to 2027-02")
                .contains("Cash runway: " + PLANTED.runway() + " (no limit at the end of 2026-11: cash grew) — cash "
                        + Figures.money(PLANTED.latestCashCents()) + " as of 2027-02-28");
        assertThat(PLANTED.runway()).isEqualTo("2.5 months");

        long[] r = PLANTED.cashReconciliation();
        long implied = r[0] + r[1] - r[3];
        String finding = "Recorded expenses cover " + Figures.percent(r[2], implied) + " of what cash implies: "
                + Figures.money(implied - r[2]) + " left the businesses over 2026-02 to 2027-02 with no recorded expense";
        assertThat(cfo).contains(finding);
        assertThat(report("ceo")).contains(finding);
        assertThat(report("accounting")).contains(finding);
    }

    @Test
    void should_show_one_not_invoiced_figure_per_business_across_the_reports() throws Exception {
        report("cfo");
        MoneyTermsShown shown = MoneyTermsShown.in(MoneyTermsShown.archivedReports(aws, PERIOD, "Second portfolio"));

        assertThat(shown.assertOneFigureEach()).hasSizeGreaterThan(10);
        assertThat(shown.assertFootersAgree(aws, PERIOD)).containsEntry("Not invoiced", Figures.money(PLANTED.notInvoicedCents()));
        assertThat(shown.figure("Not invoiced", PORTFOLIO)).containsOnlyKeys("ceo", "cfo", "accounting")
                .containsValue(Figures.money(PLANTED.notInvoicedCents()));
        NAMES.forEach((id, name) -> assertThat(shown.figure("Not invoiced", name)).as(name)
                .containsOnlyKeys("cfo", "accounting").containsValue(Figures.money(PLANTED.notInvoicedCents(id))));
    }

    @Test
    void should_show_invoices_naming_no_booking_apart_from_those_on_cancelled_bookings() throws Exception {
        String cfo = report("cfo-full");
        Map<String, long[]> cancelled = PLANTED.invoicesOnCancelledBookings();
        Map<String, long[]> noBooking = PLANTED.invoicesNamingNoBooking();

        long[] allCancelled = new long[2];
        NAMES.forEach((id, name) -> {
            long[] c = cancelled.getOrDefault(id, new long[2]);
            long[] n = noBooking.getOrDefault(id, new long[2]);
            allCancelled[0] += c[0];
            allCancelled[1] += c[1];
            assertThat(reconciled(cfo, name)).as(name).contains("On cancelled booking: " + pair(c) + " Names no booking: " + pair(n)
                    + " Not invoiced: " + Figures.count(PLANTED.notInvoicedCount(id)) + ", " + Figures.money(PLANTED.notInvoicedCents(id)));
        });
        assertThat(reconciled(cfo, PORTFOLIO)).contains("On cancelled booking: " + pair(allCancelled) + " Names no booking: 4, $5,000");
        assertThat(noBooking.keySet()).containsExactly("expert-yacht-delivery", "rental-3028-51st");
        // the accountant's brief names them as a gap of their own
        // (its system gaps, in the attached full report: the brief leaves them there to stay a five-minute read)
        assertThat(report("accounting-full")).contains("Gap: Invoices with no booking").contains("4 invoices name no booking the tables hold: investigate")
                .contains(allCancelled[0] + " invoices bill a cancelled or refunded booking");
    }

    @Test
    void should_raise_the_planted_drop_and_cancellation_spike_as_findings() throws Exception {
        YearMonth feb = SecondPortfolio.DROP_MONTH;
        long now = PLANTED.bookedCents(feb);
        String drop = "February bookings " + Figures.money(now) + ": " + change(now, PLANTED.bookedCents(feb.minusMonths(1)))
                + " on January, " + change(now, PLANTED.bookedCents(feb.minusYears(1))) + " on February 2026";
        assertThat(report("cfo")).contains("HIGH Portfolio-wide — " + drop);
        assertThat(report("ceo")).contains(drop);

        YearMonth march = YearMonth.from(SecondPortfolio.AS_OF);
        long[] year = LongStream.rangeClosed(1, 12).map(i -> PLANTED.cancellations(march.minusMonths(i))).toArray();
        String spike = PLANTED.cancellations(march) + " cancellations so far in March (month to date) against "
                + LongStream.of(year).min().orElseThrow() + "–" + LongStream.of(year).max().orElseThrow() + " a month in the last 12 months";
        assertThat(PLANTED.cancellations(march)).isGreaterThanOrEqualTo(40);
        assertThat(report("cfo")).contains("HIGH QuickDumpNow (junk removal) — " + spike);
        assertThat(report("ceo")).contains(spike);
    }

    @Test
    void should_say_no_previous_period_only_of_figures_without_history() throws Exception {
        // bookings, AWS spend and cash have months of history: each is compared, never "no previous period"
        int compared = 0;
        for (String role : ROLES) {
            report(role);
            String text = aws.object(LocalAws.ARCHIVE_BUCKET, PERIOD + role + "-full.txt");
            Matcher line = Pattern.compile("(?m)^(Revenue booked|Bookings taken|AWS spend|Monthly burn|Cash runway)[^:\\n]*:(.*)$").matcher(text);
            while (line.find()) {
                assertThat(line.group(2)).as("%s in the %s report", line.group(1), role).doesNotContain("no previous period");
                compared++;
            }
        }
        // CEO: bookings taken; CFO: revenue booked twice, burn, runway, AWS spend; CTO: AWS spend
        assertThat(compared).isGreaterThanOrEqualTo(6);
        String cfo = report("cfo-full");
        assertThat(cfo).contains("Revenue booked, last 30 days: " + Figures.money(PLANTED.bookedLast30Cents()) + " (")
                .contains("AWS spend, last full month: $220 (+39% on January)")
                .contains("Monthly burn: $18,000 (2026-09 to 2026-11: none, cash grew");
    }

    private static String change(long now, long before) {
        long pct = Math.round(100.0 * (now - before) / before);
        return (pct > 0 ? "+" : "") + pct + "%";
    }

    private static String pair(long[] countCents) {
        return Figures.count(countCents[0]) + ", " + Figures.money(countCents[1]);
    }

    /** A business's card in "Invoices reconciled against bookings", up to the next card. */
    private static String reconciled(String text, String business) {
        String section = text.substring(text.indexOf("Invoices reconciled against bookings"));
        int start = section.indexOf("- Business: " + business + " ");
        assertThat(start).as(business).isNotNegative();
        int end = section.indexOf("- Business:", start + 1);
        return section.substring(start, end < 0 ? section.length() : end);
    }
}
