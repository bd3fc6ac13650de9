package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.FindingLine;
import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.analysis.RiskScore.Exposure;
import com.execreports.model.BusinessProfile;
import com.execreports.model.DeployedCodeFacts;
import com.execreports.model.Facts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SecurityFacts;
import com.execreports.model.SecurityFacts.Secret;

import org.junit.jupiter.api.Test;

class SecurityFindingsTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final String REPOS_ENV = "s3://portfolio-code/repos/repos.env";
    private static final String EXPORT = "s3://portfolio-code/inventory/lambda-functions.json";
    private static final String JADA_ZIP = "s3://portfolio-code/lambda/jada-booking-api.zip";

    private static final InventoryFacts.Function BOOKING_API = new InventoryFacts.Function("jada-booking-api", "jada", "nodejs16.x", true,
            256, 10, 1000, "2024-02-11", List.of(), "https://x.lambda-url.us-west-2.on.aws/", "NONE", JADA_ZIP);
    private static final InventoryFacts.Function RENEWALS = new InventoryFacts.Function("quickdumpnow-renewals", "quickdumpnow",
            "python3.12", false, 256, 10, 1000, "2026-01-02", List.of("STRIPE_SECRET_KEY"), null, null, null);

    @Test
    void should_count_a_secret_once_however_many_places_hold_it() {
        List<PortfolioFinding> secrets = secrets(demoSnapshot());

        assertThat(secrets).hasSize(6);
        PortfolioFinding copied = secrets.stream().filter(f -> f.id().endsWith(".a15b")).findFirst().orElseThrow();
        assertThat(copied.title()).isEqualTo(
                "Hardcoded Stripe live secret key sk_l… in the environment of Lambda quickdumpnow-renewals and lambda-functions.json line 69");
        assertThat(copied.business()).isEqualTo("QuickDumpNow");
        // the live environment first: it is the copy in use
        assertThat(copied.where()).isEqualTo("Lambda quickdumpnow-renewals environment line 4 (STRIPE_SECRET_KEY); "
                + EXPORT + " line 69 (STRIPE_SECRET_KEY) — fingerprint a15b");
    }

    @Test
    void should_say_6_secrets_in_7_places_when_they_share_a_line() {
        List<FindingLine> lines = MinorFindings.lines(secrets(demoSnapshot()), Trend.firstRun(demoSnapshot()), true);

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).shortText())
                .isEqualTo("Hardcoded credentials that anyone with read access to the code can use — 6 secrets in 7 places across 3 businesses");
    }

    @Test
    void should_count_what_a_line_adds_to_the_secret_shown_in_detail() {
        List<PortfolioFinding> all = secrets(demoSnapshot());

        List<FindingLine> lines = MinorFindings.lines(all.subList(1, all.size()), Trend.firstRun(demoSnapshot()), true, all.subList(0, 1));

        assertThat(lines.get(0).shortText()).endsWith("— 5 more secrets; 6 secrets in 7 places in all");
    }

    @Test
    void should_weigh_a_live_payment_key_in_deployed_code_above_one_in_an_exported_file() {
        List<PortfolioFinding> secrets = secrets(demoSnapshot());
        PortfolioFinding deployed = secrets.stream().filter(f -> f.id().endsWith(".f53a")).findFirst().orElseThrow();
        PortfolioFinding exported = secrets.stream().filter(f -> f.id().endsWith(".3b6b")).findFirst().orElseThrow();
        PortfolioFinding awsKey = secrets.stream().filter(f -> f.id().endsWith(".d546")).findFirst().orElseThrow();

        assertThat(deployed.title()).isEqualTo("Hardcoded Stripe live secret key sk_l… in index.js line 8 of Lambda jada-booking-api");
        assertThat(deployed.business()).isEqualTo("JADA");
        assertThat(deployed.weighing().exposure()).containsExactlyInAnyOrder(Exposure.LIVE, Exposure.PAYMENT_PATH);
        assertThat(deployed.weighing().confidence()).isEqualTo(Confidence.MEASURED);
        assertThat(exported.weighing().confidence()).isEqualTo(Confidence.INFERRED);
        assertThat(awsKey.weighing().exposure()).containsExactly(Exposure.LIVE);
        assertThat(deployed.risk()).isGreaterThan(exported.risk());
        assertThat(exported.risk()).isGreaterThan(awsKey.risk());
        assertThat(secrets.get(0)).isIn(deployed, secrets.stream().filter(f -> f.id().endsWith(".a15b")).findFirst().orElseThrow());
    }

    @Test
    void should_put_an_open_function_url_whose_code_holds_a_payment_key_on_the_payment_path() {
        PortfolioFinding open = new PortfolioFindings(new ReportSettings("T", 365, 20, 10)).find(demoSnapshot()).stream()
                .filter(f -> f.id().equals("open-function-url.jada-booking-api")).findFirst().orElseThrow();

        assertThat(open.weighing().exposure()).containsExactlyInAnyOrder(Exposure.PUBLIC, Exposure.PAYMENT_PATH);
        assertThat(open.impact()).endsWith("; its code holds a live payment key, so a call can move money");
    }

    @Test
    void should_keep_an_open_function_url_without_payment_keys_public_only() {
        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(profile("jada", "JADA"),
                Facts.read(RUN.runId(), "portfolio", "inventory", "aws-inventory", "lambda", new InventoryFacts(List.of(BOOKING_API), List.of()),
                        List.of(), 0)));

        PortfolioFinding open = new PortfolioFindings(new ReportSettings("T", 365, 20, 10)).find(snapshot).stream()
                .filter(f -> f.id().equals("open-function-url.jada-booking-api")).findFirst().orElseThrow();

        assertThat(open.weighing().exposure()).containsExactly(Exposure.PUBLIC);
    }

    @Test
    void should_say_an_open_function_url_lets_any_website_call_it_when_its_cors_allows_every_origin() {
        InventoryFacts.Function anyOrigin = new InventoryFacts.Function("jada-booking-api", "jada", "nodejs16.x", true, 256, 10, 1000,
                "2024-02-11", List.of(), "https://x.lambda-url.us-west-2.on.aws/", "NONE", JADA_ZIP, List.of("*"));
        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(profile("jada", "JADA"),
                Facts.read(RUN.runId(), "portfolio", "inventory", "aws-inventory", "lambda", new InventoryFacts(List.of(anyOrigin), List.of()),
                        List.of(), 0)));

        PortfolioFinding open = new PortfolioFindings(new ReportSettings("T", 365, 20, 10)).find(snapshot).stream()
                .filter(f -> f.id().equals("open-function-url.jada-booking-api")).findFirst().orElseThrow();

        assertThat(open.title()).isEqualTo("Lambda function jada-booking-api has a public function URL with no authentication"
                + " (AuthType NONE) and CORS open to every website (AllowOrigins *)");
        assertThat(open.impact()).endsWith("; any web page can make its visitors' browsers call it, so the calls come from real"
                + " customers' addresses and cannot be blocked by IP");
    }

    @Test
    void should_name_the_payment_path_in_the_title_of_an_open_function_url_holding_a_payment_key() {
        PortfolioFinding open = new PortfolioFindings(new ReportSettings("T", 365, 20, 10)).find(demoSnapshot()).stream()
                .filter(f -> f.id().equals("open-function-url.jada-booking-api")).findFirst().orElseThrow();

        assertThat(open.title()).isEqualTo("Lambda function jada-booking-api, on the payment path, has a public function URL with no"
                + " authentication (AuthType NONE)");
    }

    @Test
    void should_say_a_secret_of_both_the_bucket_copy_and_the_deployed_package_once_as_deployed() {
        List<PortfolioFinding> secrets = secrets(withDeployedCode(new DeployedCodeFacts.Package("jada-booking-api", null, "c2hhLTE=", 2600,
                "2026-W45", List.of(secret("stripe-secret-key", "critical", "Stripe live secret key",
                "deployed package of Lambda jada-booking-api", "index.js", 8, "stripe", "f53a", "sk_l…"),
                secret("aws-access-key-id", "high", "AWS access key id", "deployed package of Lambda jada-booking-api", "src/config.js", 3,
                        "awsAccessKeyId", "77e1", "AKIA…")), null)));

        PortfolioFinding stripe = secrets.stream().filter(f -> f.id().endsWith(".f53a")).findFirst().orElseThrow();
        assertThat(stripe.title()).isEqualTo("Hardcoded Stripe live secret key sk_l… in index.js line 8 of the deployed package of Lambda"
                + " jada-booking-api");
        assertThat(stripe.where()).isEqualTo("deployed package of Lambda jada-booking-api → index.js line 8 (stripe) — fingerprint f53a");
        PortfolioFinding key = secrets.stream().filter(f -> f.id().endsWith(".77e1")).findFirst().orElseThrow();
        assertThat(key.title()).isEqualTo("Hardcoded AWS access key id AKIA… in src/config.js line 3 of the deployed package of Lambda"
                + " jada-booking-api");
        assertThat(key.business()).isEqualTo("JADA");
        assertThat(key.weighing().confidence()).as("in the code Lambda runs").isEqualTo(Confidence.MEASURED);
        assertThat(secrets).as("the demo's 6 and the deployed key").hasSize(7);
    }

    @Test
    void should_name_a_layer_by_its_name_and_version() {
        List<PortfolioFinding> secrets = secrets(withDeployedCode(new DeployedCodeFacts.Package("jada-booking-api",
                "arn:aws:lambda:us-west-2:482913765024:layer:shared:4", "c2hhLTI=", 900, "2026-W45", List.of(secret("github-token",
                        "high", "GitHub token", "Lambda layer shared:4", "nodejs/lib/gh.js", 2, null, "9a9a", "ghp_…")), null)));

        assertThat(secrets.stream().filter(f -> f.id().endsWith(".9a9a")).findFirst().orElseThrow().title())
                .isEqualTo("Hardcoded GitHub token ghp_… in nodejs/lib/gh.js line 2 of the Lambda layer shared:4");
    }

    @Test
    void should_call_a_deployed_package_it_could_not_scan_unaudited_for_its_function_only() {
        PortfolioSnapshot snapshot = withDeployedCode(new DeployedCodeFacts.Package("jada-booking-api", null, "c2hhLTM=", 157_286_400, null,
                List.of(), "not scanned: package is 157,286,400 bytes, above the 100 MB limit"));
        List<PortfolioFinding> found = new ArrayList<>();
        SecurityFindings.find(snapshot, found);

        PortfolioFinding gap = found.stream().filter(f -> f.id().startsWith("not-scanned.")).findFirst().orElseThrow();
        assertThat(gap.title()).isEqualTo("Deployed package of Lambda jada-booking-api could not be audited for secrets: package is"
                + " 157,286,400 bytes, above the 100 MB limit");
        assertThat(gap.business()).isEqualTo("JADA");
        assertThat(gap.where()).isEqualTo("deployed package of Lambda jada-booking-api (CodeSha256 c2hhLTM=)");
    }

    private static PortfolioSnapshot withDeployedCode(DeployedCodeFacts.Package p) {
        List<Facts> facts = new ArrayList<>(demoSnapshot().sources());
        facts.add(Facts.read(RUN.runId(), "portfolio", "deployed-code", "aws-lambda-code", "Lambda deployed code",
                new DeployedCodeFacts(List.of(p), "2026-W48", "k"), List.of(), 0));
        return new PortfolioSnapshot(RUN, facts);
    }

    /** The demo's secrets: 6 values in 7 places, one of them copied from a Lambda environment into an export. */
    private static PortfolioSnapshot demoSnapshot() {
        List<Secret> scanned = List.of(
                secret("aws-access-key-id", "high", "AWS access key id", REPOS_ENV, null, 4, "AWS_ACCESS_KEY_ID", "d546", "AKIA…"),
                secret("aws-secret-access-key", "critical", "AWS secret access key", REPOS_ENV, null, 5, "AWS_SECRET_ACCESS_KEY", "c597", "FAKE…"),
                secret("stripe-secret-key", "critical", "Stripe live secret key", REPOS_ENV, null, 6, "STRIPE_SECRET_KEY", "3b6b", "sk_l…"),
                secret("database-url", "high", "Database URL with an inline password", REPOS_ENV, null, 7, "DATABASE_URL", "3348", "post…"),
                secret("stripe-secret-key", "critical", "Stripe live secret key", EXPORT, null, 69, "STRIPE_SECRET_KEY", "a15b", "sk_l…"),
                secret("stripe-secret-key", "critical", "Stripe live secret key", JADA_ZIP, "index.js", 8, "stripe", "f53a", "sk_l…"));
        List<Secret> environment = List.of(secret("stripe-secret-key", "critical", "Stripe live secret key",
                "Lambda quickdumpnow-renewals environment", null, 4, "STRIPE_SECRET_KEY", "a15b", "sk_l…"));
        return new PortfolioSnapshot(RUN, List.of(profile("jada", "JADA"), profile("quickdumpnow", "QuickDumpNow"),
                Facts.read(RUN.runId(), "portfolio", "code", "s3-code-scan", "portfolio-code",
                        new SecurityFacts("portfolio-code", 3, 5, 0, scanned, List.of(), List.of()), List.of(), 0),
                Facts.read(RUN.runId(), "portfolio", "inventory", "aws-inventory", "lambda",
                        new InventoryFacts(List.of(BOOKING_API, RENEWALS), List.of(), environment), List.of(), 0)));
    }

    private static List<PortfolioFinding> secrets(PortfolioSnapshot snapshot) {
        List<PortfolioFinding> found = new ArrayList<>();
        SecurityFindings.find(snapshot, found);
        return found.stream().filter(f -> f.kind().equals("secret")).sorted(PortfolioFinding.WORST_FIRST).toList();
    }

    private static Secret secret(String rule, String severity, String description, String resource, String file, int line,
                                 String variable, String fingerprint, String preview) {
        return new Secret(rule, severity, description, resource, file, line, variable, fingerprint, preview);
    }

    private static Facts profile(String domain, String name) {
        return Facts.read(RUN.runId(), domain, "profile", "business", "routes/domains/" + domain + ".yaml",
                new BusinessProfile(name, "bookings", "Owner"), List.of(), 0);
    }
}
