package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.PortfolioFinding.Stake;
import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Finding;
import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.analysis.RiskScore.Exposure;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

/**
 * What each executive reads first, from one table of findings weighed as the finders weigh them: the order of the
 * findings, the worst risk and the top action of every report.
 */
class ReportPrioritiesTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final PortfolioSnapshot SNAPSHOT = new PortfolioSnapshot(RUN, List.of());
    private static final ReportFrame FRAME = new ReportFrame(new ReportSettings("Test portfolio", 365, 20, 10));

    private static final Fix ROTATE = new Fix("Rotate every exposed credential and move secrets to a secrets manager", 2);
    private static final Fix INVOICE = new Fix("Invoice every booking", 2);

    /** The demo's problems, as their finders weigh them (severity, money a year or owed, exposure, confidence). */
    private static final List<PortfolioFinding> TABLE = List.of(
            finding("secret.stripe-secret-key.f53a", "high", "JADA", "Live Stripe key in deployed code (index.js line 8)", 0,
                    Set.of("cto", "ceo"), ROTATE).exposedTo(Set.of(Exposure.LIVE, Exposure.PAYMENT_PATH)),
            finding("secret.aws-access-key-id.d546", "high", "Portfolio-wide", "AWS access key id in repos.env", 0,
                    Set.of("cto", "ceo"), ROTATE).exposedTo(Set.of(Exposure.LIVE)).withConfidence(Confidence.INFERRED),
            finding("open-function-url.jada-booking-api", "high", "JADA", "Public booking API with no authentication", 0,
                    Set.of("ceo", "cto"), new Fix("Require authentication on public Lambda function URLs", 2))
                    .exposedTo(Set.of(Exposure.PUBLIC, Exposure.PAYMENT_PATH)),
            finding("empty-funnel.dangerouscentaur", "high", "DangerousCentaur", "Empty sales funnel", 0, Set.of("ceo", "cmo"),
                    new Fix("Capture every inquiry as a lead", 3)).withConfidence(Confidence.INFERRED),
            finding("unmapped-expenses", "medium", "Portfolio-wide", "3 expense rows worth $490 off the chart", 49_000,
                    Set.of("cfo", "accounting"), new Fix("Map every expense to a chart-of-accounts account", 1)),
            finding("no-handoff-procedures", "high", "Portfolio-wide", "No handoff procedure", 0, Set.of("ceo", "cto"),
                    new Fix("Write handoff procedures", 3)),
            finding("undated-transition.dana", "medium", "Portfolio-wide", "Transition with no date", 0, Set.of("ceo"),
                    new Fix("Set a date and a named successor for every announced transition", 1)),
            finding("uncollected.expert-yacht-delivery", "high", "Expert Yacht Delivery", "$747,632 earned but not collected",
                    74_763_200, Set.of("cfo", "accounting"), new Fix("Collect what is earned", 2))
                    .staking(List.of(new Stake("uninvoiced.expert-yacht-delivery", 13_993_000),
                            new Stake("uncollected.expert-yacht-delivery", 60_770_200))),
            finding("no-invoice.jada", "high", "JADA", "$548,990 of revenue with no invoice", 54_899_000,
                    Set.of("ceo", "cfo", "accounting"), INVOICE).staking(List.of(new Stake("uninvoiced.jada", 54_899_000))),
            finding("no-invoice.expert-yacht-delivery", "medium", "Expert Yacht Delivery", "$139,930 of revenue with no invoice",
                    13_993_000, Set.of("ceo", "cfo", "accounting"), INVOICE)
                    .staking(List.of(new Stake("uninvoiced.expert-yacht-delivery", 13_993_000))),
            finding("no-analytics.jada", "medium", "JADA", "No analytics tag", 0, Set.of("ceo", "cto", "cmo"),
                    new Fix("Add an analytics tag to every site", 1)),
            finding("ec2-instance.i-0c7f", "medium", "JADA", "Idle-looking EC2 instance", 37_000, Set.of("cto", "cfo"),
                    new Fix("Stop or right-size EC2 instances nobody uses", 1)).withConfidence(Confidence.SUSPECTED));

    @Test
    void should_put_the_live_key_first_for_the_ceo_and_rotate_it_first() {
        Report ceo = report("ceo");

        assertThat(ids(ceo)).containsExactly("secret.stripe-secret-key.f53a", "open-function-url.jada-booking-api",
                "no-invoice.jada", "secret.aws-access-key-id.d546", "no-invoice.expert-yacht-delivery", "no-handoff-procedures",
                "empty-funnel.dangerouscentaur", "no-analytics.jada", "undated-transition.dana");
        assertThat(ceo.summary()).contains("Worst risk: JADA — live Stripe key in deployed code (index.js line 8).",
                "Top action: rotate every exposed credential and move secrets to a secrets manager (impact critical, effort a day).");
        assertThat(ceo.actions()).extracting(Action::title).containsExactly(ROTATE.title(), INVOICE.title(),
                "Require authentication on public Lambda function URLs", "Write handoff procedures", "Capture every inquiry as a lead",
                "Add an analytics tag to every site", "Set a date and a named successor for every announced transition");
    }

    @Test
    void should_give_the_cto_key_rotation_as_the_first_action() {
        Report cto = report("cto");

        assertThat(ids(cto)).containsExactly("secret.stripe-secret-key.f53a", "open-function-url.jada-booking-api",
                "secret.aws-access-key-id.d546", "no-handoff-procedures", "no-analytics.jada", "ec2-instance.i-0c7f");
        assertThat(cto.actions()).extracting(Action::title).containsExactly(ROTATE.title(),
                "Require authentication on public Lambda function URLs", "Write handoff procedures", "Add an analytics tag to every site",
                "Stop or right-size EC2 instances nobody uses");
        assertThat(cto.actions().get(0).resolves()).containsExactly("secret.stripe-secret-key.f53a", "secret.aws-access-key-id.d546");
    }

    @Test
    void should_put_the_uncollected_and_uninvoiced_money_before_the_490_dollar_mapping_for_cfo_and_accountant() {
        for (String role : List.of("cfo", "accounting")) {
            Report r = report(role);

            assertThat(r.findings().get(0).id()).as(role).isEqualTo("uncollected.expert-yacht-delivery");
            assertThat(r.summary()).as(role).contains("Worst risk: Expert Yacht Delivery — $747,632 earned but not collected.");
            // invoicing fixes the largest bookings gap and part of the uncollected money at once, so it outweighs collecting
            assertThat(r.summary()).as(role).contains("Top action: invoice every booking (impact critical ($688,920 at stake), "
                    + "effort a day) — more risk removed than by the worst risk's fix (action 2).");
            assertThat(r.actions()).as(role).extracting(Action::title).startsWith(INVOICE.title(), "Collect what is earned");
            // the uninvoiced part of the uncollected money was claimed by invoicing: collecting counts only the rest
            assertThat(r.actions().get(1).impact()).as(role).isEqualTo("critical ($607,702 at stake)");
            Action mapping = r.actions().stream().filter(a -> a.title().startsWith("Map every expense")).findFirst().orElseThrow();
            assertThat(mapping.rank()).as(role).isGreaterThan(2);
            assertThat(mapping.impact()).as(role).isEqualTo("medium ($490 at stake)");
        }
    }

    @Test
    void should_lead_the_cmo_with_the_empty_funnel() {
        Report cmo = report("cmo");

        assertThat(ids(cmo)).containsExactly("empty-funnel.dangerouscentaur", "no-analytics.jada");
        assertThat(cmo.summary()).contains("Worst risk: DangerousCentaur — empty sales funnel.",
                "Top action: capture every inquiry as a lead (impact high, effort a few days).");
    }

    @Test
    void should_give_every_high_finding_an_action_in_every_report() {
        for (String role : PortfolioFindings.ALL) {
            Report r = report(role);
            List<String> resolved = r.actions().stream().flatMap(a -> a.resolves().stream()).toList();
            assertThat(r.findings()).as(role).filteredOn(f -> "high".equals(f.severity())).extracting(Finding::id)
                    .allMatch(resolved::contains);
        }
    }

    private static Report report(String role) {
        List<PortfolioFinding> worstFirst = TABLE.stream().sorted(PortfolioFinding.WORST_FIRST).toList();
        return FRAME.report(role, role.toUpperCase() + " report", SNAPSHOT, worstFirst, Trend.firstRun(SNAPSHOT), List.of(),
                List.of(), List.of());
    }

    private static List<String> ids(Report r) {
        return r.findings().stream().map(Finding::id).toList();
    }

    private static PortfolioFinding finding(String id, String severity, String business, String title, long cents,
                                            Set<String> roles, Fix fix) {
        return new PortfolioFinding(id, severity, business, title, "evidence of " + id, "impact of " + id, cents, roles, fix);
    }
}
