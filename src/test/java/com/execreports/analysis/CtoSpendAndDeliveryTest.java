package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BusinessProfile;
import com.execreports.model.CostFacts;
import com.execreports.model.CostFacts.TopResource;
import com.execreports.model.EngineeringFacts;
import com.execreports.model.EngineeringFacts.DeliveryPractice;
import com.execreports.model.Facts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceData;

import org.junit.jupiter.api.Test;

class CtoSpendAndDeliveryTest {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)), ZONE);
    private static final ReportSettings SETTINGS = new ReportSettings("Test portfolio", 365, 20, 10);

    private final CtoReport cto = new CtoReport(SETTINGS);

    // ---------------------------------------------------------------- dollars and cents

    @Test
    void should_show_aws_money_in_dollars_and_cents() {
        assertThat(AwsSpend.dollarsAndCents(0)).isEqualTo("$0.00");
        assertThat(AwsSpend.dollarsAndCents(7)).isEqualTo("$0.07");
        assertThat(AwsSpend.dollarsAndCents(21_998)).isEqualTo("$219.98");
        assertThat(AwsSpend.dollarsAndCents(123_456_789)).isEqualTo("$1,234,567.89");
        assertThat(AwsSpend.dollarsAndCents(-7)).isEqualTo("-$0.07");
    }

    // ---------------------------------------------------------------- KPI and lead

    @Test
    void should_head_the_key_figures_with_the_last_full_months_aws_spend_and_its_month_on_month_change() {
        Report r = cto.write(snapshot(RUN, costs()), List.of());

        Kpi spend = r.kpis().get(0);
        // a first run compares the month from the export's own history
        assertThat(spend).isEqualTo(new Kpi("AWS spend, last full month", "$219.98", "+39% on September", "2026-10"));
    }

    @Test
    void should_compare_the_last_full_month_with_the_previous_periods_last_full_month() {
        Run before = Run.at(OffsetDateTime.of(2026, 10, 26, 7, 0, 0, 0, ZoneOffset.ofHours(-7)), ZONE);
        PortfolioSnapshot now = snapshot(RUN, costs());
        Trend trend = new Trend(now, snapshot(before, costs()), List.of());

        Kpi spend = cto.write(now, List.of(), trend).kpis().get(0);

        // 2026-10 now ($219.98) against 2026-09 then ($158.77), and the export's own history beside it
        assertThat(spend.change()).isEqualTo("+39% vs 2026-W44; +39% on September");
    }

    @Test
    void should_lead_the_summary_with_the_month_to_date_spend() {
        Report r = cto.write(snapshot(RUN, costs()), List.of());

        assertThat(r.summary().get(0)).isEqualTo("AWS spend is $165.33 so far in 2026-11 ($219.98 in all of 2026-10), and the sites"
                + " of 0 businesses were audited: 0 of 0 pages carry an analytics tag and 0 sites show availability.");
        assertThat(r.summary()).last().asString().startsWith("All ");
    }

    @Test
    void should_say_so_when_the_cost_export_has_nothing_for_the_current_month_yet() {
        CostFacts october = costs(Map.of("2026-09", 15_877L, "2026-10", 21_998L), services(), List.of());

        Report r = cto.write(snapshot(RUN, facts("portfolio", "costs", october)), List.of());

        assertThat(r.summary().get(0)).startsWith("The cost export has no AWS spend for 2026-11 yet ($219.98 in all of 2026-10), and the sites");
    }

    @Test
    void should_keep_the_site_audit_lead_and_show_no_spend_figure_without_a_cost_export() {
        Report r = cto.write(snapshot(RUN), List.of());

        assertThat(r.summary().get(0)).startsWith("The sites of 0 businesses were audited");
        assertThat(r.kpis()).extracting(Kpi::name).doesNotContain("AWS spend, last full month");
        assertThat(r.sections()).extracting(Section::title).doesNotContain("AWS spend by service", "Costliest resources");
    }

    // ---------------------------------------------------------------- cost tables

    @Test
    void should_show_the_top_services_of_the_last_three_months_with_the_rest_in_one_row_and_the_total() {
        SortedMap<String, SortedMap<String, Long>> services = services();
        for (int i = 1; i <= 3; i++) {
            services.put("Small" + i, months(Map.of("2026-11", (long) i)));
        }
        CostFacts c = costs(Map.of("2026-08", 10_000L, "2026-09", 15_877L, "2026-10", 21_998L, "2026-11", 16_539L, "2026-12", 5L),
                services, List.of());

        Section s = AwsSpend.byService(snapshot(RUN, facts("portfolio", "costs", c)), c);

        assertThat(s.title()).isEqualTo("AWS spend by service");
        assertThat(s.columns()).containsExactly("Service", "2026-09", "2026-10", "2026-11 (to date)");
        assertThat(s.rows()).containsExactly(
                List.of("Amazon CloudFront", "$67.96", "$74.17", "$56.46"),
                // ranked by the three months together: EC2 $103.76 before S3 $97.33
                List.of("Amazon Elastic Compute Cloud", "$37.55", "$38.67", "$27.54"),
                List.of("Amazon Simple Storage Service", "$2.22", "$54.17", "$40.94"),
                List.of("AWS CloudTrail", "$20.30", "$21.15", "$16.14"),
                List.of("AmazonDynamoDB", "$14.80", "$15.28", "$10.87"),
                List.of("AmazonCloudWatch", "$10.83", "$11.31", "$8.65"),
                List.of("AmazonRoute53", "$4.64", "$4.74", "$4.35"),
                List.of("AmazonSES", "$0.29", "$0.31", "$0.24"),
                List.of("Other services (4)", "$0.17", "$0.18", "$0.20"),
                List.of("Total", "$158.77", "$219.98", "$165.39"));
        assertThat(s.note()).isEqualTo("Unblended cost by usage month from s3://portfolio-costs/cur/, costliest services first;"
                + " 2026-11 is month to date. Each cell is rounded once, so services may add up to a cent more or less than the total.");
    }

    @Test
    void should_list_the_costliest_resources_with_short_arns_and_their_business() {
        CostFacts c = (CostFacts) costs().data();

        Section s = AwsSpend.costliestResources(snapshot(RUN, facts("portfolio", "costs", c)), c);

        assertThat(s.columns()).containsExactly("Resource", "Usage type", "Cost", "Business");
        assertThat(s.rows()).containsExactly(
                List.of("expert-yacht-delivery-trip-photos", "USW2-TimedStorage-ByteHrs", "$39.10", "Expert Yacht Delivery"),
                List.of("distribution/E2JQ8ZK4RT1V6M", "US-DataTransfer-Out-Bytes", "$26.40", "jada"),
                List.of("trail/portfolio-trail", "AWSCloudTrail", "$16.14", "untagged"));
        assertThat(s.note()).isEqualTo("Spend per resource in 2026-11 (month to date), costliest first, with its costliest usage type;"
                + " ARNs are shortened to their resource part.");
    }

    @Test
    void should_warn_that_the_ranking_may_miss_a_resource_when_the_tally_was_capped() {
        CostFacts c = new CostFacts("portfolio-costs", "cur/", "business", 1, 1, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), 0, "2026-10", List.of(), true);

        assertThat(AwsSpend.costliestResources(snapshot(RUN), c).note()).isEqualTo("Spend per resource in 2026-10, costliest first,"
                + " with its costliest usage type; ARNs are shortened to their resource part. The month has more resources than the"
                + " export tally tracks: one first seen late may be missing.");
    }

    // ---------------------------------------------------------------- sections, delivery process, coverage

    @Test
    void should_place_cost_and_delivery_tables_after_the_security_tables_and_before_the_site_audit() {
        Facts inventory = facts("portfolio", "inventory", new InventoryFacts(List.of(), List.of()));

        Report r = cto.write(snapshot(RUN, inventory, costs(), register(true)), List.of());

        assertThat(r.sections()).extracting(Section::title).startsWith("Lambda functions", "CloudFront distributions",
                "AWS spend by service", "Costliest resources", "Delivery process", "Site audit");
    }

    @Test
    void should_stop_listing_ci_staging_and_rollback_as_not_audited_once_the_register_is_read() {
        Section coverage = coverage(cto.write(snapshot(RUN, register(true)), List.of()));

        assertThat(coverage.rows()).extracting(row -> row.get(0)).doesNotContain("CI, staging, rollback");
    }

    @Test
    void should_name_the_register_as_still_needed_when_it_could_not_be_read() {
        Section coverage = coverage(cto.write(snapshot(RUN, register(false)), List.of()));

        assertThat(coverage.rows()).contains(List.of("CI, staging, rollback",
                "the engineering register portfolio-code/inventory/engineering-register.csv (not found or unreadable this run)"));
    }

    @Test
    void should_keep_ci_staging_and_rollback_as_not_audited_without_a_register_source() {
        Section coverage = coverage(cto.write(snapshot(RUN), List.of()));

        assertThat(coverage.rows()).contains(List.of("CI, staging, rollback", "the engineering register (not read yet)"));
    }

    @Test
    void should_keep_the_cto_findings_ranked_high_before_medium() {
        List<PortfolioFinding> found = new ArrayList<>();
        DeliveryProcessFindings.find(snapshot(RUN), (EngineeringFacts) register(true).data(), found);
        found.add(0, new PortfolioFinding("no-waf.E1", "high", "JADA", "No WAF", "CloudFront E1", "unfiltered", 0,
                java.util.Set.of("cto"), new PortfolioFinding.Fix("Attach AWS WAF", 1)));

        Report r = cto.write(snapshot(RUN, register(true)), found);

        assertThat(r.findings()).extracting(Report.Finding::severity).containsExactly("high", "medium");
        assertThat(r.findings().get(1).title()).isEqualTo("Ships changes with no CI, no staging environment and no rollback");
    }

    // ---------------------------------------------------------------- fixtures

    /** The "Not yet audited" section; an empty one when the report leaves it out because nothing is left to audit. */
    private static Section coverage(Report r) {
        return r.sections().stream().filter(s -> s.title().equals("Not yet audited")).findFirst()
                .orElse(new Section("Not yet audited", "", List.of(), List.of()));
    }

    private static Facts register(boolean read) {
        return facts("portfolio", "engineering", new EngineeringFacts("portfolio-code", "inventory/engineering-register.csv", read,
                read ? List.of(new DeliveryPractice("jada", "r", false, false, false, "aws s3 sync from laptop", "")) : List.of()));
    }

    /** The demo's cost export, in short: September, October and November to date. */
    private static Facts costs() {
        return facts("portfolio", "costs", costs(Map.of("2026-09", 15_877L, "2026-10", 21_998L, "2026-11", 16_533L), services(),
                List.of(new TopResource("expert-yacht-delivery-trip-photos", "AmazonS3", "USW2-TimedStorage-ByteHrs", "expert-yacht-delivery", 3_910),
                        new TopResource("arn:aws:cloudfront::482913765024:distribution/E2JQ8ZK4RT1V6M", "AmazonCloudFront",
                                "US-DataTransfer-Out-Bytes", "jada", 2_640),
                        new TopResource("arn:aws:cloudtrail:us-west-2:482913765024:trail/portfolio-trail", "AWSCloudTrail", null,
                                CostFacts.UNTAGGED, 1_614))));
    }

    private static CostFacts costs(Map<String, Long> byMonth, SortedMap<String, SortedMap<String, Long>> services, List<TopResource> top) {
        SortedMap<String, String> names = new TreeMap<>(Map.of("AmazonCloudFront", "Amazon CloudFront", "AmazonS3",
                "Amazon Simple Storage Service", "AmazonEC2", "Amazon Elastic Compute Cloud", "AWSCloudTrail", "AWS CloudTrail"));
        long total = byMonth.values().stream().mapToLong(Long::longValue).sum();
        return new CostFacts("portfolio-costs", "cur/", "business", 3, 225, total, new TreeMap<>(byMonth), services, names,
                new TreeMap<>(), 0, top.isEmpty() ? null : "2026-11", top, false);
    }

    private static SortedMap<String, SortedMap<String, Long>> services() {
        Map<String, long[]> cents = new LinkedHashMap<>();
        cents.put("AmazonCloudFront", new long[] {6_796, 7_417, 5_646});
        cents.put("AmazonEC2", new long[] {3_755, 3_867, 2_754});
        cents.put("AmazonS3", new long[] {222, 5_417, 4_094});
        cents.put("AWSCloudTrail", new long[] {2_030, 2_115, 1_614});
        cents.put("AmazonDynamoDB", new long[] {1_480, 1_528, 1_087});
        cents.put("AmazonCloudWatch", new long[] {1_083, 1_131, 865});
        cents.put("AmazonRoute53", new long[] {464, 474, 435});
        cents.put("AmazonSES", new long[] {29, 31, 24});
        cents.put("AWSLambda", new long[] {17, 18, 14});
        SortedMap<String, SortedMap<String, Long>> services = new TreeMap<>();
        cents.forEach((code, c) -> services.put(code, months(Map.of("2026-09", c[0], "2026-10", c[1], "2026-11", c[2]))));
        return services;
    }

    private static SortedMap<String, Long> months(Map<String, Long> m) {
        return new TreeMap<>(m);
    }

    private static Facts facts(String domain, String source, SourceData data) {
        return Facts.read(RUN.runId(), domain, source, "test", domain + "-" + source, data, List.of(), 0);
    }

    private static PortfolioSnapshot snapshot(Run run, Facts... facts) {
        List<Facts> all = new ArrayList<>(List.of(facts));
        all.add(Facts.read(run.runId(), "expert-yacht-delivery", "profile", "business", "x",
                new BusinessProfile("Expert Yacht Delivery", "logistics", ""), List.of(), 0));
        all.add(Facts.read(run.runId(), "portfolio", "profile", "business", "x",
                new BusinessProfile("Portfolio-wide", "portfolio", ""), List.of(), 0));
        return new PortfolioSnapshot(run, all);
    }
}
