package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BusinessProfile;
import com.execreports.model.EngineeringFacts;
import com.execreports.model.EngineeringFacts.DeliveryPractice;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

class DeliveryProcessFindingsTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final String WHERE = "portfolio-code/inventory/engineering-register.csv";

    private static final DeliveryPractice JADA = new DeliveryPractice("jada", "github.com/jada-charters/jada-site", false, false,
            false, "aws s3 sync from laptop", "only one person knows the steps");
    private static final DeliveryPractice QDN = new DeliveryPractice("quickdumpnow", "github.com/quickdumpnow/web", true, false,
            false, "GitHub Actions aws s3 sync on push to main", "");
    private static final DeliveryPractice EYD = new DeliveryPractice("expert-yacht-delivery", "github.com/eyd/web", true, true,
            true, "GitHub Actions to staging then manual promote", "");

    @Test
    void should_raise_one_medium_cto_finding_per_business_listing_everything_it_lacks() {
        List<PortfolioFinding> found = find(register(true, JADA));

        assertThat(found).hasSize(1);
        PortfolioFinding f = found.get(0);
        assertThat(f.id()).isEqualTo("delivery-process.jada");
        assertThat(f.severity()).isEqualTo("medium");
        assertThat(f.business()).isEqualTo("JADA (yacht charters)");
        assertThat(f.title()).isEqualTo("Ships changes with no CI, no staging environment and no rollback");
        assertThat(f.where()).isEqualTo(WHERE + " — deploy method: aws s3 sync from laptop; repo: github.com/jada-charters/jada-site");
        assertThat(f.impact()).isEqualTo("no change is tested before it ships; customers are the first to see each change;"
                + " a bad deploy stays live until someone repairs it by hand");
        assertThat(f.impactCents()).isZero();
        assertThat(f.roles()).containsExactly("cto");
        assertThat(f.fix()).isEqualTo(new PortfolioFinding.Fix(
                "Add CI with automated tests, a staging environment and one-step rollback", 3));
    }

    @Test
    void should_name_only_what_a_business_with_ci_still_lacks() {
        PortfolioFinding f = find(register(true, QDN)).get(0);

        assertThat(f.title()).isEqualTo("Ships changes with no staging environment and no rollback");
        assertThat(f.impact()).isEqualTo("customers are the first to see each change; a bad deploy stays live until someone repairs it by hand");
        assertThat(f.where()).contains("deploy method: GitHub Actions aws s3 sync on push to main");
    }

    @Test
    void should_name_a_single_missing_practice_alone() {
        DeliveryPractice noRollback = new DeliveryPractice("jada", "", true, true, false, "", "");

        PortfolioFinding f = find(register(true, noRollback)).get(0);

        assertThat(f.title()).isEqualTo("Ships changes with no rollback");
        assertThat(f.where()).isEqualTo(WHERE + " — deploy method: not stated");
    }

    @Test
    void should_raise_nothing_for_a_business_with_ci_staging_and_rollback() {
        assertThat(find(register(true, EYD))).isEmpty();
    }

    @Test
    void should_raise_nothing_from_a_register_that_was_not_read() {
        assertThat(find(register(false))).isEmpty();
    }

    @Test
    void should_resolve_every_business_with_one_engineering_action() {
        List<Action> actions = ActionRanking.rank(find(register(true, JADA, QDN, EYD)));

        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).title()).isEqualTo("Add CI with automated tests, a staging environment and one-step rollback");
        assertThat(actions.get(0).impact()).isEqualTo("medium");
        assertThat(actions.get(0).effort()).isEqualTo("a few days");
        assertThat(actions.get(0).resolves()).containsExactly("delivery-process.jada", "delivery-process.quickdumpnow");
    }

    @Test
    void should_tabulate_each_business_of_the_register_in_register_order() {
        Section s = DeliveryProcessFindings.section(snapshot(), register(true, JADA, QDN, EYD));

        assertThat(s.title()).isEqualTo("Delivery process");
        assertThat(s.columns()).containsExactly("Business", "CI", "Staging", "Rollback", "Deploy method");
        assertThat(s.rows()).containsExactly(
                List.of("JADA (yacht charters)", "no", "no", "no", "aws s3 sync from laptop"),
                List.of("QuickDumpNow (junk removal)", "yes", "no", "no", "GitHub Actions aws s3 sync on push to main"),
                List.of("expert-yacht-delivery", "yes", "yes", "yes", "GitHub Actions to staging then manual promote"));
        assertThat(s.note()).isEqualTo("How each business ships its software, as the engineering register " + WHERE + " states it.");
    }

    @Test
    void should_say_delivery_practices_are_unknown_when_the_register_was_not_read() {
        Section s = DeliveryProcessFindings.section(snapshot(), register(false));

        assertThat(s.rows()).isEmpty();
        assertThat(s.note()).isEqualTo("The engineering register " + WHERE
                + " could not be read this run (see data completeness): delivery practices are unknown.");
    }

    private static EngineeringFacts register(boolean read, DeliveryPractice... practices) {
        return new EngineeringFacts("portfolio-code", "inventory/engineering-register.csv", read, List.of(practices));
    }

    private static List<PortfolioFinding> find(EngineeringFacts register) {
        List<PortfolioFinding> found = new ArrayList<>();
        DeliveryProcessFindings.find(snapshot(), register, found);
        return found;
    }

    private static PortfolioSnapshot snapshot() {
        return new PortfolioSnapshot(RUN, List.of(
                Facts.read(RUN.runId(), "jada", "profile", "business", "routes/domains/jada.yaml",
                        new BusinessProfile("JADA (yacht charters)", "bookings", ""), List.of(), 0),
                Facts.read(RUN.runId(), "quickdumpnow", "profile", "business", "routes/domains/quickdumpnow.yaml",
                        new BusinessProfile("QuickDumpNow (junk removal)", "subscription", ""), List.of(), 0)));
    }
}
