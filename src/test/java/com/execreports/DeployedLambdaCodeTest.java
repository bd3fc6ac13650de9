package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.PortfolioFinding;
import com.execreports.analysis.PortfolioFindings;
import com.execreports.analysis.ReportSettings;
import com.execreports.localaws.LocalAws;
import com.execreports.model.DeployedCodeFacts;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SecurityFacts;
import com.execreports.model.SourceStatus;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aws-lambda-code source through its route against the local Lambda server, which answers GetFunction and
 * GetLayerVersion as AWS does and serves the packages of demo/lambda-packages at the pre-signed Code.Location, counting
 * downloads. Each test reads a source of its own name, so the facts archive (the memory of earlier scans) starts empty.
 * No assertion names a planted value: findings are compared by their redacted titles.
 */
class DeployedLambdaCodeTest extends DemoPipelineTestSupport {

    private static final Run WEEK_48 = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));
    private static final Run WEEK_49 = Run.at(OffsetDateTime.parse("2026-11-30T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));
    private static final String DEMO_FUNCTIONS = "demo/buckets/portfolio-code/inventory/lambda-functions.json";
    private static final String LAYER = "arn:aws:lambda:us-west-2:482913765024:layer:expert-yacht-quote-pdf:2";
    private static final String AWS_KEY_TITLE = "Hardcoded AWS access key id (half of an AWS credential; the secret key is usually next"
            + " to it) AKIA… in src/config.js line 3 of the deployed package of Lambda jada-booking-api";

    @BeforeEach
    void demoAnswers() throws Exception {
        aws.resetAccount();
    }

    @Test
    void should_scan_every_deployed_package_and_layer_and_find_the_key_the_bucket_copy_lacks() throws Exception {
        Facts code = read(source("deployed-first"), WEEK_48);

        assertThat(code.status()).isEqualTo(SourceStatus.OK);
        assertThat(code.kind()).isEqualTo("aws-lambda-code");
        DeployedCodeFacts facts = (DeployedCodeFacts) code.data();
        assertThat(facts.packages()).extracting(DeployedCodeFacts.Package::resource, facts::said).containsExactly(
                org.assertj.core.groups.Tuple.tuple("deployed package of Lambda jada-booking-api", "scanned 2026-W48, 2 findings"),
                org.assertj.core.groups.Tuple.tuple("deployed package of Lambda quickdumpnow-renewals", "scanned 2026-W48, 0 findings"),
                org.assertj.core.groups.Tuple.tuple("deployed package of Lambda queenofsandiego-inquiry-notify", "scanned 2026-W48, 0 findings"),
                org.assertj.core.groups.Tuple.tuple("deployed package of Lambda rental-3028-ical-sync", "scanned 2026-W48, 0 findings"),
                org.assertj.core.groups.Tuple.tuple("deployed package of Lambda expert-yacht-delivery-quote", "scanned 2026-W48, 0 findings"),
                org.assertj.core.groups.Tuple.tuple("Lambda layer expert-yacht-quote-pdf:2", "scanned 2026-W48, 0 findings"));
        assertThat(facts.secrets()).extracting(SecurityFacts.Secret::ruleId, SecurityFacts.Secret::file, SecurityFacts.Secret::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stripe-secret-key", "index.js", 8),
                        org.assertj.core.groups.Tuple.tuple("aws-access-key-id", "src/config.js", 3));
        assertThat(aws.accountCalls().path("GetFunction").asInt()).isEqualTo(5);
        assertThat(aws.accountCalls().path("GetLayerVersion").asInt()).isEqualTo(1);
        assertThat(aws.accountCalls().path("PackageDownload").asInt()).isEqualTo(6);

        List<PortfolioFinding> found = findings(code, read("portfolio", "code", WEEK_48), read("portfolio", "inventory", WEEK_48),
                read("jada", "profile", WEEK_48));
        PortfolioFinding awsKey = titled(found, AWS_KEY_TITLE);
        assertThat(awsKey.severity()).isEqualTo("high");
        assertThat(awsKey.business()).isEqualTo("JADA (yacht charters)");
        assertThat(awsKey.roles()).containsExactlyInAnyOrder("cto", "ceo");
        assertThat(awsKey.where()).startsWith("deployed package of Lambda jada-booking-api → src/config.js line 3 (awsAccessKeyId) — fingerprint ");
        // the bucket copy holds the same Stripe key: said once, as the deployed one
        PortfolioFinding stripe = titled(found,
                "Hardcoded Stripe live secret key (full access to the Stripe account) sk_l… in index.js line 8 of the deployed package of"
                        + " Lambda jada-booking-api");
        assertThat(stripe.where()).startsWith("deployed package of Lambda jada-booking-api → index.js line 8 (stripe) — fingerprint ")
                .doesNotContain("s3://portfolio-code/lambda/jada-booking-api.zip");
    }

    @Test
    void should_download_nothing_the_next_week_when_no_package_changed() throws Exception {
        String source = source("deployed-weeks");
        Facts first = read(source, WEEK_48);
        aws.resetAccount();

        Facts next = read(source, WEEK_49);

        DeployedCodeFacts facts = (DeployedCodeFacts) next.data();
        assertThat(aws.accountCalls().path("PackageDownload").asInt()).as("downloads counted by the local server").isZero();
        assertThat(aws.accountCalls().path("GetFunction").asInt()).isZero();
        assertThat(aws.accountCalls().path("GetLayerVersion").asInt()).isZero();
        assertThat(next.data()).as("the same packages and findings, said as unchanged").isEqualTo(new DeployedCodeFacts(
                ((DeployedCodeFacts) first.data()).packages(), "2026-W49", ((DeployedCodeFacts) first.data()).fingerprintKeyId()));
        assertThat(facts.packages()).extracting(facts::said).containsExactly("unchanged since 2026-W48, 2 findings",
                "unchanged since 2026-W48, 0 findings", "unchanged since 2026-W48, 0 findings", "unchanged since 2026-W48, 0 findings",
                "unchanged since 2026-W48, 0 findings", "unchanged since 2026-W48, 0 findings");
        assertThat(facts.secrets()).isEqualTo(((DeployedCodeFacts) first.data()).secrets());
        assertThat(findings(next)).extracting(PortfolioFinding::title).contains(AWS_KEY_TITLE);
    }

    @Test
    void should_scan_again_what_was_scanned_under_another_fingerprint_key() throws Exception {
        String source = source("deployed-rekeyed");
        DeployedCodeFacts first = (DeployedCodeFacts) read(source, WEEK_48).data();
        // as a service with another security.fingerprint-key (rotated, or none set: random per process) archived them
        String key = aws.keys(LocalAws.ARCHIVE_BUCKET, "facts/portfolio/" + source + "/").get(0);
        String archived = new String(aws.bytes(LocalAws.ARCHIVE_BUCKET, key), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(archived).contains("\"fingerprintKeyId\" : \"" + first.fingerprintKeyId() + "\"");
        aws.clients().s3().putObject(b -> b.bucket(LocalAws.ARCHIVE_BUCKET).key(key), software.amazon.awssdk.core.sync.RequestBody
                .fromString(archived.replace(first.fingerprintKeyId(), "0123456789abcdef")));
        aws.resetAccount();

        DeployedCodeFacts facts = (DeployedCodeFacts) read(source, WEEK_49).data();

        assertThat(aws.accountCalls().path("PackageDownload").asInt()).isEqualTo(6);
        assertThat(facts.packages()).extracting(facts::said).containsExactly("scanned 2026-W49, 2 findings",
                "scanned 2026-W49, 0 findings", "scanned 2026-W49, 0 findings", "scanned 2026-W49, 0 findings",
                "scanned 2026-W49, 0 findings", "scanned 2026-W49, 0 findings");
        assertThat(facts.secrets()).as("fingerprints of this key, as the bucket copy's are").isEqualTo(first.secrets());
    }

    @Test
    void should_download_again_only_the_package_whose_code_changed() throws Exception {
        String source = source("deployed-changed");
        read(source, WEEK_48);
        List<Map<String, Object>> functions = demoFunctions();
        functions.get(1).put("CodeSha256", "bmV3IGJ1aWxkIG9mIHF1aWNrZHVtcG5vdy1yZW5ld2Fscw==");
        aws.resetAccount();
        aws.steerAccount(Map.of("data", Map.of("lambda-functions.json", functions)));

        DeployedCodeFacts facts = (DeployedCodeFacts) read(source, WEEK_49).data();

        assertThat(aws.accountCalls().path("PackageDownload").asInt()).isEqualTo(1);
        assertThat(aws.accountCalls().path("GetFunction").asInt()).isEqualTo(1);
        assertThat(facts.packages()).extracting(facts::said).containsExactly("unchanged since 2026-W48, 2 findings",
                "scanned 2026-W49, 0 findings", "unchanged since 2026-W48, 0 findings", "unchanged since 2026-W48, 0 findings",
                "unchanged since 2026-W48, 0 findings", "unchanged since 2026-W48, 0 findings");
    }

    @Test
    void should_page_through_more_functions_than_a_listing_page() throws Exception {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String name = String.format("fn-%03d", i);
            many.add(Map.of("FunctionName", name, "FunctionArn", "arn:aws:lambda:us-west-2:123456789012:function:" + name,
                    "Runtime", "nodejs20.x", "CodeSize", 200, "PackageType", "Zip"));
        }
        aws.steerAccount(Map.of("data", Map.of("lambda-functions.json", many)));

        DeployedCodeFacts facts = (DeployedCodeFacts) read(source("deployed-paged"), WEEK_48).data();

        assertThat(facts.packages()).hasSize(120).extracting(DeployedCodeFacts.Package::function).doesNotHaveDuplicates()
                .startsWith("fn-000").endsWith("fn-119");
        assertThat(facts.packages()).extracting(facts::said).containsOnly("scanned 2026-W48, 0 findings");
        assertThat(aws.accountCalls().path("PackageDownload").asInt()).isEqualTo(120);
    }

    @Test
    void should_name_a_package_over_the_size_limit_as_a_gap_for_that_function_only() throws Exception {
        List<Map<String, Object>> functions = demoFunctions();
        Map<String, Object> big = new LinkedHashMap<>(Map.of("FunctionName", "jada-media-resize", "FunctionArn",
                "arn:aws:lambda:us-west-2:482913765024:function:jada-media-resize", "Runtime", "python3.12", "CodeSize", 157_286_400,
                "PackageType", "Zip"));
        big.put("Tags", Map.of("business", "jada"));
        functions.add(big);
        aws.steerAccount(Map.of("data", Map.of("lambda-functions.json", functions)));

        Facts code = read(source("deployed-big"), WEEK_48);

        assertThat(code.status()).isEqualTo(SourceStatus.OK);
        DeployedCodeFacts facts = (DeployedCodeFacts) code.data();
        assertThat(facts.packages()).filteredOn(p -> p.notScanned() != null).extracting(DeployedCodeFacts.Package::function,
                DeployedCodeFacts.Package::notScanned).containsExactly(org.assertj.core.groups.Tuple.tuple("jada-media-resize",
                "not scanned: package is 157,286,400 bytes, above the 100 MB limit"));
        assertThat(facts.packages()).filteredOn(p -> p.notScanned() == null).hasSize(6);
        assertThat(aws.accountCalls().path("PackageDownload").asInt()).as("the big one is never downloaded").isEqualTo(6);
        assertThat(findings(code)).extracting(PortfolioFinding::title).contains("Deployed package of Lambda jada-media-resize could not be"
                + " audited for secrets: package is 157,286,400 bytes, above the 100 MB limit");
    }

    @Test
    void should_retry_a_throttled_get_function_and_scan_its_package() throws Exception {
        aws.steerAccount(Map.of("faults", Map.of("GetFunction", Map.of("count", 1, "code", "TooManyRequestsException"))));

        Facts code = read(source("deployed-throttled"), WEEK_48);

        assertThat(code.status()).isEqualTo(SourceStatus.OK);
        DeployedCodeFacts facts = (DeployedCodeFacts) code.data();
        assertThat(facts.packages()).extracting(DeployedCodeFacts.Package::notScanned).containsOnlyNulls();
        assertThat(facts.said(facts.packages().get(0))).isEqualTo("scanned 2026-W48, 2 findings");
        assertThat(aws.accountCalls().path("GetFunction").asInt()).as("throttled once, then 5 answers").isEqualTo(6);
        assertThat(aws.accountCalls().path("PackageDownload").asInt()).isEqualTo(6);
    }

    @Test
    void should_name_a_function_it_may_not_read_as_a_gap_and_scan_the_others() throws Exception {
        aws.steerAccount(Map.of("faults", Map.of("GetFunction", Map.of("count", 1, "code", "AccessDeniedException"))));

        DeployedCodeFacts facts = (DeployedCodeFacts) read(source("deployed-denied"), WEEK_48).data();

        assertThat(facts.packages().get(0).notScanned())
                .isEqualTo("not scanned: GetFunction failed: AccessDeniedException: planted AccessDeniedException (HTTP 403)");
        assertThat(facts.packages().subList(1, 6)).extracting(DeployedCodeFacts.Package::notScanned).containsOnlyNulls();
        assertThat(aws.accountCalls().path("GetFunction").asInt()).as("access denied is not retried").isEqualTo(5);
    }

    /** A source of the template of its own name: its archive folder is empty when the test starts. */
    private String source(String name) {
        TemplatedRouteBuilder.builder(context, "aws-lambda-code").routeId("portfolio-" + name).parameter("domain", "portfolio")
                .parameter("source", name).add();
        return name;
    }

    private Facts read(String source, Run run) {
        return read("portfolio", source, run);
    }

    private Facts read(String domain, String source, Run run) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty("run", run);
        exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
        return template.send("bean:sourcePolls?method=poll(*,'" + domain + "','" + source + "')", exchange).getMessage().getBody(Facts.class);
    }

    private static List<Map<String, Object>> demoFunctions() throws Exception {
        return new ObjectMapper().readValue(Files.readString(LocalAws.projectDir().resolve(DEMO_FUNCTIONS)), new TypeReference<>() {
        });
    }

    private static List<PortfolioFinding> findings(Facts... facts) {
        return new PortfolioFindings(new ReportSettings("Demo portfolio", 365, 20, 10)).find(new PortfolioSnapshot(WEEK_48, List.of(facts)));
    }

    /** The finding of that title; on failure the titles are listed, which hold previews only, never a secret. */
    private static PortfolioFinding titled(List<PortfolioFinding> found, String title) {
        return found.stream().filter(f -> f.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding titled " + title + " among " + found.stream().map(PortfolioFinding::title).toList()));
    }
}
