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
import com.execreports.delivery.ChartLinks;
import com.execreports.delivery.DeliveryLedger;
import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.DeliveryRetryBudget;
import com.execreports.delivery.Recipients;
import com.execreports.delivery.ReportDelivery;
import com.execreports.delivery.SesFailures;
import com.execreports.delivery.ReportEmail;
import com.execreports.delivery.RunEnding;
import com.execreports.sources.AwsInventory;
import com.execreports.sources.DdbPages;
import com.execreports.sources.FactsCollector;
import com.execreports.sources.S3Objects;
import com.execreports.sources.SnapshotAssembler;
import com.execreports.sources.SourceCatalog;
import com.execreports.sources.SourceFacts;

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

    /** The reports, in delivery order: each has its recipients (mail.to.ROLE) and its templates. */
    public static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    private final Map<String, Object> built = new java.util.HashMap<>();

    /** Runs before the routes load: a broken domain file stops start-up with a message naming it. */
    @Override
    public void configure(CamelContext camel) throws Exception {
        // Camel's start-up property summary masks only names it knows (password, token …), not security.fingerprint-key
        var extension = camel.getCamelContextExtension();
        String configured = extension.getAdditionalSensitiveKeywords();
        extension.setAdditionalSensitiveKeywords((configured == null || configured.isBlank() ? "" : configured + ",")
                + com.execreports.startup.SensitiveProperties.camelKeywords());
        String pattern = camel.getPropertiesComponent().resolveProperty("camel.main.routes-include-pattern").orElse("");
        DomainFileCheck.check(pattern);
        // one leader among replicas (cluster.service): the schedules and the re-check timer wait for the lead
        LeaderElection election = new LeaderElection(property(camel, "cluster.service", "none"), property(camel, "cluster.file.root", "cluster"),
                Integer.parseInt(property(camel, "cluster.lease-seconds", "15")), property(camel, "cluster.kubernetes.namespace", ""));
        election.install(camel);
        // the re-check route's consumer, in routes/pipeline.yaml: {{execreports.leader}}timer:hold-recheck
        camel.getPropertiesComponent().addInitialProperty("execreports.leader", election.consumerPrefix());
        var scheduleRoutes = new com.execreports.schedule.ScheduleRoutes(schedules(camel), election.consumerPrefix());
        camel.addRoutes(scheduleRoutes);
        // said once Camel runs, when schedule.enabled is final (--once overrides it): only a service with schedules says when they fire
        camel.getManagementStrategy().addEventNotifier(new org.apache.camel.support.SimpleEventNotifierSupport() {
            @Override
            public void notify(org.apache.camel.spi.CamelEvent event) {
                if (event instanceof org.apache.camel.spi.CamelEvent.CamelContextStartedEvent
                        && Boolean.parseBoolean(property(camel, "schedule.enabled", "true"))) {
                    scheduleRoutes.logNextRuns(java.time.Instant.now());
                }
            }
        });
    }

    /**
     * One place reads the AWS settings; every client below is built from it when first looked up (lazy: Camel binds
     * a Supplier). The camel-aws2-* components autowire theirs by type while the context initialises, and the
     * registry answers that lookup by building the client: S3 (and its presigner), DynamoDB, SES and Lambda are
     * still built at start-up; CloudFront and SNS wait for their first call.
     */
    @BindToRegistry("awsClients")
    public AwsClients awsClients(CamelContext camel) {
        return once("awsClients", () -> new AwsClients(required(camel, "aws.region"), property(camel, "aws.endpoint", ""),
                Duration.ofSeconds(Long.parseLong(required(camel, "aws.api-call-timeout-seconds"))),
                Duration.ofSeconds(Long.parseLong(required(camel, "delivery.ses-call-timeout-seconds")))));
    }

    @BindToRegistry(value = "s3Client", lazy = true)
    public S3Client s3Client(CamelContext camel) {
        return once("s3Client", () -> awsClients(camel).s3());
    }

    @BindToRegistry(value = "dynamoDbClient", lazy = true)
    public DynamoDbClient dynamoDbClient(CamelContext camel) {
        return once("dynamoDbClient", () -> awsClients(camel).dynamoDb());
    }

    @BindToRegistry(value = "sesClient", lazy = true)
    public SesClient sesClient(CamelContext camel) {
        return once("sesClient", () -> awsClients(camel).ses());
    }

    /** Built only when an alert topic is configured: a service without one needs no SNS endpoint. */
    @BindToRegistry(value = "snsClient", lazy = true)
    public software.amazon.awssdk.services.sns.SnsClient snsClient(CamelContext camel) {
        return once("snsClient", () -> awsClients(camel).sns());
    }

    @BindToRegistry(value = "opsAlertTopic", lazy = true)
    public com.execreports.delivery.OpsAlertTopic opsAlertTopic(CamelContext camel) {
        return new com.execreports.delivery.OpsAlertTopic(() -> snsClient(camel),
                camel.getPropertiesComponent().resolveProperty("alert.sns-topic-arn").orElse(""));
    }

    @BindToRegistry(value = "lambdaClient", lazy = true)
    public LambdaClient lambdaClient(CamelContext camel) {
        return once("lambdaClient", () -> awsClients(camel).lambda());
    }

    @BindToRegistry(value = "cloudFrontClient", lazy = true)
    public CloudFrontClient cloudFrontClient(CamelContext camel) {
        return once("cloudFrontClient", () -> awsClients(camel).cloudFront());
    }

    @BindToRegistry("awsInventory")
    public AwsInventory awsInventory(CamelContext camel) {
        return new AwsInventory(lambdaClient(camel), () -> cloudFrontClient(camel), secretScanner(camel));
    }

    /** The account-audit clients wait for their source's first read: a portfolio without the source never builds one. */
    @BindToRegistry(value = "iamClient", lazy = true)
    public software.amazon.awssdk.services.iam.IamClient iamClient(CamelContext camel) {
        return once("iamClient", () -> awsClients(camel).iam());
    }

    @BindToRegistry(value = "rdsClient", lazy = true)
    public software.amazon.awssdk.services.rds.RdsClient rdsClient(CamelContext camel) {
        return once("rdsClient", () -> awsClients(camel).rds());
    }

    @BindToRegistry(value = "cloudWatchClient", lazy = true)
    public software.amazon.awssdk.services.cloudwatch.CloudWatchClient cloudWatchClient(CamelContext camel) {
        return once("cloudWatchClient", () -> awsClients(camel).cloudWatch());
    }

    @BindToRegistry(value = "sesV2Client", lazy = true)
    public software.amazon.awssdk.services.sesv2.SesV2Client sesV2Client(CamelContext camel) {
        return once("sesV2Client", () -> awsClients(camel).sesV2());
    }

    @BindToRegistry(value = "costExplorerClient", lazy = true)
    public software.amazon.awssdk.services.costexplorer.CostExplorerClient costExplorerClient(CamelContext camel) {
        return once("costExplorerClient", () -> awsClients(camel).costExplorer());
    }

    /** Carries the closed months from the source's own archived facts: each Cost Explorer request is billed. */
    @BindToRegistry("costExplorer")
    public com.execreports.sources.CostExplorer costExplorer(CamelContext camel) {
        return new com.execreports.sources.CostExplorer(() -> costExplorerClient(camel), archivedFacts(camel));
    }

    @BindToRegistry("iamCredentials")
    public com.execreports.sources.IamCredentialReport iamCredentials(CamelContext camel) {
        return new com.execreports.sources.IamCredentialReport(() -> iamClient(camel));
    }

    @BindToRegistry("rdsInstances")
    public com.execreports.sources.RdsInstances rdsInstances(CamelContext camel) {
        return new com.execreports.sources.RdsInstances(() -> rdsClient(camel));
    }

    @BindToRegistry("functionMetrics")
    public com.execreports.sources.FunctionMetrics functionMetrics(CamelContext camel) {
        // the us-east-1 client is not bound: the registry keeps one CloudWatchClient, for components autowiring by type
        return new com.execreports.sources.FunctionMetrics(lambdaClient(camel), () -> cloudWatchClient(camel),
                () -> cloudFrontClient(camel), () -> once("cloudWatchUsEast1Client", () -> awsClients(camel).cloudWatchUsEast1()));
    }

    /** The code Lambda runs, remembered in the facts archive by CodeSha256; its Lambda client is its own (see AwsClients#lambdaCode). */
    @BindToRegistry("deployedCode")
    public com.execreports.sources.DeployedCode deployedCode(CamelContext camel) {
        return new com.execreports.sources.DeployedCode(() -> once("lambdaCodeClient", () -> awsClients(camel).lambdaCode()),
                secretScanner(camel), new com.execreports.sources.RememberedPackages(s3Client(camel), required(camel, "archive.bucket"),
                required(camel, "archive.facts-prefix"), snapshotJson()));
    }

    @BindToRegistry("sesAccount")
    public com.execreports.sources.SesAccount sesAccount(CamelContext camel) {
        return new com.execreports.sources.SesAccount(() -> sesV2Client(camel), () -> cloudWatchClient(camel));
    }

    @BindToRegistry("freemarkerConfiguration")
    public freemarker.template.Configuration freemarkerConfiguration(@PropertyInject("templates.dir") String dir) throws IOException {
        return ReportTemplates.from(new File(dir));
    }

    @BindToRegistry("runClock")
    public RunClock runClock(CamelContext camel) {
        return once("runClock", () -> new RunClock(property(camel, "run.clock", ""), schedules(camel)));
    }

    /** The schedules of properties schedule.NAME.* (or the single schedule.cron), each fired by its own route. */
    @BindToRegistry("schedules")
    public com.execreports.schedule.Schedules schedules(CamelContext camel) {
        return once("schedules", () -> {
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            camel.getPropertiesComponent().loadProperties(k -> k.startsWith("schedule.")).stringPropertyNames().stream().sorted()
                    .forEach(keys::add);
            System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("schedule.")).sorted().forEach(keys::add);
            return com.execreports.schedule.Schedules.read(keys, k -> camel.getPropertiesComponent().resolveProperty(k));
        });
    }

    @BindToRegistry("sourceCatalog")
    public SourceCatalog sourceCatalog(CamelContext camel) {
        return new SourceCatalog(camel);
    }

    /** Opens the fold of each DynamoDB source template's poll. */
    @BindToRegistry("ddbTallyFactory")
    public com.execreports.sources.DdbTallyFactory ddbTallyFactory() {
        return new com.execreports.sources.DdbTallyFactory();
    }

    /** Opens the fold of each S3 source template's poll. */
    @BindToRegistry("s3TallyFactory")
    public com.execreports.sources.S3TallyFactory s3TallyFactory(CamelContext camel,
                                                                @PropertyInject("site.stale-copy-days") int staleDays,
                                                                @PropertyInject("site.max-page-bytes") int maxPageBytes) {
        return new com.execreports.sources.S3TallyFactory(staleDays, maxPageBytes,
                com.execreports.sources.S3TallyFactory.DEFAULT_MAX_ROW_BYTES, secretScanner(camel));
    }

    @BindToRegistry("sourceFacts")
    public SourceFacts sourceFacts(CamelContext camel, @PropertyInject("sources.read-budget-ms") long readBudgetMillis) {
        RunClock clock = runClock(camel);
        DeliveryMetrics metrics = deliveryMetrics(camel);
        com.execreports.api.LastSourceReads reads = lastSourceReads();
        return new SourceFacts(secretScanner(camel).valueRedaction(), readBudgetMillis, (source, took, items) -> {
            metrics.sourceRead(source, took, items);
            reads.read(source, items);
        }, clock::newRun);
    }

    @BindToRegistry("latestFacts")
    public com.execreports.sources.LatestFacts latestFacts(CamelContext camel) {
        return once("latestFacts", com.execreports.sources.LatestFacts::new);
    }

    /** Each source kind's freshness limit, sources.&lt;kind&gt;.max-age-hours (checked at start-up). */
    @BindToRegistry("sourceFreshness")
    public com.execreports.sources.SourceFreshness sourceFreshness(CamelContext camel) {
        return once("sourceFreshness", () -> {
            java.util.Map<String, java.time.Duration> limits = new java.util.HashMap<>();
            for (String kind : com.execreports.sources.SourceKinds.ALL) {
                limits.put(kind, java.time.Duration.ofHours(Long.parseLong(required(camel,
                        com.execreports.sources.SourceKinds.maxAgeKey(kind)).trim())));
            }
            return new com.execreports.sources.SourceFreshness(limits, java.time.Duration.ofHours(48));
        });
    }

    @BindToRegistry("archivedFacts")
    public com.execreports.sources.ArchivedFacts archivedFacts(CamelContext camel) {
        return new com.execreports.sources.ArchivedFacts(s3Client(camel), required(camel, "archive.bucket"),
                required(camel, "archive.facts-prefix"), snapshotJson(), latestFacts(camel));
    }

    @BindToRegistry("sourcePolls")
    public com.execreports.sources.SourcePolls sourcePolls(CamelContext camel) {
        return new com.execreports.sources.SourcePolls(camel, latestFacts(camel), sourceFreshness(camel), snapshotJson(),
                required(camel, "archive.facts-prefix"));
    }

    /** Each source's items on its last read, for the state of a run started through the API. */
    @BindToRegistry("lastSourceReads")
    public com.execreports.api.LastSourceReads lastSourceReads() {
        return once("lastSourceReads", com.execreports.api.LastSourceReads::new);
    }

    /**
     * The API's tokens, from the environment variables named by api.token-env and api.read-token-env (never a file).
     * Without a token the API and the browser answer 503: said at start, naming the variable (never a value).
     */
    @BindToRegistry("apiGate")
    public com.execreports.api.ApiGate apiGate(CamelContext camel) {
        var tokens = new com.execreports.api.ApiTokens(property(camel, "api.token-env", "EXEC_REPORTS_API_TOKEN"),
                property(camel, "api.read-token-env", ""), System::getenv);
        boolean serving = Boolean.parseBoolean(property(camel, "camel.server.enabled", "false"));
        if (serving && !tokens.enabled()) {
            org.slf4j.LoggerFactory.getLogger(ServiceConfiguration.class).warn(
                    "API and report browser disabled (they answer 503): environment variable {} (api.token-env) holds no token",
                    tokens.tokenVariable());
        }
        return new com.execreports.api.ApiGate(tokens);
    }

    /** platform-http's header filter, keeping the request's credentials out of the Camel headers (routes/api.yaml). */
    @BindToRegistry("apiHeaderFilter")
    public com.execreports.api.CredentialHeaderFilter apiHeaderFilter() {
        return new com.execreports.api.CredentialHeaderFilter();
    }

    /** Runs started through the API: queued on seda:api-runs, joined while one of the same period is in flight. */
    @BindToRegistry("apiRuns")
    public com.execreports.api.ApiRuns apiRuns(CamelContext camel) {
        return new com.execreports.api.ApiRuns(runClock(camel), schedules(camel), camel.createProducerTemplate(), lastSourceReads());
    }

    /** The report browser and GET /api/runs, reading the archive bucket. */
    @BindToRegistry("reportBrowser")
    public com.execreports.api.ReportBrowser reportBrowser(CamelContext camel) {
        var archive = new com.execreports.api.ArchiveReader(s3Client(camel), required(camel, "archive.bucket"), required(camel, "archive.prefix"));
        return new com.execreports.api.ReportBrowser(archive, new SnapshotJson(), new com.execreports.api.PeriodKpis(reportBook(camel)));
    }

    @BindToRegistry("ddbSegments")
    public com.execreports.sources.DdbSegments ddbSegments(CamelContext camel) {
        return new com.execreports.sources.DdbSegments(dynamoDbClient(camel));
    }

    @BindToRegistry("bookingMappings")
    public com.execreports.sources.BookingMappings bookingMappings() {
        return new com.execreports.sources.BookingMappings();
    }

    @BindToRegistry("ddbExports")
    public com.execreports.sources.DdbExports ddbExports(CamelContext camel) {
        return new com.execreports.sources.DdbExports(s3Client(camel));
    }

    @BindToRegistry("ddbPages")
    public DdbPages ddbPages() {
        return new DdbPages();
    }

    @BindToRegistry("s3Objects")
    public S3Objects s3Objects(@PropertyInject("sources.s3-list-page-size") int pageSize) {
        return new S3Objects(pageSize);
    }

    /**
     * The threads that read a run's sources: at most sources.max-concurrency at once, the others wait their turn (inside
     * sources.timeout-ms). A DynamoDB source's parallel segments run on threads of their own, besides these.
     */
    @BindToRegistry("sourceReaders")
    public java.util.concurrent.ExecutorService sourceReaders(CamelContext camel, @PropertyInject("sources.max-concurrency") int max) {
        return camel.getExecutorServiceManager().newFixedThreadPool(this, "source-reader", max);
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

    @BindToRegistry("actionRecordJson")
    public ActionRecordJson actionRecordJson() {
        return new ActionRecordJson();
    }

    @BindToRegistry("reportBook")
    public ReportBook reportBook(CamelContext camel) {
        // built once: the report browser's KPI comparison computes its figures with the same book as the runs
        return once("reportBook", () -> {
            java.util.Map<String, String> targets = new java.util.TreeMap<>();
            // resolved key by key, so a -D or environment override counts as for every other property
            for (String key : com.execreports.analysis.KpiNames.keys()) {
                camel.getPropertiesComponent().resolveProperty("kpi.target." + key).ifPresent(v -> targets.put(key, v.trim()));
            }
            org.slf4j.LoggerFactory.getLogger(ServiceConfiguration.class).debug("KPI targets: {}", targets);
            return new ReportBook(new ReportSettings(required(camel, "portfolio.name"), number(camel, "site.stale-copy-days", null),
                    number(camel, "alarm.renewal-failure-percent", null), number(camel, "alarm.uninvoiced-percent", null),
                    number(camel, "alarm.untagged-spend-percent", null), number(camel, "alarm.runway-months", null),
                    number(camel, "alarm.uncollected-percent", null), targets, number(camel, "alarm.function-error-percent", 1),
                    number(camel, "alarm.function-p95-ms", 3000), number(camel, "alarm.cdn-4xx-percent", 10),
                    number(camel, "alarm.cdn-5xx-percent", 1)),
                    new com.execreports.analysis.DueDates(number(camel, "reports.due-days.critical", 7), number(camel, "reports.due-days.high", 14),
                            number(camel, "reports.due-days.medium", 30), number(camel, "reports.due-days.low", 60)));
        });
    }

    /** A whole-number property; required when there is no fallback. */
    private static int number(CamelContext camel, String name, Integer fallback) {
        return Integer.parseInt(fallback == null ? required(camel, name) : property(camel, name, fallback.toString()));
    }

    /** Cuts a report over reports.max-words to a brief, measuring each candidate on its rendered text part. */
    @BindToRegistry("readingBudget")
    public com.execreports.analysis.ReadingBudget readingBudget(
            @PropertyInject(value = "reports.max-words", defaultValue = "1200") int maxWords,
            @PropertyInject("templates.dir") String dir) throws IOException {
        return new com.execreports.analysis.ReadingBudget(maxWords, new ReportTextPart(ReportTemplates.from(new File(dir))));
    }

    @BindToRegistry("secretScanner")
    public com.execreports.security.SecretScanner secretScanner(CamelContext camel) {
        return once("secretScanner", () -> {
            String key = property(camel, "security.fingerprint-key", "");
            long maxObjectMb = Long.parseLong(property(camel, "security.max-object-mb", "100"));
            if (key.isBlank()) {
                // without a configured key fingerprints still work within this process, but do not match across restarts
                org.slf4j.LoggerFactory.getLogger(ServiceConfiguration.class)
                        .warn("security.fingerprint-key is not set: secret fingerprints will not match across restarts");
                key = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
            }
            var scanner = new com.execreports.security.SecretScanner(com.execreports.security.SecretRules.bundled(),
                    key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    com.execreports.security.ScanLimits.DEFAULTS.withMaxObjectBytes(maxObjectMb * 1024 * 1024));
            // log lines name a secret by the same fingerprint as its finding in the reports
            com.execreports.security.LogRedaction.use(scanner.valueRedaction());
            return scanner;
        });
    }

    @BindToRegistry("leakGuard")
    public com.execreports.security.LeakGuard leakGuard(CamelContext camel) {
        DeliveryMetrics metrics = deliveryMetrics(camel);
        return new com.execreports.security.LeakGuard(secretScanner(camel), what -> metrics.count(
                com.execreports.security.LeakGuard.REPORT.equals(what) ? DeliveryMetrics.LEAK_GUARD_REPORTS_BLOCKED
                        : DeliveryMetrics.LEAK_GUARD_OBJECTS_WITHHELD));
    }

    @BindToRegistry("reportCharts")
    public com.execreports.charts.ReportCharts reportCharts() {
        return new com.execreports.charts.ReportCharts();
    }

    @BindToRegistry("reportEmail")
    public ReportEmail reportEmail(CamelContext camel) {
        return once("reportEmail", () -> {
            Map<String, List<String>> byRole = new LinkedHashMap<>();
            for (String role : ROLES) {
                byRole.put(role, Recipients.split(property(camel, "mail.to." + role, "")));
            }
            Recipients recipients = new Recipients(required(camel, "mail.from"), byRole, Recipients.split(property(camel, "mail.bcc", "")),
                    Recipients.split(property(camel, "mail.allowlist", "")));
            // a broken role is refused when its report is sent (the others still go); say so at start-up already
            recipients.problems(ROLES).forEach(p -> org.slf4j.LoggerFactory.getLogger(ServiceConfiguration.class)
                    .error("Delivery configuration: {} — that report will be refused", p));
            return new ReportEmail(recipients, property(camel, "mail.ops", ""));
        });
    }

    @BindToRegistry(value = "amazonS3Presigner", lazy = true)
    public software.amazon.awssdk.services.s3.presigner.S3Presigner s3Presigner(CamelContext camel) {
        return once("amazonS3Presigner", () -> awsClients(camel).s3Presigner());
    }

    /**
     * The service's meters live in Camel's Prometheus registry (camel-micrometer-prometheus binds it as
     * {@code metricsRegistry} and serves it at /observe/metrics): whichever of the two asks first creates it, so the
     * scrape, --once and metrics.json read one set of numbers, and --once (no HTTP server) still counts.
     */
    @BindToRegistry("deliveryMetrics")
    public DeliveryMetrics deliveryMetrics(CamelContext camel) {
        return once("deliveryMetrics", () -> {
            String name = org.apache.camel.component.micrometer.MicrometerConstants.METRICS_REGISTRY_NAME;
            io.micrometer.core.instrument.MeterRegistry registry = camel.getRegistry().lookupByNameAndType(name,
                    io.micrometer.core.instrument.MeterRegistry.class);
            if (registry == null) {
                registry = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
                camel.getRegistry().bind(name, registry);
            }
            return new DeliveryMetrics(registry, instanceName());
        });
    }

    /** Readiness: the archive bucket answers (HeadBucket), at most one call per health.aws-check-seconds. */
    @BindToRegistry("archive-bucket")
    public org.apache.camel.health.HealthCheck archiveReadiness(CamelContext camel) {
        String bucket = required(camel, "archive.bucket");
        S3Client s3 = s3Client(camel);
        return new com.execreports.health.ReachableCheck("archive-bucket", "archive bucket " + bucket,
                () -> s3.headBucket(b -> b.bucket(bucket)), awsCheckInterval(camel));
    }

    /**
     * Readiness: the delivery ledger table answers (DescribeTable), at most one call per health.aws-check-seconds. A
     * missing table is created first, as a run would, so a new deployment becomes ready before its first run.
     */
    @BindToRegistry("delivery-ledger")
    public org.apache.camel.health.HealthCheck ledgerReadiness(CamelContext camel) {
        String table = required(camel, "delivery.ledger-table");
        DynamoDbClient dynamoDb = dynamoDbClient(camel);
        DeliveryLedger ledger = deliveryLedger(camel);
        return new com.execreports.health.ReachableCheck("delivery-ledger", "delivery ledger table " + table, () -> {
            ledger.requireReachable();
            dynamoDb.describeTable(b -> b.tableName(table));
        }, awsCheckInterval(camel));
    }

    private static Duration awsCheckInterval(CamelContext camel) {
        return Duration.ofSeconds(Long.parseLong(property(camel, "health.aws-check-seconds", "30")));
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
    public DeliveryLedger deliveryLedger(CamelContext camel) {
        return once("deliveryLedger", () -> {
            long leaseSeconds = Long.parseLong(required(camel, "delivery.lease-seconds"));
            DeliveryRetryBudget.requireLeaseOutlastsRetries(leaseSeconds, Integer.parseInt(required(camel, "delivery.ses-max-retries")),
                    Long.parseLong(required(camel, "delivery.ses-max-retry-delay-ms")),
                    Integer.parseInt(required(camel, "delivery.ses-call-timeout-seconds")));
            double holdHours = Double.parseDouble(required(camel, "delivery.hold-hours"));
            return new DeliveryLedger(camel.createProducerTemplate(), required(camel, "delivery.ledger-table"),
                    awsClients(camel).location("dynamodb"), instanceName(),
                    Duration.ofSeconds(leaseSeconds), Duration.ofMillis(Math.round(holdHours * 3_600_000)),
                    Duration.ofMillis(Long.parseLong(property(camel, "delivery.poll-ms", "500"))),
                    new com.execreports.delivery.LedgerClock(camel.getRegistry()));
        });
    }

    /** Where a period's objects live in the archive (archive.prefix). */
    @BindToRegistry("archiveLayout")
    public com.execreports.delivery.ArchiveLayout archiveLayout(CamelContext camel) {
        return once("archiveLayout", () -> new com.execreports.delivery.ArchiveLayout(required(camel, "archive.prefix")));
    }

    /** Where --dry-run writes what a run would archive and send (dry-run.dir, relative to the working directory). */
    @BindToRegistry(value = "dryRun", lazy = true)
    public com.execreports.delivery.DryRun dryRun(CamelContext camel) {
        return new com.execreports.delivery.DryRun(java.nio.file.Path.of(property(camel, "dry-run.dir", "dry-run")),
                archiveLayout(camel), reportEmail(camel));
    }

    /** The steps of one report's delivery (routes/delivery.yaml): ledger, run's record, metrics, alerts. */
    @BindToRegistry("reportDelivery")
    public ReportDelivery reportDelivery(CamelContext camel) {
        return once("reportDelivery", () -> {
            String degraded = required(camel, "delivery.degraded");
            boolean hold = switch (degraded) {
                case "send" -> false;
                case "hold" -> true;
                default -> throw new IllegalArgumentException("delivery.degraded = '" + degraded + "': expected send or hold");
            };
            return new ReportDelivery(reportEmail(camel), archiveLayout(camel), deliveryLedger(camel), deliveryMetrics(camel), hold);
        });
    }

    /** Every run's end: its verdict logged and counted, ops alerted of missing sources or a failed run. */
    @BindToRegistry("runEnding")
    public RunEnding runEnding(CamelContext camel) {
        return once("runEnding", () -> new RunEnding(deliveryMetrics(camel), instanceName()));
    }

    /** Pre-signed chart links of a report too large for SES; their lifetime is checked here, at start-up. */
    @BindToRegistry("chartLinks")
    public ChartLinks chartLinks(CamelContext camel) {
        return new ChartLinks(Integer.parseInt(required(camel, "delivery.link-expiry-days")));
    }

    /** Runs before each SES retry (the retry policy's onRedelivery). */
    @BindToRegistry("sesRetry")
    public org.apache.camel.Processor sesRetry(CamelContext camel) {
        return reportDelivery(camel)::retrying;
    }

    /** This process in the ledger (a claim's owner), alerts and metrics.json: host, pid and a random tag. */
    private String instanceName() {
        return once("instanceName", () -> hostName() + "/" + ProcessHandle.current().pid() + "/"
                + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * Camel binds these beans in no fixed order and resolves a bean parameter only if that bean is bound already; so
     * shared beans are built here once, on first use, and every method that needs one asks for it directly.
     */
    private synchronized <T> T once(String name, java.util.function.Supplier<T> build) {
        @SuppressWarnings("unchecked")
        T bean = (T) built.get(name);
        if (bean == null) {
            bean = build.get();
            built.put(name, bean);
        }
        return bean;
    }

    private static String property(CamelContext camel, String name, String fallback) {
        return camel.getPropertiesComponent().resolveProperty(name).map(String::trim).orElse(fallback);
    }

    private static String required(CamelContext camel, String name) {
        return camel.getPropertiesComponent().resolveProperty(name).map(String::trim)
                .orElseThrow(() -> new IllegalArgumentException("property " + name + " is not set (see application.properties)"));
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
