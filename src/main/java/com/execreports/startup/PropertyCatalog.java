package com.execreports.startup;

import static com.execreports.startup.ValueFormat.allowlist;
import static com.execreports.startup.ValueFormat.anyText;
import static com.execreports.startup.ValueFormat.awsEndpoints;
import static com.execreports.startup.ValueFormat.awsRegion;
import static com.execreports.startup.ValueFormat.bool;
import static com.execreports.startup.ValueFormat.bucketName;
import static com.execreports.startup.ValueFormat.cron;
import static com.execreports.startup.ValueFormat.directory;
import static com.execreports.startup.ValueFormat.email;
import static com.execreports.startup.ValueFormat.emailList;
import static com.execreports.startup.ValueFormat.host;
import static com.execreports.startup.ValueFormat.keyPrefix;
import static com.execreports.startup.ValueFormat.kpiTarget;
import static com.execreports.startup.ValueFormat.offsetDateTime;
import static com.execreports.startup.ValueFormat.oneOf;
import static com.execreports.startup.ValueFormat.positiveDecimal;
import static com.execreports.startup.ValueFormat.snsTopicArn;
import static com.execreports.startup.ValueFormat.tableName;
import static com.execreports.startup.ValueFormat.text;
import static com.execreports.startup.ValueFormat.wholeNumber;
import static com.execreports.startup.ValueFormat.zone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.execreports.analysis.KpiNames;
import com.execreports.config.ServiceConfiguration;

/**
 * Every property the service reads, with what its value must look like and whether it must be set. A key under one
 * of the service's prefixes that is not listed here is a typo: the service would never read it. Adding a property
 * to the service is adding it here (PropertyCatalogTest fails for a key the routes, the Java or
 * application.properties use that is missing).
 */
public final class PropertyCatalog {

    /** The service's own key prefixes: everything under them is checked. {@code camel.*} is Camel's. */
    public static final List<String> PREFIXES = List.of("schedule.", "aws.", "sources.", "site.", "alarm.", "reports.", "kpi.target.",
            "mail.", "delivery.", "metrics.", "health.", "archive.", "security.", "portfolio.", "run.", "templates.", "alert.", "api.", "cluster.");

    static final String KPI_TARGET = "kpi.target.";
    // schedule.enabled.cron would read as a schedule named "enabled": these names are the service's own keys
    private static final Set<String> RESERVED_SCHEDULE_NAMES = Set.of("enabled", "cron", "timezone", "run-at-startup");

    /** @param required set in the file (or overridden): the service reads it without a fallback */
    record KnownProperty(String key, ValueFormat format, boolean required) {
    }

    private static final long MAX_INT = Integer.MAX_VALUE;

    private final Map<String, KnownProperty> known = new LinkedHashMap<>();

    private PropertyCatalog() {
        required("schedule.enabled", bool());
        // the single schedule of old (the schedule named weekly); the named schedules schedule.NAME.* replace it (ScheduleCheck)
        optional("schedule.cron", cron());
        optional("schedule.timezone", zone());
        required("schedule.run-at-startup", bool());
        optional("run.clock", offsetDateTime().orBlank("now"));
        optional("dry-run.dir", text());
        required("aws.region", awsRegion());
        optional("aws.endpoint", awsEndpoints().orBlank("real AWS"));
        required("aws.api-call-timeout-seconds", wholeNumber(1, 3600));
        required("sources.timeout-ms", wholeNumber(1, Long.MAX_VALUE));
        required("sources.read-budget-ms", wholeNumber(1, Long.MAX_VALUE));
        required("sources.s3-list-page-size", wholeNumber(1, 1000));
        required("sources.max-concurrency", wholeNumber(1, 64));
        required("sources.timezone", zone());
        for (String kind : com.execreports.sources.SourceKinds.ALL) {
            required(com.execreports.sources.SourceKinds.cronKey(kind), cron());
            // a year at most: facts older than that are no picture of the business
            required(com.execreports.sources.SourceKinds.maxAgeKey(kind), wholeNumber(1, 8760));
        }
        required("site.max-page-bytes", wholeNumber(1, MAX_INT));
        required("site.stale-copy-days", wholeNumber(1, MAX_INT));
        required("portfolio.name", text());
        required("alarm.renewal-failure-percent", wholeNumber(0, 100));
        required("alarm.uninvoiced-percent", wholeNumber(0, 100));
        required("alarm.untagged-spend-percent", wholeNumber(0, 100));
        required("alarm.runway-months", wholeNumber(0, MAX_INT));
        // a share of three months' earnings: above 100 means more than three months unpaid, still a threshold
        required("alarm.uncollected-percent", wholeNumber(0, MAX_INT));
        optional("alarm.function-error-percent", wholeNumber(0, 100));
        optional("alarm.function-p95-ms", wholeNumber(1, 900_000));
        optional("alarm.cdn-4xx-percent", wholeNumber(0, 100));
        optional("alarm.cdn-5xx-percent", wholeNumber(0, 100));
        optional("reports.max-words", wholeNumber(1, MAX_INT));
        // days from the as-of date to an action's due date, by its urgency (a year at most: a due date is a commitment)
        for (String urgency : java.util.List.of("critical", "high", "medium", "low")) {
            optional("reports.due-days." + urgency, wholeNumber(1, 366));
        }
        optional("security.fingerprint-key", anyText());
        optional("security.max-object-mb", wholeNumber(1, MAX_INT));
        for (String key : KpiNames.keys()) {
            optional(KPI_TARGET + key, kpiTarget());
        }
        required("mail.from", email());
        for (String role : ServiceConfiguration.ROLES) {
            required("mail.to." + role, emailList());
        }
        optional("mail.bcc", emailList().orBlank("no audit copy"));
        optional("mail.allowlist", allowlist());
        // the routes name it; blank leaves ops alerts to other channels. One address: the alert goes to exactly it
        required("mail.ops", email().orBlank("no e-mailed alert"));
        required("alert.sns-topic-arn", snsTopicArn().orBlank("ops alerts by SES only"));
        // how long the readiness checks keep an AWS answer (archive bucket, ledger table): one call per interval, not per probe
        required("health.aws-check-seconds", wholeNumber(1, 86_400));
        // names of environment variables (the tokens themselves are never in properties)
        optional("api.token-env", text());
        optional("api.read-token-env", text());
        required("delivery.ledger-table", tableName());
        required("delivery.lease-seconds", wholeNumber(1, MAX_INT));
        optional("delivery.poll-ms", wholeNumber(1, Long.MAX_VALUE));
        required("delivery.ses-max-retries", wholeNumber(0, 100));
        required("delivery.ses-retry-delay-ms", wholeNumber(1, Long.MAX_VALUE));
        required("delivery.ses-max-retry-delay-ms", wholeNumber(1, Long.MAX_VALUE));
        required("delivery.ses-call-timeout-seconds", wholeNumber(1, 3600));
        required("delivery.degraded", oneOf("send", "hold"));
        required("delivery.hold-hours", positiveDecimal());
        required("delivery.hold-recheck-seconds", wholeNumber(1, MAX_INT));
        required("delivery.max-message-bytes", wholeNumber(1, Long.MAX_VALUE));
        required("delivery.link-expiry-days", wholeNumber(1, 7));
        required("archive.bucket", bucketName());
        required("archive.prefix", keyPrefix());
        required("archive.facts-prefix", keyPrefix());
        required("templates.dir", directory());
        // which replica runs the schedules and the re-check (config.LeaderElection); every replica serves HTTP
        optional("cluster.service", oneOf("none", "file", "kubernetes"));
        optional("cluster.file.root", text());
        optional("cluster.lease-seconds", wholeNumber(1, 3600));
        optional("cluster.kubernetes.namespace", text().orBlank("the pod's own namespace"));
    }

    /** What a part of a named schedule (schedule.NAME.cron, .timezone, .roles, .period) must look like. */
    static ValueFormat schedulePart(String part) {
        return switch (part) {
            case "cron" -> cron();
            case "timezone" -> zone();
            case "roles" -> ValueFormat.roles();
            case "period" -> oneOf("day", "week", "month");
            default -> throw new IllegalArgumentException(part);
        };
    }

    public static PropertyCatalog service() {
        return new PropertyCatalog();
    }

    /** Whether a key is under one of the service's prefixes (and so must be a known one). */
    public static boolean ours(String key) {
        return PREFIXES.stream().anyMatch(key::startsWith);
    }

    /** A listed key, or a part of a named schedule (schedule.NAME.PART: any NAME, checked by ScheduleCheck). */
    Optional<KnownProperty> get(String key) {
        KnownProperty listed = known.get(key);
        if (listed != null) {
            return Optional.of(listed);
        }
        java.util.regex.Matcher m = com.execreports.schedule.Schedules.KEY.matcher(key);
        return m.matches() && !RESERVED_SCHEDULE_NAMES.contains(m.group(1))
                ? Optional.of(new KnownProperty(key, schedulePart(m.group(2)), false)) : Optional.empty();
    }

    /** Whether the service reads this key: a listed one or a part of a named schedule. */
    public boolean knows(String key) {
        return get(key).isPresent();
    }

    public Set<String> keys() {
        return known.keySet();
    }

    List<KnownProperty> all() {
        return List.copyOf(known.values());
    }

    private void required(String key, ValueFormat format) {
        known.put(key, new KnownProperty(key, format, true));
    }

    private void optional(String key, ValueFormat format) {
        known.put(key, new KnownProperty(key, format, false));
    }
}
