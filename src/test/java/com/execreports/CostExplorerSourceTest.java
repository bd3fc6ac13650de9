package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.PortfolioFinding;
import com.execreports.analysis.PortfolioFindings;
import com.execreports.analysis.ReportSettings;
import com.execreports.localaws.LocalAws;
import com.execreports.model.CostFacts;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The aws-cost source (Cost Explorer) read through its route from the local server, which answers GetCostAndUsage and
 * GetCostForecast with Cost Explorer's JSON documents from the demo's cost-explorer.json — the demo's CUR export summed
 * by service and business tag: the same figures to the cent as the export, paged, throttled once, reconciled with the
 * export, and a week later asked only for the open month and the forecast.
 */
class CostExplorerSourceTest extends DemoPipelineTestSupport {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final Run NOV_23 = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), LA);
    private static final String FACTS = "facts/portfolio/cost-explorer/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void demoAnswersAndNothingArchived() throws Exception {
        aws.resetAccount();
        forgetArchivedMonths();
    }

    /** Months carried from the archive would change the next test's calls (and a planted bill the goldens'). */
    @AfterEach
    void forgetArchivedMonths() {
        try (S3Client s3 = aws.clients().s3()) {
            aws.keys(LocalAws.ARCHIVE_BUCKET, FACTS).forEach(k -> s3.deleteObject(b -> b.bucket(LocalAws.ARCHIVE_BUCKET).key(k)));
        }
    }

    @Test
    void should_read_the_bill_by_service_and_business_to_the_cent_of_the_cur_export_and_the_month_end_forecast() throws Exception {
        Facts read = read(NOV_23);

        assertThat(read.status()).isEqualTo(SourceStatus.OK);
        assertThat(read.kind()).isEqualTo("aws-cost");
        CostFacts ce = (CostFacts) read.data();
        CostFacts cur = (CostFacts) read(NOV_23, "costs").data();
        assertThat(ce.spendByMonth()).isEqualTo(Map.of("2026-09", 15877L, "2026-10", 21998L, "2026-11", 16533L))
                .isEqualTo(cur.spendByMonth());
        assertThat(ce.spendByServiceMonth().get("Amazon Simple Storage Service")).isEqualTo(Map.of("2026-09", 222L, "2026-10", 5417L,
                "2026-11", 4094L));
        assertThat(ce.spendByServiceMonth().get("Amazon Elastic Compute Cloud - Compute")).containsEntry("2026-10", 3095L);
        assertThat(ce.spendByServiceMonth().get("EC2 - Other")).containsEntry("2026-10", 772L);
        assertThat(ce.spendByBusinessMonth()).isEqualTo(cur.spendByBusinessMonth());
        assertThat(ce.spendByBusinessMonth().get("jada")).containsEntry("2026-10", 7489L);
        assertThat(ce.untaggedCents()).isEqualTo(3417 + 3568 + 2740).isEqualTo(cur.untaggedCents());
        // the 8 days from 23 November to the month's end at the demo's $7.515 a day
        assertThat(ce.explorer().forecastRestCents()).isEqualTo(6012);
        assertThat(ce.monthEndForecastCents()).hasValue(16533 + 6012);
        assertThat(ce.explorer().closedMonths()).hasSize(12).startsWith("2025-11").endsWith("2026-10");
        // 13 months × 2 groupings: 10 empty months one call each, 3 months of 10 services (2 pages of 8) and 7 tags
        JsonNode calls = aws.accountCalls();
        assertThat(calls.path("GetCostAndUsage").asInt()).isEqualTo(10 * 2 + 3 * 3);
        assertThat(calls.path("GetCostAndUsage 2026-10").asInt()).isEqualTo(3);
        assertThat(calls.path("GetCostForecast").asInt()).isEqualTo(1);
    }

    @Test
    void should_follow_every_page_when_a_month_has_more_groups_than_a_page() throws Exception {
        aws.steerAccount(Map.of("costGroupsPerPage", 2));

        CostFacts ce = (CostFacts) read(NOV_23).data();

        assertThat(ce.spendByMonth()).containsEntry("2026-10", 21998L);
        assertThat(ce.spendByServiceMonth()).hasSize(10);
        assertThat(ce.spendByBusinessMonth()).hasSize(7);
        // 10 services in pages of 2, 7 tag values in pages of 2
        assertThat(aws.accountCalls().path("GetCostAndUsage 2026-10").asInt()).isEqualTo(5 + 4);
    }

    @Test
    void should_retry_a_throttled_call_and_read_the_same_bill() throws Exception {
        aws.steerAccount(Map.of("faults", Map.of("GetCostAndUsage", Map.of("count", 1, "code", "ThrottlingException"))));

        Facts read = read(NOV_23);

        assertThat(read.status()).isEqualTo(SourceStatus.OK);
        assertThat(((CostFacts) read.data()).spendByMonth()).containsEntry("2026-11", 16533L);
        assertThat(aws.accountCalls().path("GetCostAndUsage").asInt()).as("the throttled call and its retry").isEqualTo(29 + 1);
    }

    @Test
    void should_agree_with_the_cur_export_within_a_cent_in_every_service_month() throws Exception {
        List<PortfolioFinding> found = findings(read(NOV_23), read(NOV_23, "costs"));

        assertThat(found).extracting(PortfolioFinding::id).noneMatch(id -> id.startsWith("cost-mismatch"));
    }

    @Test
    void should_name_a_service_month_where_cost_explorer_and_the_cur_export_differ() throws Exception {
        ObjectNode bill = (ObjectNode) JSON.readTree(Files.readString(LocalAws.projectDir()
                .resolve("demo/buckets/portfolio-code/inventory/cost-explorer.json")));
        ((ObjectNode) bill.path("ResultsByMonth").path("2026-10").path("SERVICE")).put("Amazon Simple Storage Service", "57.2857440645");
        aws.steerAccount(Map.of("data", Map.of("cost-explorer.json", bill)));

        List<PortfolioFinding> found = findings(read(NOV_23), read(NOV_23, "costs"));

        List<PortfolioFinding> mismatches = found.stream().filter(f -> f.id().startsWith("cost-mismatch")).toList();
        assertThat(mismatches).hasSize(1);
        assertThat(mismatches.get(0).title()).isEqualTo("Cost Explorer and the CUR export differ for Amazon Simple Storage Service in"
                + " 2026-10 by $3.12");
        assertThat(mismatches.get(0).where()).isEqualTo("Cost Explorer $57.29, the CUR export $54.17 (unblended cost, 2026-10,"
                + " Amazon Simple Storage Service)");
        assertThat(mismatches.get(0).roles()).containsExactlyInAnyOrder("cfo", "cto");
    }

    @Test
    void should_ask_only_the_open_month_and_the_forecast_a_week_later_and_a_month_once_when_it_closes() throws Exception {
        CostFacts first = (CostFacts) read(Run.at(OffsetDateTime.parse("2026-11-16T07:00:00-08:00"), LA)).data();
        aws.resetAccount();

        CostFacts nextWeek = (CostFacts) read(NOV_23).data();
        assertThat(nextWeek.lineItems()).as("groups held, carried or asked: the same bill, the same count").isEqualTo(first.lineItems())
                .isPositive();

        JsonNode calls = aws.accountCalls();
        List<String> asked = new ArrayList<>();
        calls.fieldNames().forEachRemaining(asked::add);
        assertThat(asked).containsExactlyInAnyOrder("GetCostAndUsage", "GetCostAndUsage 2026-11", "GetCostForecast", "GetCostForecast 2026-11");
        assertThat(calls.path("GetCostAndUsage").asInt()).as("2026-11: two pages of services, one of tags").isEqualTo(3);
        assertThat(nextWeek.explorer().closedMonths()).hasSize(12).startsWith("2025-11").endsWith("2026-10");
        assertThat(nextWeek.spendByMonth()).isEqualTo(Map.of("2026-09", 15877L, "2026-10", 21998L, "2026-11", 16533L));
        assertThat(nextWeek.spendByBusinessMonth().get("expert-yacht-delivery")).containsEntry("2026-10", 5231L);

        aws.resetAccount();
        CostFacts december = (CostFacts) read(Run.at(OffsetDateTime.parse("2026-12-07T07:00:00-08:00"), LA)).data();

        JsonNode later = aws.accountCalls();
        assertThat(later.path("GetCostAndUsage 2026-11").asInt()).as("November closed on 6 December: asked once more").isEqualTo(3);
        assertThat(later.path("GetCostAndUsage 2026-12").asInt()).isEqualTo(2);
        assertThat(later.path("GetCostAndUsage 2026-10").isMissingNode()).isTrue();
        assertThat(december.explorer().closedMonths()).endsWith("2026-11");
        assertThat(december.monthEndForecastCents()).as("the demo has no forecast for December").isEmpty();
    }

    private Facts read(Run run) {
        return read(run, "cost-explorer");
    }

    private Facts read(Run run, String source) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty("run", run);
        exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
        return template.send("bean:sourcePolls?method=poll(*,'portfolio','" + source + "')", exchange).getMessage().getBody(Facts.class);
    }

    private static List<PortfolioFinding> findings(Facts... facts) {
        return new PortfolioFindings(new ReportSettings("Demo portfolio", 365, 20, 10)).find(new PortfolioSnapshot(NOV_23, List.of(facts)));
    }
}
