package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.execreports.config.SnapshotJson;
import com.execreports.model.CostFacts;
import com.execreports.model.CostFacts.TopResource;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class CostExportTallyTest {

    private static final String RUN_ID = "2026-W48-20261123T0700";
    private static final String BUCKET = "portfolio-costs";

    private static final String LEGACY = "identity/LineItemId,lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UsageType,"
            + "lineItem/ResourceId,lineItem/UnblendedCost,product/ProductName,resourceTags/user:business\n";
    private static final String SNAKE = "identity_line_item_id,line_item_usage_start_date,line_item_product_code,"
            + "line_item_usage_type,line_item_resource_id,line_item_unblended_cost,product_product_name,resource_tags_user_business\n";

    // ---------------------------------------------------------------- money

    @Test
    void should_sum_ten_decimal_costs_exactly_and_round_half_up_once_per_month() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/a.csv", LEGACY
                + "1,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,0.0050000000,Amazon Simple Storage Service,jada\n"
                + "2,2026-10-08T00:00:00Z,AmazonS3,Requests,b1,0.0050000000,Amazon Simple Storage Service,jada\n"
                + "3,2026-10-15T00:00:00Z,AmazonS3,Requests,b1,0.0000000001,Amazon Simple Storage Service,jada\n"
                + "4,2026-11-01T00:00:00Z,AmazonS3,Requests,b1,1.0049999999,Amazon Simple Storage Service,jada\n"
                + "5,2026-11-01T00:00:00Z,AmazonS3,Requests,b1,0.0000000001,Amazon Simple Storage Service,jada\n");

        CostFacts c = data(tally);

        // rounding each line would give 2 cents in October and 100 in November
        assertThat(c.spendByMonth()).containsExactly(entry("2026-10", 1L), entry("2026-11", 101L));
        assertThat(c.totalCents()).isEqualTo(102);
        assertThat(c.lineItems()).isEqualTo(5);
        assertThat(c.files()).isEqualTo(1);
    }

    @Test
    void should_split_spend_by_month_service_and_business_tag_with_untagged_spend_apart() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/a.csv", LEGACY
                + "1,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,10.0000000000,Amazon Elastic Compute Cloud,jada\n"
                + "2,2026-10-01T00:00:00Z,AmazonS3,TimedStorage,b1,2.5000000000,Amazon Simple Storage Service,quickdumpnow\n"
                + "3,2026-10-01T00:00:00Z,AWSCloudTrail,Events,trail,1.2500000000,AWS CloudTrail,\n"
                + "4,2026-11-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,4.0000000000,Amazon Elastic Compute Cloud,jada\n"
                + "5,2026-11-01T00:00:00Z,AmazonCloudWatch,Metrics,,0.7500000000,AmazonCloudWatch,\n");

        CostFacts c = data(tally);

        assertThat(c.spendByMonth()).containsExactly(entry("2026-10", 1375L), entry("2026-11", 475L));
        assertThat(c.totalCents()).isEqualTo(1850);
        assertThat(c.spendByServiceMonth()).containsOnlyKeys("AWSCloudTrail", "AmazonCloudWatch", "AmazonEC2", "AmazonS3");
        assertThat(c.spendByServiceMonth().get("AmazonEC2")).containsExactly(entry("2026-10", 1000L), entry("2026-11", 400L));
        assertThat(c.serviceNames()).containsEntry("AmazonEC2", "Amazon Elastic Compute Cloud");
        assertThat(c.spendByBusinessMonth().get("jada")).containsExactly(entry("2026-10", 1000L), entry("2026-11", 400L));
        assertThat(c.spendByBusinessMonth().get("quickdumpnow")).containsExactly(entry("2026-10", 250L));
        assertThat(c.spendByBusinessMonth().get(CostFacts.UNTAGGED)).containsExactly(entry("2026-10", 125L), entry("2026-11", 75L));
        assertThat(c.untaggedCents()).isEqualTo(200);
        assertThat(c.businessTag()).isEqualTo("business");
    }

    @Test
    void should_read_the_cur_2_0_and_athena_snake_case_header() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/athena.csv", SNAKE
                + "1,2026-11-01 00:00:00.000,AmazonEC2,BoxUsage,i-1,6.9888000000,Amazon Elastic Compute Cloud,jada\n"
                + "2,2026-11-08 00:00:00.000,AmazonRoute53,DNS-Queries,,1.3469868000,Amazon Route 53,\n");

        CostFacts c = data(tally);

        assertThat(c.spendByMonth()).containsExactly(entry("2026-11", 834L));
        assertThat(c.spendByBusinessMonth().get("jada")).containsExactly(entry("2026-11", 699L));
        assertThat(c.untaggedCents()).isEqualTo(135);
        assertThat(c.topResources()).containsExactly(new TopResource("i-1", "AmazonEC2", "BoxUsage", "jada", 699));
    }

    @Test
    void should_read_both_header_styles_in_one_export_and_add_them_up() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/legacy.csv", LEGACY + "1,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,1.0000000000,EC2,jada\n");
        feed(tally, "cur/v2.csv", SNAKE + "1,2026-10-02T00:00:00Z,AmazonEC2,BoxUsage,i-1,2.0000000000,EC2,jada\n");

        CostFacts c = data(tally);

        assertThat(c.files()).isEqualTo(2);
        assertThat(c.spendByBusinessMonth().get("jada")).containsExactly(entry("2026-10", 300L));
    }

    @Test
    void should_take_the_business_from_the_tag_key_it_is_given() throws Exception {
        CostExportTally tally = new CostExportTally("portfolio", "costs", BUCKET, "cur/", "Cost-Center");
        feed(tally, "cur/legacy.csv", "lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UnblendedCost,"
                + "resourceTags/user:business,resourceTags/user:Cost-Center\n"
                + "2026-10-01T00:00:00Z,AmazonEC2,1.00,jada,cc-7\n");
        feed(tally, "cur/v2.csv", "line_item_usage_start_date,line_item_product_code,line_item_unblended_cost,"
                + "resource_tags_user_business,resource_tags_user_cost_center\n"
                + "2026-10-02T00:00:00Z,AmazonEC2,2.00,jada,cc-7\n");

        assertThat(data(tally).spendByBusinessMonth()).containsOnlyKeys("cc-7");
    }

    @Test
    void should_read_a_gzipped_export() throws Exception {
        CostExportTally tally = tally();
        byte[] gz = gzip(LEGACY + "1,2026-09-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,29.9520000000,EC2,jada\n"
                + "2,2026-09-01T00:00:00Z,AmazonEC2,EBS,vol-1,4.0000000000,EC2,jada\n");
        tally.inventory("cur/exec-cur-2026-09.csv.gz", gz.length);

        tally.read("cur/exec-cur-2026-09.csv.gz", new ByteArrayInputStream(gz));

        CostFacts c = data(tally);
        assertThat(c.files()).isEqualTo(1);
        assertThat(c.lineItems()).isEqualTo(2);
        assertThat(c.spendByMonth()).containsExactly(entry("2026-09", 3395L));
    }

    @Test
    void should_read_only_csv_and_gzipped_csv_objects_under_the_prefix() {
        CostExportTally tally = tally();
        tally.inventory("cur/exec-cur-2026-09.csv", 1);
        tally.inventory("cur/exec-cur-2026-09-Manifest.json", 1);
        tally.inventory("cur/2026/exec-cur-2026-10.CSV.GZ", 1);
        tally.inventory("cur/exec-cur-2026-10.parquet", 1);
        tally.inventory("other/exec-cur-2026-09.csv", 1);

        assertThat(tally.objectsToRead()).containsExactly("cur/exec-cur-2026-09.csv", "cur/2026/exec-cur-2026-10.CSV.GZ");
    }

    // ---------------------------------------------------------------- top resources

    @Test
    void should_rank_the_costliest_resources_of_the_latest_month_whatever_order_the_files_come_in() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/11.csv", LEGACY
                + "1,2026-11-01T00:00:00Z,AmazonEC2,BoxUsage:t3.medium,i-idle,6.9888000000,EC2,jada\n"
                + "2,2026-11-08T00:00:00Z,AmazonEC2,BoxUsage:t3.medium,i-idle,6.9888000000,EC2,jada\n"
                + "3,2026-11-01T00:00:00Z,AmazonEC2,PublicIPv4,i-idle,0.5000000000,EC2,\n"
                + "4,2026-11-01T00:00:00Z,AmazonS3,TimedStorage,photos,9.0000000000,S3,\n"
                + "5,2026-11-01T00:00:00Z,AmazonS3,Requests,photos,1.0000000000,S3,expert-yacht-delivery\n"
                + "6,2026-11-01T00:00:00Z,AmazonCloudWatch,Metrics,,50.0000000000,CloudWatch,\n");
        // an older month read afterwards does not disturb the ranking
        feed(tally, "cur/10.csv", LEGACY + "1,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-old,99.0000000000,EC2,jada\n");

        CostFacts c = data(tally);

        assertThat(c.topResourcesMonth()).isEqualTo("2026-11");
        assertThat(c.topResources()).containsExactly(
                new TopResource("i-idle", "AmazonEC2", "BoxUsage:t3.medium", "jada", 1448),
                new TopResource("photos", "AmazonS3", "TimedStorage", "expert-yacht-delivery", 1000));
        assertThat(c.topResourcesCapped()).isFalse();
    }

    @Test
    void should_start_the_ranking_again_when_a_later_month_appears() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/10.csv", LEGACY + "1,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-old,99.00,EC2,jada\n");
        feed(tally, "cur/11.csv", LEGACY + "1,2026-11-01T00:00:00Z,AmazonEC2,BoxUsage,i-new,1.00,EC2,jada\n");

        assertThat(data(tally).topResources()).extracting(TopResource::resourceId).containsExactly("i-new");
    }

    @Test
    void should_keep_only_the_ten_costliest_resources_costliest_first() throws Exception {
        CostExportTally tally = tally();
        StringBuilder csv = new StringBuilder(LEGACY);
        for (int i = 1; i <= 12; i++) {
            csv.append(i).append(",2026-11-01T00:00:00Z,AmazonS3,Storage,bucket-").append(String.format("%02d", i))
                    .append(",").append(i).append(".00,S3,jada\n");
        }
        feed(tally, "cur/11.csv", csv.toString());

        List<TopResource> top = data(tally).topResources();

        assertThat(top).hasSize(10);
        assertThat(top.get(0)).isEqualTo(new TopResource("bucket-12", "AmazonS3", "Storage", "jada", 1200));
        assertThat(top.get(9).resourceId()).isEqualTo("bucket-03");
    }

    // ---------------------------------------------------------------- unreadable rows

    @Test
    void should_count_unreadable_rows_and_name_their_line() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/a.csv", LEGACY
                + "1,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,1.00,EC2,jada\n"
                + "2,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,abc,EC2,jada\n"
                + "3,\"multi\nline\",AmazonEC2,BoxUsage,i-1,1.00,EC2,jada\n"
                + "\n"
                + "4,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-1\n"
                + "5,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,2.00,EC2,jada\n");

        Facts facts = tally.facts(RUN_ID);
        CostFacts c = (CostFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.unreadable()).isEqualTo(3);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-costs/cur/a.csv:3", "lineItem/UnblendedCost 'abc' is not a number"),
                new DataIssue("portfolio-costs/cur/a.csv:4", "lineItem/UsageStartDate 'multi line' is not a date"),
                new DataIssue("portfolio-costs/cur/a.csv:7", "has 5 of 8 columns"));
        assertThat(c.lineItems()).isEqualTo(2);
        assertThat(c.spendByMonth()).containsExactly(entry("2026-10", 300L));
    }

    @Test
    void should_keep_what_was_read_before_broken_quoting_and_name_where_it_broke() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/a.csv", LEGACY
                + "1,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,1.00,EC2,jada\n"
                + "2,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,\"i-2,1.00,EC2,jada\n"
                + "3,2026-10-01T00:00:00Z,AmazonEC2,BoxUsage,i-3,1.00,EC2,jada\n");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).hasSize(1);
        assertThat(facts.issues().get(0).where()).isEqualTo("portfolio-costs/cur/a.csv:3");
        assertThat(facts.issues().get(0).reason()).startsWith("not valid CSV from here on").endsWith("the rest of the file was not read");
        assertThat(((CostFacts) facts.data()).spendByMonth()).containsExactly(entry("2026-10", 100L));
    }

    @Test
    void should_record_a_csv_that_is_not_a_cost_export_on_its_header_line() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/notes.csv", "date,amount\n2026-10-01,5.00\n");
        feed(tally, "cur/no-date.csv", "lineItem/ProductCode,lineItem/UnblendedCost\nAmazonEC2,5.00\n");
        feed(tally, "cur/empty.csv", "");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-costs/cur/notes.csv:1",
                        "no lineItem/UnblendedCost or line_item_unblended_cost column: not a cost export"),
                new DataIssue("portfolio-costs/cur/no-date.csv:1",
                        "no lineItem/UsageStartDate column: spend cannot be put in a month"),
                new DataIssue("portfolio-costs/cur/empty.csv:1", "empty file: no header"));
        assertThat(((CostFacts) facts.data()).files()).isZero();
    }

    @Test
    void should_record_a_gz_object_that_is_not_gzip() throws Exception {
        CostExportTally tally = tally();

        tally.read("cur/a.csv.gz", stream(LEGACY));

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).extracting(DataIssue::where).containsExactly("portfolio-costs/cur/a.csv.gz");
        assertThat(facts.issues().get(0).reason()).startsWith("not a gzip file");
    }

    @Test
    void should_keep_the_rows_before_a_truncated_gzip_and_record_where_it_stopped() throws Exception {
        CostExportTally tally = tally();
        StringBuilder csv = new StringBuilder(LEGACY);
        for (int i = 1; i <= 2_000; i++) {
            csv.append(i).append(",2026-11-01T00:00:00Z,AmazonS3,Requests,bucket-").append(i).append(",0.0100000000,S3,jada\n");
        }
        byte[] gz = gzip(csv.toString());

        tally.read("cur/a.csv.gz", new ByteArrayInputStream(Arrays.copyOf(gz, gz.length / 2)));

        Facts facts = tally.facts(RUN_ID);
        CostFacts c = (CostFacts) facts.data();
        assertThat(c.lineItems()).isBetween(1L, 1_999L);
        assertThat(facts.issues()).hasSize(1);
        assertThat(facts.issues().get(0).where()).isEqualTo("portfolio-costs/cur/a.csv.gz:" + (c.lineItems() + 2));
        assertThat(facts.issues().get(0).reason()).endsWith("the rest of the file was not read");
    }

    @Test
    void should_record_an_object_that_could_not_be_fetched() {
        CostExportTally tally = tally();

        tally.unreadable("cur/a.csv", "AccessDenied: Access Denied (HTTP 403)");

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.kind()).isEqualTo("s3-cost-export");
        assertThat(facts.resource()).isEqualTo(BUCKET);
        assertThat(facts.issues()).containsExactly(new DataIssue("portfolio-costs/cur/a.csv", "AccessDenied: Access Denied (HTTP 403)"));
    }

    @Test
    void should_read_back_from_the_snapshot_archive_unchanged() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/a.csv", LEGACY + "1,2026-11-01T00:00:00Z,AmazonEC2,BoxUsage,i-1,6.99,EC2,jada\n"
                + "2,2026-11-01T00:00:00Z,AmazonS3,Storage,b,1.00,S3,\n");
        Facts facts = tally.facts(RUN_ID);
        SnapshotJson json = new SnapshotJson();
        PortfolioSnapshot snapshot = new PortfolioSnapshot(run(), List.of(facts));

        assertThat(json.read(json.write(snapshot))).isEqualTo(snapshot);
    }

    // ---------------------------------------------------------------- the demo export

    @Test
    void should_show_the_demo_portfolio_monthly_bills_untagged_spend_and_the_idle_instance() throws Exception {
        CostExportTally tally = tally();
        readDemo(tally, "portfolio-costs");

        Facts facts = tally.facts(RUN_ID);
        CostFacts c = (CostFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(c.files()).isEqualTo(3);
        assertThat(c.lineItems()).isEqualTo(74 + 79 + 72);
        assertThat(c.spendByMonth()).containsExactly(entry("2026-09", 15877L), entry("2026-10", 21998L), entry("2026-11", 16533L));
        assertThat(c.totalCents()).isEqualTo(54408);
        assertThat(c.spendByBusinessMonth().get(CostFacts.UNTAGGED))
                .containsExactly(entry("2026-09", 3417L), entry("2026-10", 3568L), entry("2026-11", 2740L));
        assertThat(c.untaggedCents()).isEqualTo(9725);
        assertThat(c.spendByServiceMonth().get("AmazonEC2"))
                .containsExactly(entry("2026-09", 3755L), entry("2026-10", 3867L), entry("2026-11", 2754L));
        // the trip-photo bucket appears in October
        assertThat(c.spendByBusinessMonth().get("expert-yacht-delivery"))
                .containsExactly(entry("2026-09", 51L), entry("2026-10", 5231L), entry("2026-11", 3961L));
        assertThat(c.topResourcesMonth()).isEqualTo("2026-11");
        assertThat(c.topResources()).hasSize(10);
        assertThat(c.topResources().get(0)).isEqualTo(
                new TopResource("expert-yacht-delivery-trip-photos", "AmazonS3", "USW2-TimedStorage-ByteHrs", "expert-yacht-delivery", 3910));
        assertThat(c.topResources()).contains(
                new TopResource("i-0c7f3a91e2b48d615", "AmazonEC2", "USW2-BoxUsage:t3.medium", "jada", 2196),
                new TopResource("vol-0a4e19c7b3d58f201", "AmazonEC2", "USW2-EBS:VolumeUsage.gp3", "jada", 293),
                new TopResource("eipalloc-07d2b9e3c41a5f680", "AmazonEC2", "USW2-PublicIPv4:InUseAddress", "jada", 264));
        assertThat(c.topResources().get(2).resourceId()).isEqualTo("i-0c7f3a91e2b48d615");
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- hostile values (issue 12)

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_cost_beyond_bounds_without_failing_the_source() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/a.csv", LEGACY
                + "1,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,1e20000000,Amazon Simple Storage Service,jada\n"
                + "2,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,1e100000000,Amazon Simple Storage Service,jada\n"
                + "3,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,\"1,5\",Amazon Simple Storage Service,jada\n"
                + "4,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,1.5E-7,Amazon Simple Storage Service,jada\n"
                + "5,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,2.50,Amazon Simple Storage Service,jada\n");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-costs/cur/a.csv:2", "lineItem/UnblendedCost '1e20000000' is out of range (beyond 10,000,000,000,000)"),
                new DataIssue("portfolio-costs/cur/a.csv:3", "lineItem/UnblendedCost '1e100000000' is out of range (beyond 10,000,000,000,000)"),
                new DataIssue("portfolio-costs/cur/a.csv:4",
                        "lineItem/UnblendedCost '1,5' is not a number (a decimal comma or mixed separators; write 1234.56)"));
        assertThat(((CostFacts) facts.data()).spendByMonth()).containsExactly(entry("2026-10", 250L));
        assertThat(((CostFacts) facts.data()).lineItems()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_line_billed_outside_the_window_instead_of_ranking_its_month() throws Exception {
        CostExportTally tally = tally().within(DateWindow.asOf(java.time.LocalDate.of(2026, 11, 23)));
        feed(tally, "cur/a.csv", LEGACY
                + "1,9999-12-01T00:00:00Z,AmazonS3,Requests,b1,5.00,Amazon Simple Storage Service,jada\n"
                + "2,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,2.50,Amazon Simple Storage Service,jada\n");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(new DataIssue("portfolio-costs/cur/a.csv:2",
                "lineItem/UsageStartDate '9999-12-01T00:00:00Z' is out of range (outside 1970-01-01 … 2031-11-23)"));
        assertThat(((CostFacts) facts.data()).topResourcesMonth()).isEqualTo("2026-10");
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void should_stop_a_file_at_a_row_longer_than_the_bound_and_keep_what_came_before() throws Exception {
        CostExportTally tally = tally();
        feed(tally, "cur/a.csv", LEGACY
                + "1,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,2.50,Amazon Simple Storage Service,jada\n"
                + "2,2026-10-01T00:00:00Z,AmazonS3,Requests,b1,\"" + "9".repeat(2_000_000) + "\n");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("portfolio-costs/cur/a.csv:3");
            assertThat(i.reason()).isEqualTo("row longer than 1048576 bytes (an unclosed quote?); the rest of the file was not read");
        });
        assertThat(((CostFacts) facts.data()).spendByMonth()).containsExactly(entry("2026-10", 250L));
    }

    private static CostExportTally tally() {
        return new CostExportTally("portfolio", "costs", BUCKET, "cur/", "business");
    }

    private static void feed(CostExportTally tally, String key, String csv) throws IOException {
        tally.inventory(key, csv.length());
        tally.read(key, stream(csv));
    }

    /** Lists a demo bucket as S3 would (keys relative to the bucket, in key order) and reads what the tally asks for. */
    static void readDemo(ObjectTally tally, String bucket) throws IOException {
        Path root = Path.of("demo/buckets", bucket);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                tally.inventory(root.relativize(file).toString().replace('\\', '/'), Files.size(file));
            }
        }
        for (String key : tally.objectsToRead()) {
            try (InputStream in = Files.newInputStream(root.resolve(key))) {
                tally.read(key, in);
            }
        }
    }

    static Run run() {
        return Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)), ZoneId.of("America/Los_Angeles"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static CostFacts data(CostExportTally tally) {
        return (CostFacts) tally.facts(RUN_ID).data();
    }
}
