package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.Report.FindingLine;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class MinorFindingsTest {

    private static final Fix FIX = new Fix("Fix it", 2);
    private static final Trend FIRST_RUN = Trend.firstRun(FinanceSnapshots.portfolio());

    @Test
    void should_put_minor_findings_of_one_kind_in_one_line_with_each_business_evidence_and_every_id() {
        List<FindingLine> lines = MinorFindings.lines(List.of(
                stale("dangerouscentaur", "DangerousCentaur (studio)", 4, "s3://dangerouscentaur-site/about.html, contact.html, index.html, services.html (oldest: about.html, 2024-01-15)"),
                stale("jada", "JADA (yacht charters)", 2, "s3://jada-site/charters.html, index.html (oldest: charters.html, 2024-03-12)"),
                stale("queenofsandiego", "Queen of San Diego", 1, "s3://queenofsandiego-site/index.html (oldest: index.html, 2023-09-30)")),
                FIRST_RUN);

        assertThat(lines).containsExactly(new FindingLine("low", "Marketing copy not updated for over 365 days — 7 pages across 3 businesses: "
                + "DangerousCentaur (studio): s3://dangerouscentaur-site/about.html, contact.html, index.html, services.html (oldest: about.html, 2024-01-15); "
                + "JADA (yacht charters): s3://jada-site/charters.html, index.html (oldest: charters.html, 2024-03-12); "
                + "Queen of San Diego: s3://queenofsandiego-site/index.html (oldest: index.html, 2023-09-30)", "",
                List.of("stale-copy.dangerouscentaur", "stale-copy.jada", "stale-copy.queenofsandiego"),
                "Marketing copy not updated for over 365 days — 7 pages across 3 businesses"));
    }

    @Test
    void should_name_the_businesses_that_share_the_same_evidence_together() {
        List<FindingLine> lines = MinorFindings.lines(List.of(
                delivery("dangerouscentaur", "DangerousCentaur (studio)", "no CI, no staging environment and no rollback"),
                delivery("jada", "JADA (yacht charters)", "no CI, no staging environment and no rollback"),
                delivery("quickdumpnow", "QuickDumpNow (junk removal)", "no staging environment and no rollback"),
                delivery("rental-3028-51st", "3028 51st St Rental", "no CI, no staging environment and no rollback")), FIRST_RUN);

        assertThat(lines).containsExactly(new FindingLine("medium", "Ships changes without CI, staging or rollback — 4 businesses: "
                + "DangerousCentaur (studio), JADA (yacht charters), 3028 51st St Rental: no CI, no staging environment and no rollback; "
                + "QuickDumpNow (junk removal): no staging environment and no rollback", "",
                List.of("delivery-process.dangerouscentaur", "delivery-process.jada", "delivery-process.quickdumpnow",
                        "delivery-process.rental-3028-51st"),
                "Ships changes without CI, staging or rollback — 4 businesses"));
    }

    @Test
    void should_keep_a_finding_alone_of_its_kind_as_business_and_title() {
        List<FindingLine> lines = MinorFindings.lines(List.of(stale("jada", "JADA (yacht charters)", 2, "s3://jada-site/a.html")), FIRST_RUN);

        assertThat(lines).containsExactly(new FindingLine("low", "JADA (yacht charters) — 2 stale pages", "", List.of("stale-copy.jada")));
    }

    @Test
    void should_never_group_high_findings() {
        PortfolioFinding marco = finding("undocumented-equity.marco-reyes", "high", "Portfolio-wide", "Equity of partner Marco Reyes is not documented");
        PortfolioFinding ana = finding("undocumented-equity.ana-ortiz", "high", "Portfolio-wide", "Equity of partner Marco Reyes is not documented");

        List<FindingLine> lines = MinorFindings.lines(List.of(marco, ana), FIRST_RUN);

        assertThat(lines).extracting(FindingLine::ids).containsExactly(List.of(marco.id()), List.of(ana.id()));
    }

    @Test
    void should_group_findings_of_one_kind_with_the_same_title_by_naming_the_businesses() {
        List<FindingLine> lines = MinorFindings.lines(List.of(
                finding("no-calendar.dangerouscentaur", "medium", "DangerousCentaur (studio)", "Booking site has no availability calendar"),
                finding("no-calendar.jada", "medium", "JADA (yacht charters)", "Booking site has no availability calendar")), FIRST_RUN);

        assertThat(lines).containsExactly(new FindingLine("medium", "Booking site has no availability calendar — 2 businesses: "
                + "DangerousCentaur (studio); JADA (yacht charters)", "", List.of("no-calendar.dangerouscentaur", "no-calendar.jada")));
    }

    @Test
    void should_keep_findings_of_one_kind_apart_when_they_differ_and_carry_no_grouping() {
        List<FindingLine> lines = MinorFindings.lines(List.of(
                finding("deprecated-runtime.a", "medium", "JADA", "Lambda function a runs on nodejs16.x"),
                finding("deprecated-runtime.b", "medium", "JADA", "Lambda function b runs on python3.8")), FIRST_RUN);

        assertThat(lines).extracting(FindingLine::text).containsExactly("JADA — Lambda function a runs on nodejs16.x",
                "JADA — Lambda function b runs on python3.8");
    }

    @Test
    void should_not_group_findings_of_one_kind_but_different_severities() {
        PortfolioFinding medium = finding("no-invoice.jada", "medium", "JADA", "Same title");
        PortfolioFinding low = finding("no-invoice.qsd", "low", "QSD", "Same title");

        assertThat(MinorFindings.lines(List.of(medium, low), FIRST_RUN)).hasSize(2);
    }

    @Test
    void should_say_since_once_for_the_line_or_after_each_part_when_they_differ() {
        PortfolioSnapshot now = FinanceSnapshots.portfolio();
        PortfolioFinding jada = stale("jada", "JADA (yacht charters)", 2, "s3://jada-site/a.html, b.html");
        PortfolioFinding qsd = stale("queenofsandiego", "Queen of San Diego", 1, "s3://queenofsandiego-site/index.html");
        Trend jadaSeenBefore = new Trend(now, now, List.of(jada));
        Trend bothSeenBefore = new Trend(now, now, List.of(jada, qsd));

        FindingLine mixed = MinorFindings.lines(List.of(jada, qsd), jadaSeenBefore).get(0);
        FindingLine shared = MinorFindings.lines(List.of(jada, qsd), bothSeenBefore).get(0);

        assertThat(mixed.since()).isEmpty();
        assertThat(mixed.text()).endsWith("JADA (yacht charters): s3://jada-site/a.html, b.html (still open); "
                + "Queen of San Diego: s3://queenofsandiego-site/index.html (new)");
        assertThat(shared.since()).isEqualTo("still open");
        assertThat(shared.text()).endsWith("Queen of San Diego: s3://queenofsandiego-site/index.html");
    }

    @Test
    void should_count_the_new_ones_in_the_short_line_of_a_line_that_mixes_new_and_old() {
        PortfolioSnapshot now = FinanceSnapshots.portfolio();
        PortfolioFinding jada = stale("jada", "JADA (yacht charters)", 2, "s3://jada-site/a.html, b.html");
        PortfolioFinding qsd = stale("queenofsandiego", "Queen of San Diego", 1, "s3://queenofsandiego-site/index.html");

        FindingLine mixed = MinorFindings.lines(List.of(jada, qsd), new Trend(now, now, List.of(jada))).get(0);

        assertThat(mixed.shortText()).isEqualTo("Marketing copy not updated for over 365 days — 3 pages across 2 businesses (1 new)");
    }

    @Test
    void should_give_high_findings_of_one_kind_a_line_each_in_full_and_one_shared_line_in_a_brief() {
        List<PortfolioFinding> secrets = List.of(
                finding("secret.stripe.a", "high", "Portfolio-wide", "Hardcoded Stripe key in repos.env line 6")
                        .groupedAs("Hardcoded credentials", 1, "credential", "Stripe key in repos.env line 6"),
                finding("secret.aws.b", "high", "Portfolio-wide", "Hardcoded AWS key in index.js line 8")
                        .groupedAs("Hardcoded credentials", 1, "credential", "AWS key in index.js line 8"));

        List<FindingLine> full = MinorFindings.lines(secrets, FIRST_RUN);
        List<FindingLine> brief = MinorFindings.lines(secrets, FIRST_RUN, true);

        assertThat(full).extracting(FindingLine::text).containsExactly("Portfolio-wide — Hardcoded Stripe key in repos.env line 6",
                "Portfolio-wide — Hardcoded AWS key in index.js line 8");
        assertThat(brief).singleElement().satisfies(line -> {
            assertThat(line.shortText()).isEqualTo("Hardcoded credentials — 2 credentials");
            assertThat(line.ids()).containsExactly("secret.stripe.a", "secret.aws.b");
            assertThat(line.severity()).isEqualTo("high");
        });
    }

    @Test
    void should_count_findings_not_businesses_when_one_business_has_several_of_a_kind_and_no_unit() {
        List<FindingLine> lines = MinorFindings.lines(List.of(
                finding("seo-basics.a", "low", "Portfolio-wide", "x").groupedAs("SEO basics missing", 0, null, "no sitemap.xml"),
                finding("seo-basics.b", "low", "Portfolio-wide", "y").groupedAs("SEO basics missing", 0, null, "no robots.txt")), FIRST_RUN);

        assertThat(lines.get(0).text()).isEqualTo("SEO basics missing — 2 findings: Portfolio-wide: no sitemap.xml; Portfolio-wide: no robots.txt");
    }

    private static PortfolioFinding stale(String domain, String business, int pages, String evidence) {
        return finding("stale-copy." + domain, "low", business, pages + " stale pages")
                .groupedAs("Marketing copy not updated for over 365 days", pages, "page", evidence);
    }

    private static PortfolioFinding delivery(String domain, String business, String lacking) {
        return finding("delivery-process." + domain, "medium", business, "Ships changes with " + lacking)
                .groupedAs("Ships changes without CI, staging or rollback", 0, null, lacking);
    }

    private static PortfolioFinding finding(String id, String severity, String business, String title) {
        return new PortfolioFinding(id, severity, business, title, "somewhere", "some impact", 0, Set.of("cto"), FIX);
    }
}
