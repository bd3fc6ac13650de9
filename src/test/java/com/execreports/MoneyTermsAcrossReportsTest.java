package com.execreports;

import static com.execreports.MoneyTermsShown.PORTFOLIO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The demo's five reports, as rendered and archived and as written from the run's archived snapshot: a money term
 * (booked, earned, not invoiced, collected …) that two reports show has one value for a business and period.
 */
class MoneyTermsAcrossReportsTest extends DemoPipelineTestSupport {

    private static final String PERIOD = "reports/exec/2026-W48/";

    @Test
    void should_show_one_figure_for_each_money_term_business_and_period_in_every_report() throws Exception {
        runAt("2026-11-23T07:00:00-08:00");
        MoneyTermsShown shown = MoneyTermsShown.in(MoneyTermsShown.archivedReports(aws, PERIOD, "Demo portfolio"));
        assertThat(shown.terms()).contains("Booked", "Earned", "Backlog", "Invoiced", "Not invoiced", "Collected", "Earned, not collected");

        List<String> shared = shown.assertOneFigureEach();
        // the figures the demo's readers found disagreeing now agree across the reports that show them
        assertThat(shown.figure("Not invoiced", PORTFOLIO)).containsOnlyKeys("ceo", "cfo", "accounting");
        assertThat(shown.figure("Not invoiced", "JADA (yacht charters)")).containsOnlyKeys("cfo", "accounting");
        assertThat(shown.figure("Earned, not collected", PORTFOLIO)).containsKeys("ceo", "cfo", "accounting");
        assertThat(shared).hasSizeGreaterThan(10);

        // and the archived text says so too: each report's "Money terms" footer gives a term the same figure
        assertThat(shown.assertFootersAgree(aws, PERIOD)).containsKeys("Not invoiced", "Earned, not collected");
    }
}
