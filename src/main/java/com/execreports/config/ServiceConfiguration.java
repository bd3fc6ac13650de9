package com.execreports.config;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.ReportBook;
import com.execreports.analysis.ReportSettings;
import com.execreports.delivery.ArchivedReports;
import com.execreports.delivery.DeliveryLedger;
import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.DeliveryRetryBudget;
import com.execreports.delivery.Recipients;
import com.execreports.delivery.SesFailures;
import com.execreports.delivery.ReportEmail;
import com.execreports.delivery.RunDeliveries;
import com.execreports.sources.AwsInventory;
import com.execreports.sources.DdbPages;
import com.execreports.sources.FactsCollector;
import com.execreports.sources.FinanceTallies;
import com.execreports.sources.PortfolioTallies;
import com.execreports.sources.S3Objects;
import com.execreports.sources.SnapshotAssembler;
import com.execreports.sources.SourceCatalog;
import com.execreports.sources.SourceFacts;
import com.execreports.sources.SourceTallies;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;

import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ses.SesClient;

/** The beans the routes name, built from application.properties. */
@Configuration
public class ServiceConfiguration implements CamelConfiguration {

    static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    /** Runs before the routes load: a broken domain file stops start-up with a message naming it. */
    @Override
    public void configure(CamelContext camel) throws Exception {
        String pattern = camel.getPropertiesComponent().resolveProperty("camel.main.routes-include-pattern").orElse("");
        DomainFileCheck.check(pattern);
        // the scrape endpoint reads the registry's counters (the ones the routes and --once use) on each request
        String port = camel.getPropertiesComponent().resolveProperty("metrics.port").orElse("").trim();
        if (!port.isEmpty()) {
            String host = camel.getPropertiesComponent().resolveProperty("metrics.host").orElse("127.0.0.1").trim();
            camel.addService(new com.execreports.delivery.MetricsEndpoint(host, Integer.parseInt(port),
                    () -> camel.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class)), true, true);
        }
    }

    /** One place reads the AWS settings; every client below is built from it. */
    @BindToRegistry("awsClients")
    public AwsClients awsClients(@PropertyInject("aws.region") String region, @PropertyInject(value = "aws.endpoint", defaultValue = "") String endpoint,
                                 @PropertyInject("aws.api-call-timeout-seconds") int timeoutSeconds,
                                 @PropertyInject("delivery.ses-call-timeout-seconds") int sesTimeoutSeconds) {
        return new AwsClients(region, endpoint, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(sesTimeoutSeconds));
    }

    @BindToRegistry("s3Client")
    public S3Client s3Client(AwsClients awsClients) {
        return awsClients.s3();
    }

    @BindToRegistry("dynamoDbClient")
    public DynamoDbClient dynamoDbClient(AwsClients awsClients) {
        return awsClients.dynamoDb();
    }

    @BindToRegistry("sesClient")
    public SesClient sesClient(AwsClients awsClients) {
        return awsClients.ses();
    }

    @BindToRegistry("lambdaClient")
    public LambdaClient lambdaClient(AwsClients awsClients) {
        return awsClients.lambda();
    }

    @BindToRegistry("cloudFrontClient")
    public CloudFrontClient cloudFrontClient(AwsClients awsClients) {
        return awsClients.cloudFront();
    }

    @BindToRegistry("awsInventory")
    public AwsInventory awsInventory(LambdaClient lambdaClient, CloudFrontClient cloudFrontClient,
                                     com.execreports.security.SecretScanner secretScanner) {
        return new AwsInventory(lambdaClient, cloudFrontClient, secretScanner);
    }

    @BindToRegistry("financeTallies")
    public FinanceTallies financeTallies() {
        return new FinanceTallies();
    }

    @BindToRegistry("portfolioTallies")
    public PortfolioTallies portfolioTallies() {
        return new PortfolioTallies();
    }

    @BindToRegistry("freemarkerConfiguration")
    public freemarker.template.Configuration freemarkerConfiguration(@PropertyInject("templates.dir") String dir) throws IOException {
        return ReportTemplates.from(new File(dir));
    }

    @BindToRegistry("runClock")
    public RunClock runClock(@PropertyInject(value = "run.clock", defaultValue = "") String pinned,
                             @PropertyInject("schedule.timezone") String zone) {
        return new RunClock(pinned, ZoneId.of(zone));
    }

    @BindToRegistry("sourceCatalog")
    public SourceCatalog sourceCatalog(CamelContext camel) {
        return new SourceCatalog(camel);
    }

    @BindToRegistry("tallies")
    public SourceTallies tallies(@PropertyInject("site.stale-copy-days") int staleDays,
                                 @PropertyInject("site.max-page-bytes") int maxPageBytes) {
        return new SourceTallies(staleDays, maxPageBytes);
    }

    @BindToRegistry("sourceFacts")
    public SourceFacts sourceFacts() {
        return new SourceFacts();
    }

    @BindToRegistry("ddbSegments")
    public com.execreports.sources.DdbSegments ddbSegments(DynamoDbClient dynamoDbClient) {
        return new com.execreports.sources.DdbSegments(dynamoDbClient);
    }

    @BindToRegistry("ddbPages")
    public DdbPages ddbPages() {
        return new DdbPages();
    }

    @BindToRegistry("s3Objects")
    public S3Objects s3Objects(@PropertyInject("sources.s3-list-page-size") int pageSize) {
        return new S3Objects(pageSize);
    }

    @BindToRegistry("factsCollector")
    public FactsCollector factsCollector() {
        return new FactsCollector();
    }

    @BindToRegistry("snapshotAssembler")
    public SnapshotAssembler snapshotAssembler(@PropertyInject("sources.timeout-ms") long timeout) {
        return new SnapshotAssembler(timeout);
    }

    @BindToRegistry("snapshotJson")
    public SnapshotJson snapshotJson() {
        return new SnapshotJson();
    }

    @BindToRegistry("reportBook")
    public ReportBook reportBook(CamelContext camel, @PropertyInject("portfolio.name") String portfolio,
                                 @PropertyInject("site.stale-copy-days") int staleDays,
                                 @PropertyInject("alarm.renewal-failure-percent") int renewalAlarm,
                                 @PropertyInject("alarm.uninvoiced-percent") int uninvoicedAlarm,
                                 @PropertyInject("alarm.untagged-spend-percent") int untaggedAlarm,
                                 @PropertyInject("alarm.runway-months") int runwayMonths,
                                 @PropertyInject("alarm.uncollected-percent") int uncollectedAlarm) {
        java.util.Map<String, String> targets = new java.util.TreeMap<>();
        java.util.Properties all = camel.getPropertiesComponent().loadProperties();
        for (String name : all.stringPropertyNames()) {
            if (name.startsWith("kpi.target.")) {
                targets.put(name.substring("kpi.target.".length()), all.getProperty(name).trim());
            }
        }
        org.slf4j.LoggerFactory.getLogger(ServiceConfiguration.class).debug("KPI targets: {}", targets);
        return new ReportBook(new ReportSettings(portfolio, staleDays, renewalAlarm, uninvoicedAlarm, untaggedAlarm, runwayMonths,
                uncollectedAlarm, targets));
    }

    @BindToRegistry("operationsTallies")
    public com.execreports.sources.OperationsTallies operationsTallies() {
        return new com.execreports.sources.OperationsTallies();
    }

    @BindToRegistry("secretScanner")
    public com.execreports.security.SecretScanner secretScanner(@PropertyInject(value = "security.fingerprint-key", defaultValue = "") String key,
                                                                @PropertyInject(value = "security.max-object-mb", defaultValue = "100") long maxObjectMb) {
        if (key.isBlank()) {
            // without a configured key fingerprints still work within this process, but do not match across restarts
            org.slf4j.LoggerFactory.getLogger(ServiceConfiguration.class)
                    .warn("security.fingerprint-key is not set: secret fingerprints will not match across restarts");
            key = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
        }
        return new com.execreports.security.SecretScanner(com.execreports.security.SecretRules.bundled(),
                key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                com.execreports.security.ScanLimits.DEFAULTS.withMaxObjectBytes(maxObjectMb * 1024 * 1024));
    }

    @BindToRegistry("securityTallies")
    public com.execreports.sources.SecurityTallies securityTallies(com.execreports.security.SecretScanner secretScanner) {
        return new com.execreports.sources.SecurityTallies(secretScanner);
    }

    @BindToRegistry("leakGuard")
    public com.execreports.security.LeakGuard leakGuard(com.execreports.security.SecretScanner secretScanner) {
        return new com.execreports.security.LeakGuard(secretScanner);
    }

    @BindToRegistry("reportCharts")
    public com.execreports.charts.ReportCharts reportCharts() {
        return new com.execreports.charts.ReportCharts();
    }

    @BindToRegistry("reportEmail")
    public ReportEmail reportEmail(CamelContext camel, @PropertyInject("mail.from") String from,
                                   @PropertyInject(value = "mail.bcc", defaultValue = "") String bcc,
                                   @PropertyInject(value = "mail.allowlist", defaultValue = "") String allowlist,
                                   @PropertyInject(value = "mail.ops", defaultValue = "") String ops) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (String role : ROLES) {
            String to = camel.getPropertiesComponent().resolveProperty("mail.to." + role).orElse("");
            byRole.put(role, Recipients.split(to));
        }
        Recipients recipients = new Recipients(from, byRole, Recipients.split(bcc), Recipients.split(allowlist));
        // a broken role is refused when its report is sent (the others still go); say so at start-up already
        recipients.problems(ROLES).forEach(p -> org.slf4j.LoggerFactory.getLogger(ServiceConfiguration.class)
                .error("Delivery configuration: {} — that report will be refused", p));
        return new ReportEmail(recipients, ops.trim());
    }

    @BindToRegistry("amazonS3Presigner")
    public software.amazon.awssdk.services.s3.presigner.S3Presigner s3Presigner(AwsClients awsClients) {
        return awsClients.s3Presigner();
    }

    @BindToRegistry("deliveryMetrics")
    public DeliveryMetrics deliveryMetrics() {
        return new DeliveryMetrics();
    }

    @BindToRegistry("sesFailures")
    public SesFailures sesFailures() {
        return new SesFailures();
    }

    @BindToRegistry("archivedReports")
    public ArchivedReports archivedReports() {
        return new ArchivedReports();
    }

    @BindToRegistry("deliveryLedger")
    public DeliveryLedger deliveryLedger(CamelContext camel, @PropertyInject("delivery.ledger-table") String table,
                                         @PropertyInject("delivery.lease-seconds") long leaseSeconds,
                                         @PropertyInject("delivery.hold-hours") double holdHours,
                                         @PropertyInject(value = "delivery.poll-ms", defaultValue = "500") long pollMs,
                                         @PropertyInject("delivery.ses-max-retries") int retries,
                                         @PropertyInject("delivery.ses-max-retry-delay-ms") long maxDelayMs,
                                         @PropertyInject("delivery.ses-call-timeout-seconds") int callSeconds) {
        DeliveryRetryBudget.requireLeaseOutlastsRetries(leaseSeconds, retries, maxDelayMs, callSeconds);
        String owner = hostName() + "/" + ProcessHandle.current().pid() + "/" + java.util.UUID.randomUUID().toString().substring(0, 8);
        return new DeliveryLedger(camel.createProducerTemplate(), table, owner, Duration.ofSeconds(leaseSeconds),
                Duration.ofMillis(Math.round(holdHours * 3_600_000)), Duration.ofMillis(pollMs), java.time.Clock.systemUTC());
    }

    @BindToRegistry("deliveries")
    public RunDeliveries deliveries(ReportEmail reportEmail, @PropertyInject("archive.prefix") String prefix, DeliveryLedger deliveryLedger,
                                    DeliveryMetrics deliveryMetrics, @PropertyInject("delivery.degraded") String degraded) {
        boolean hold = switch (degraded.trim()) {
            case "send" -> false;
            case "hold" -> true;
            default -> throw new IllegalArgumentException("delivery.degraded = '" + degraded + "': expected send or hold");
        };
        return new RunDeliveries(reportEmail, prefix, deliveryLedger, deliveryMetrics, hold);
    }

    /** Runs before each SES retry (the retry policy's onRedelivery). */
    @BindToRegistry("sesRetry")
    public org.apache.camel.Processor sesRetry(CamelContext camel) {
        // looked up when called: the registry binds these beans in no fixed order
        return exchange -> camel.getRegistry().lookupByNameAndType("deliveries", RunDeliveries.class).retrying(exchange);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
