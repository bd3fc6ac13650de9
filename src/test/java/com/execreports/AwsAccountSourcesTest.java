package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.PortfolioFinding;
import com.execreports.analysis.PortfolioFindings;
import com.execreports.analysis.ReportSettings;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.IamFacts;
import com.execreports.model.MetricFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.RdsFacts;
import com.execreports.model.Run;
import com.execreports.model.SesAccountFacts;
import com.execreports.model.SourceStatus;

import org.apache.camel.Exchange;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The account sources (aws-iam, aws-rds, aws-metrics, aws-ses) read through their routes from the local inventory
 * server, which answers with AWS's own response documents from the demo's files: the facts and findings with the
 * demo's planted figures, paging past one page, throttling retried, and a failing source named as a gap.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class AwsAccountSourcesTest extends DemoPipelineTestSupport {

    private static final Run RUN = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));

    @BeforeEach
    void demoAnswers() throws Exception {
        aws.resetAccount();
    }

    /** First in sort order: a source that fails is a named gap, and the next source reads as if nothing happened. */
    @Test
    void a_failing_source_is_a_named_gap_and_the_others_still_read() throws Exception {
        aws.steerAccount(Map.of("faults", Map.of("GenerateCredentialReport", Map.of("count", 1, "code", "AccessDenied"))));

        Facts iam = read("portfolio", "iam");
        Facts rds = read("portfolio", "rds");

        assertThat(iam.status()).isEqualTo(SourceStatus.FAILED);
        assertThat(iam.kind()).isEqualTo("aws-iam");
        assertThat(iam.error()).isEqualTo("AccessDenied: planted AccessDenied (HTTP 403)");
        assertThat(aws.accountCalls().path("GenerateCredentialReport").asInt()).as("access denied is not retried").isEqualTo(1);
        assertThat(findings(iam, rds)).extracting(PortfolioFinding::title)
                .contains("Source portfolio/iam failed: its figures are missing from every report");
        assertThat(rds.status()).isEqualTo(SourceStatus.OK);
        assertThat(((RdsFacts) rds.data()).instances()).hasSize(2);
    }

    @Test
    void should_read_the_credential_report_and_name_the_person_in_transition_who_still_holds_keys() throws Exception {
        Facts iam = read("portfolio", "iam");

        assertThat(iam.status()).isEqualTo(SourceStatus.OK);
        IamFacts facts = (IamFacts) iam.data();
        assertThat(facts.generatedAt()).isEqualTo("2026-11-23T14:00:00Z");
        assertThat(facts.users()).extracting(IamFacts.User::name)
                .containsExactly("<root_account>", "jordan.alvarez", "dana.whitfield", "priya.natarajan", "github-deploy");
        IamFacts.User dana = facts.users().get(2);
        assertThat(dana.console()).isTrue();
        assertThat(dana.mfa()).isFalse();
        assertThat(dana.keys()).containsExactly(new IamFacts.AccessKey(1, true, LocalDate.of(2025, 10, 19), LocalDate.of(2026, 11, 21)));
        assertThat(aws.accountCalls().path("GenerateCredentialReport").asInt()).as("STARTED, then COMPLETE").isEqualTo(2);

        List<PortfolioFinding> found = findings(iam, read("portfolio", "org"));
        PortfolioFinding leaver = only(found, "iam-leaver.dana.whitfield");
        assertThat(leaver.severity()).isEqualTo("high");
        assertThat(leaver.roles()).containsExactlyInAnyOrder("ceo", "cto");
        assertThat(leaver.title()).isEqualTo("Dana Whitfield still holds AWS access while leaving: IAM user dana.whitfield has an"
                + " active access key 400 days old (last used 2026-11-21) and console sign-in without MFA");
        assertThat(leaver.where()).isEqualTo("org register: Dana Whitfield (Operations lead) in transition (Operations lead → Advisor,"
                + " no date agreed) × IAM credential report of 2026-11-23T14:00:00Z — dana.whitfield");
        assertThat(found).extracting(PortfolioFinding::id).as("the leaver's key age and MFA in its one finding; the others' MFA on,"
                + " keys young and used, root locked").filteredOn(id -> id.startsWith("iam")).containsExactly("iam-leaver.dana.whitfield");
    }

    @Test
    void should_find_old_keys_missing_mfa_and_root_keys_of_anyone() throws Exception {
        aws.steerAccount(Map.of("data", Map.of("iam-credential-report.csv", String.join("\n",
                "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,"
                        + "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,"
                        + "access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
                        + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,"
                        + "cert_2_last_rotated",
                "<root_account>,arn:aws:iam::123456789012:root,2016-04-01T18:00:00+00:00,not_supported,2026-10-02T16:12:00+00:00,"
                        + "not_supported,not_supported,false,true,2020-01-01T00:00:00+00:00,2026-11-01T00:00:00+00:00,us-east-1,iam,"
                        + "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
                "ops,arn:aws:iam::123456789012:user/ops,2020-01-01T00:00:00+00:00,true,2026-11-20T00:00:00+00:00,N/A,N/A,false,"
                        + "true,2026-07-26T00:00:00+00:00,N/A,N/A,N/A,true,2026-11-01T00:00:00+00:00,2026-06-01T00:00:00+00:00,"
                        + "us-west-2,s3,false,N/A,false,N/A"))));

        List<PortfolioFinding> found = findings(read("portfolio", "iam"));

        assertThat(found).extracting(PortfolioFinding::id).containsExactlyInAnyOrder("iam-root-keys", "iam-root-no-mfa",
                "iam-no-mfa.ops", "iam-old-key.ops.1", "iam-unused-key.ops.1", "iam-unused-key.ops.2");
        assertThat(only(found, "iam-old-key.ops.1").title()).isEqualTo("IAM user ops's active access key 1 is 120 days old");
        assertThat(only(found, "iam-unused-key.ops.1").title()).isEqualTo("IAM user ops's active access key 1 has never been used");
        assertThat(only(found, "iam-unused-key.ops.2").title())
                .isEqualTo("IAM user ops's active access key 2 has not been used in 175 days");
        assertThat(only(found, "iam-root-keys").title()).isEqualTo("The AWS root account has 1 active access key");
        assertThat(only(found, "iam-root-keys").roles()).containsExactlyInAnyOrder("ceo", "cto");
    }

    @Test
    void should_read_rds_instances_and_find_the_public_unencrypted_one() throws Exception {
        Facts rds = read("portfolio", "rds");

        RdsFacts facts = (RdsFacts) rds.data();
        assertThat(facts.instances()).containsExactly(
                new RdsFacts.Instance("quickdumpnow-ops", "quickdumpnow", "mysql", "5.7.44", "db.t3.micro", true, false, 1, false,
                        LocalDate.of(2024, 2, 29)),
                new RdsFacts.Instance("jada-reporting", "jada", "postgres", "16.4", "db.t4g.small", false, true, 7, true,
                        LocalDate.of(2029, 2, 28)));
        List<PortfolioFinding> found = findings(rds);
        assertThat(found).extracting(PortfolioFinding::id).as("the healthy instance says nothing")
                .containsExactlyInAnyOrder("rds-public.quickdumpnow-ops", "rds-baseline.quickdumpnow-ops");
        assertThat(only(found, "rds-public.quickdumpnow-ops").title())
                .isEqualTo("RDS instance quickdumpnow-ops is publicly accessible: its database port answers the internet");
        assertThat(only(found, "rds-public.quickdumpnow-ops").severity()).isEqualTo("high");
        PortfolioFinding baseline = only(found, "rds-baseline.quickdumpnow-ops");
        assertThat(baseline.title()).isEqualTo("RDS instance quickdumpnow-ops misses its baseline: storage unencrypted, mysql 5.7 past RDS"
                + " standard support (ended 2024-02-29, billed as Extended Support), no Multi-AZ standby");
        assertThat(baseline.severity()).isEqualTo("medium");
        assertThat(baseline.where()).isEqualTo("RDS quickdumpnow-ops db.t3.micro, mysql 5.7.44 — StorageEncrypted false,"
                + " EngineVersion 5.7.44, MultiAZ false");
    }

    @Test
    void should_say_nothing_of_databases_when_the_account_has_none() throws Exception {
        aws.steerAccount(Map.of("data", Map.of("rds-instances.json", List.of())));

        Facts rds = read("portfolio", "rds");

        assertThat(rds.status()).isEqualTo(SourceStatus.OK);
        assertThat(((RdsFacts) rds.data()).instances()).isEmpty();
        assertThat(findings(rds)).isEmpty();
    }

    @Test
    void should_page_through_more_instances_than_a_page() throws Exception {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            many.add(Map.of("DBInstanceIdentifier", String.format("db-%02d", i), "Engine", "postgres", "EngineVersion", "15.5",
                    "DBInstanceClass", "db.t4g.micro", "PubliclyAccessible", false, "StorageEncrypted", true, "BackupRetentionPeriod", 7,
                    "MultiAZ", true));
        }
        aws.steerAccount(Map.of("data", Map.of("rds-instances.json", many)));
        TemplatedRouteBuilder.builder(context, "aws-rds").routeId("rds-small-pages").parameter("domain", "portfolio")
                .parameter("source", "rds-paged").parameter("pageSize", "20").add();

        Facts rds = read("portfolio", "rds-paged");

        assertThat(((RdsFacts) rds.data()).instances()).hasSize(45).extracting(RdsFacts.Instance::id).doesNotHaveDuplicates()
                .startsWith("db-00").endsWith("db-44");
        assertThat(aws.accountCalls().path("DescribeDBInstances").asInt()).as("pages of 20, 20 and 5").isEqualTo(3);
    }

    @Test
    void should_retry_a_throttled_call_and_read_the_answer() throws Exception {
        aws.steerAccount(Map.of("faults", Map.of("DescribeDBInstances", Map.of("count", 1, "code", "Throttling"),
                "GetMetricData", Map.of("count", 1, "code", "Throttling"))));

        Facts rds = read("portfolio", "rds");
        Facts metrics = read("portfolio", "metrics");

        assertThat(rds.status()).isEqualTo(SourceStatus.OK);
        assertThat(((RdsFacts) rds.data()).instances()).hasSize(2);
        assertThat(metrics.status()).isEqualTo(SourceStatus.OK);
        assertThat(((MetricFacts) metrics.data()).functions()).filteredOn(f -> f.name().equals("jada-booking-api"))
                .extracting(MetricFacts.Function::errors).containsExactly(37L);
        assertThat(aws.accountCalls().path("DescribeDBInstances").asInt()).as("throttled, then answered").isEqualTo(2);
        assertThat(aws.accountCalls().path("GetMetricData").asInt()).as("period (throttled, answered), look-back, CloudFront")
                .isEqualTo(4);
    }

    @Test
    void should_read_function_metrics_and_find_errors_throttles_and_an_idle_function() throws Exception {
        Facts metrics = read("portfolio", "metrics");

        MetricFacts facts = (MetricFacts) metrics.data();
        assertThat(facts.periodDays()).isEqualTo(7);
        assertThat(facts.idleDays()).isEqualTo(90);
        assertThat(facts.queries()).as("5 a function, 3 a distribution").isEqualTo(5 * 5 + 4 * 3);
        assertThat(facts.calls()).isEqualTo(3);
        assertThat(aws.accountCalls().path("GetMetricData@us-east-1").asInt()).as("CloudFront's metrics, asked where they are")
                .isEqualTo(1);
        assertThat(facts.functions()).containsExactly(
                new MetricFacts.Function("jada-booking-api", 4210, 37, 12, 8110, 4180.0),
                new MetricFacts.Function("quickdumpnow-renewals", 96, 0, 0, 197, 1040.0),
                new MetricFacts.Function("queenofsandiego-inquiry-notify", 0, 0, 0, 0),
                new MetricFacts.Function("rental-3028-ical-sync", 2016, 0, 0, 2016),
                new MetricFacts.Function("expert-yacht-delivery-quote", 58, 0, 0, 58));

        List<PortfolioFinding> found = findings(metrics, read("portfolio", "inventory"), read("jada", "profile"));
        assertThat(only(found, "function-errors.jada-booking-api").title()).isEqualTo("Lambda jada-booking-api failed 37 times in 7"
                + " days: 37 of 4,210 invocations (0.88%), on the booking path, and 12 more calls were refused (throttled)");
        assertThat(only(found, "function-errors.jada-booking-api").severity()).isEqualTo("high");
        assertThat(only(found, "function-idle.queenofsandiego-inquiry-notify").title())
                .isEqualTo("Lambda queenofsandiego-inquiry-notify has not been invoked in 90 days");
        PortfolioFinding slow = only(found, "function-slow.jada-booking-api");
        assertThat(slow.title()).isEqualTo("Lambda jada-booking-api takes 4,180 ms at p95 over 7 days (threshold 3,000 ms),"
                + " on the booking path");
        assertThat(slow.business()).isEqualTo("JADA (yacht charters)");
        assertThat(slow.roles()).containsExactly("cto");
        assertThat(found).extracting(PortfolioFinding::id).as("the renewals' p95 of 1,040 ms is under the threshold")
                .filteredOn(id -> id.startsWith("function-")).containsExactlyInAnyOrder("function-errors.jada-booking-api",
                        "function-slow.jada-booking-api", "function-idle.queenofsandiego-inquiry-notify");
    }

    @Test
    void should_read_cloudfront_error_rates_in_us_east_1_and_find_the_distribution_failing_visitors() throws Exception {
        Facts metrics = read("portfolio", "metrics");

        assertThat(((MetricFacts) metrics.data()).distributions()).containsExactly(
                new MetricFacts.Distribution("E2JQ8ZK4RT1V6M", "jadacharters.com, www.jadacharters.com", 672_000, 4.5, 2.75),
                new MetricFacts.Distribution("E1QSD7M3NB5X2C", "queenofsandiego.com, www.queenofsandiego.com", 18_400, 3.25, 0.125),
                new MetricFacts.Distribution("E3QDN5H8J2K4LP", "quickdumpnow.com, www.quickdumpnow.com", 41_250, 2.5, 0.0625),
                new MetricFacts.Distribution("E4R3028W7F9G1H", "stay3028sd.com, www.stay3028sd.com", 6_900, 1.25, 0.0));

        List<PortfolioFinding> found = findings(metrics, read("portfolio", "inventory"), read("jada", "profile"));
        assertThat(found).extracting(PortfolioFinding::id).filteredOn(id -> id.startsWith("cdn-"))
                .as("4xx under 10% everywhere; 5xx over 1% on one").containsExactly("cdn-5xx.E2JQ8ZK4RT1V6M");
        PortfolioFinding failing = only(found, "cdn-5xx.E2JQ8ZK4RT1V6M");
        assertThat(failing.title()).isEqualTo("jadacharters.com (CloudFront E2JQ8ZK4RT1V6M) answered 2.8% of requests with 5xx errors"
                + " in 7 days (threshold 1%)");
        assertThat(failing.where()).isEqualTo("CloudWatch AWS/CloudFront (us-east-1) DistributionId E2JQ8ZK4RT1V6M (jadacharters.com,"
                + " www.jadacharters.com), Region Global, the 7 days before the run — Requests 672,000, 5xxErrorRate 2.8%");
        assertThat(failing.business()).isEqualTo("JADA (yacht charters)");
        assertThat(failing.severity()).isEqualTo("high");
        assertThat(failing.impact()).isEqualTo("visitors get an error page instead of the site: about 18,480 requests in 7 days");
    }

    @Test
    void should_keep_the_functions_figures_and_name_the_gap_when_cloudfront_cannot_be_listed() throws Exception {
        aws.steerAccount(Map.of("faults", Map.of("ListDistributions", Map.of("count", 1, "code", "AccessDenied"))));

        Facts metrics = read("portfolio", "metrics");

        assertThat(metrics.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(metrics.issues()).extracting(DataIssue::where, DataIssue::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "CloudWatch AWS/CloudFront (us-east-1)", "error rates not read: AccessDenied: planted AccessDenied (HTTP 403)"));
        MetricFacts facts = (MetricFacts) metrics.data();
        assertThat(facts.distributions()).isEmpty();
        assertThat(facts.functions()).hasSize(5).first().isEqualTo(new MetricFacts.Function("jada-booking-api", 4210, 37, 12, 8110, 4180.0));
    }

    @Test
    void should_say_an_idle_function_still_holds_a_credential_when_its_environment_has_one() throws Exception {
        aws.steerAccount(Map.of("data", Map.of("cloudwatch-metrics.json", List.of())));

        List<PortfolioFinding> found = findings(read("portfolio", "metrics"), read("portfolio", "inventory"));

        PortfolioFinding renewals = only(found, "function-idle.quickdumpnow-renewals");
        assertThat(renewals.title()).isEqualTo("Lambda quickdumpnow-renewals has not been invoked in 90 days, still holding 1 credential");
        assertThat(renewals.severity()).isEqualTo("medium");
        assertThat(only(found, "function-idle.rental-3028-ical-sync").severity()).as("nothing held: dead code only").isEqualTo("low");
    }

    @Test
    void should_batch_metric_queries_500_a_call_and_follow_every_page() throws Exception {
        List<Map<String, Object>> functions = new ArrayList<>();
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (int i = 0; i < 170; i++) {
            String name = String.format("fn-%03d", i);
            functions.add(Map.of("FunctionName", name, "FunctionArn", "arn:aws:lambda:us-west-2:123456789012:function:" + name,
                    "Runtime", "nodejs20.x"));
            metrics.add(Map.of("Namespace", "AWS/Lambda", "MetricName", "Invocations", "Dimensions", Map.of("FunctionName", name),
                    "Datapoints", List.of(List.of("2026-11-20T00:00:00Z", i + 1))));
        }
        aws.steerAccount(Map.of("data", Map.of("lambda-functions.json", functions, "cloudwatch-metrics.json", metrics),
                "metricResultsPerPage", 200));

        MetricFacts facts = (MetricFacts) read("portfolio", "metrics").data();

        assertThat(facts.functions()).hasSize(170);
        assertThat(facts.functions().stream().mapToLong(MetricFacts.Function::invocations).sum()).isEqualTo(170 * 171 / 2);
        assertThat(facts.functions().get(169)).isEqualTo(new MetricFacts.Function("fn-169", 170, 0, 0, 170));
        assertThat(facts.queries()).isEqualTo(850 + 12);
        // 680 period queries: 500 (pages of 200, 200, 100) and 180; 170 look-back queries: one page; the 4 distributions' 12: one
        assertThat(facts.calls()).isEqualTo(6);
        assertThat(aws.accountCalls().path("GetMetricData").asInt()).isEqualTo(6);
    }

    @Test
    void should_read_the_ses_account_and_find_the_bounce_rate_over_five_percent() throws Exception {
        Facts ses = read("portfolio", "ses");

        SesAccountFacts facts = (SesAccountFacts) ses.data();
        assertThat(facts.sendingEnabled()).isTrue();
        assertThat(facts.productionAccess()).isTrue();
        assertThat(facts.enforcementStatus()).isEqualTo("HEALTHY");
        assertThat(facts.max24HourSend()).isEqualTo(50000.0);
        assertThat(facts.suppressedByReason()).isEqualTo(Map.of("BOUNCE", 47L, "COMPLAINT", 4L));
        assertThat(facts.suppressedInPeriod()).as("the week's 35 hard bounces of the SES event records, and 2 complaints").isEqualTo(37);
        assertThat(facts.configurationSets()).extracting(SesAccountFacts.Reputation::configurationSet)
                .containsExactly("dangerouscentaur-newsletter", "jada-mail", "queenofsandiego-marketing", "quickdumpnow-notices");

        List<PortfolioFinding> found = findings(ses, read("queenofsandiego", "profile"));
        assertThat(found).extracting(PortfolioFinding::id).containsExactly("ses-bounces.queenofsandiego-marketing");
        PortfolioFinding bounces = found.get(0);
        assertThat(bounces.title()).isEqualTo("Email bounce rate 6.2%, above SES's 5% review line: configuration set"
                + " queenofsandiego-marketing; SES may pause the account's sending at 10%");
        assertThat(bounces.business()).isEqualTo("Queen of San Diego (sailing and events)");
        assertThat(bounces.roles()).containsExactlyInAnyOrder("cto", "cmo");
    }

    @Test
    void should_page_through_a_long_suppression_list() throws Exception {
        List<Map<String, Object>> suppressed = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            suppressed.add(Map.of("EmailAddress", "a" + i + "@example.net", "Reason", i % 10 == 0 ? "COMPLAINT" : "BOUNCE",
                    "LastUpdateTime", "2026-06-01T00:00:00Z"));
        }
        aws.steerAccount(Map.of("data", Map.of("ses-account.json", Map.of("Account", Map.of("SendingEnabled", true,
                "ProductionAccessEnabled", true, "EnforcementStatus", "HEALTHY"), "SuppressedDestinations", suppressed,
                "ConfigurationSets", List.of()))));

        SesAccountFacts facts = (SesAccountFacts) read("portfolio", "ses").data();

        assertThat(facts.suppressedByReason()).isEqualTo(Map.of("BOUNCE", 2250L, "COMPLAINT", 250L));
        assertThat(facts.suppressedInPeriod()).isZero();
        assertThat(aws.accountCalls().path("ListSuppressedDestinations").asInt()).as("pages of 1,000").isEqualTo(3);
    }

    private Facts read(String domain, String source) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty("run", RUN);
        exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
        return template.send("bean:sourcePolls?method=poll(*,'" + domain + "','" + source + "')", exchange).getMessage().getBody(Facts.class);
    }

    private static List<PortfolioFinding> findings(Facts... facts) {
        return new PortfolioFindings(new ReportSettings("Demo portfolio", 365, 20, 10)).find(new PortfolioSnapshot(RUN, List.of(facts)));
    }

    private static PortfolioFinding only(List<PortfolioFinding> found, String id) {
        return found.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " among " + found.stream().map(PortfolioFinding::id).toList()));
    }
}
