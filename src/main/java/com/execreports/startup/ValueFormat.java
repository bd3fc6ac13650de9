package com.execreports.startup;

import java.io.File;
import java.math.BigDecimal;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.execreports.analysis.KpiNames;
import com.execreports.config.AwsEndpoints;
import com.execreports.delivery.Recipients;

import org.quartz.CronExpression;

/**
 * What a property's value must look like. A refusal says what was expected, with a detail when one helps (the cron
 * parser's reason, the zone or region probably meant).
 *
 * @param expected  what a fitting value looks like, as the refusal says it
 * @param objection null when the value fits; otherwise a detail, or "" when there is none to add
 */
record ValueFormat(String expected, Function<String, String> objection) {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");
    private static final Pattern SNS_TOPIC = Pattern.compile("arn:aws(-[a-z]+)*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?");
    private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9/._-]*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]+");

    /** "expected …" when the value does not fit; empty when it does. */
    Optional<String> refuse(String value) {
        String detail = objection.apply(value);
        return detail == null ? Optional.empty() : Optional.of("expected " + expected + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }

    /** The same format, or blank for "not set" (the property's documented meaning of blank). */
    ValueFormat orBlank(String blankMeans) {
        return new ValueFormat(expected + ", or blank for " + blankMeans, v -> v.isBlank() ? null : objection.apply(v));
    }

    static ValueFormat wholeNumber(long min, long max) {
        String range = max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "a whole number of at least " + min
                : "a whole number from " + min + " to " + max;
        return new ValueFormat(range, v -> {
            if (!WHOLE.matcher(v).matches()) {
                return "";
            }
            try {
                long n = Long.parseLong(v);
                return n < min || n > max ? "" : null;
            } catch (NumberFormatException e) {
                return "";
            }
        });
    }

    static ValueFormat positiveDecimal() {
        return new ValueFormat("a positive number such as 12 or 1.5", v -> {
            try {
                return new BigDecimal(v).signum() > 0 ? null : "";
            } catch (NumberFormatException e) {
                return "";
            }
        });
    }

    static ValueFormat bool() {
        return new ValueFormat("true or false", v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null : "");
    }

    static ValueFormat oneOf(String... choices) {
        List<String> all = List.of(choices);
        return new ValueFormat("one of " + String.join(", ", all),
                v -> all.contains(v) ? null : NearestName.of(v, all).map(n -> "did you mean " + n + "?").orElse(""));
    }

    static ValueFormat text() {
        return new ValueFormat("a text", v -> v.isBlank() ? "" : null);
    }

    static ValueFormat anyText() {
        return new ValueFormat("any text", v -> null);
    }

    /** One address where one is expected (mail.from, mail.ops): a list or URI options in it are named as such. */
    static ValueFormat email() {
        return new ValueFormat("one plain email address such as reports@example.com",
                v -> Recipients.plainAddress(v) ? null : notOneAddress(v));
    }

    /** Why a value is not one plain address, when there is more to say than that. */
    private static String notOneAddress(String v) {
        if (Recipients.split(v.replace(';', ',')).size() > 1 || v.chars().filter(c -> c == '@').count() > 1) {
            return "it holds more than one address; give one";
        }
        if (v.contains("?") || v.contains("&")) {
            return "an address has no '?' or '&': they would add options to the SES endpoint";
        }
        if (v.chars().anyMatch(Character::isWhitespace)) {
            return "an address has no spaces";
        }
        if (v.contains("<") || v.contains(">")) {
            return "the address alone, without a display name or <>";
        }
        return "";
    }

    static ValueFormat emailList() {
        return new ValueFormat("plain email addresses separated by ',' such as ceo@example.com,coo@example.com", v -> {
            List<String> addresses = Recipients.split(v);
            if (addresses.isEmpty()) {
                return "none given";
            }
            return addresses.stream().filter(a -> !Recipients.plainAddress(a)).findFirst()
                    .map(a -> "'" + a.replaceAll("\\p{Cntrl}", "?") + "' is not one").orElse(null);
        });
    }

    static ValueFormat allowlist() {
        return new ValueFormat("addresses or whole domains separated by ',' such as example.com,cfo@example.org",
                v -> Recipients.split(v).stream().filter(a -> !Recipients.plainAddress(a) && !DOMAIN.matcher(a).matches())
                        .findFirst().map(a -> "'" + a.replaceAll("\\p{Cntrl}", "?") + "' is neither").orElse(null));
    }

    static ValueFormat cron() {
        return new ValueFormat("a Quartz cron expression (second minute hour day-of-month month day-of-week [year]) such as 0 0 7 ? * MON",
                v -> {
                    try {
                        CronExpression.validateExpression(v);
                        return null;
                    } catch (ParseException e) {
                        return String.valueOf(e.getMessage());
                    }
                });
    }

    /** The reports a schedule sends: some of the five roles, comma-separated. */
    static ValueFormat roles() {
        String all = String.join(",", com.execreports.config.ServiceConfiguration.ROLES);
        return new ValueFormat("some of " + all + ", comma-separated", v -> {
            if (v.isBlank()) {
                return "";
            }
            try {
                com.execreports.schedule.Schedules.roles(v);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
    }

    static ValueFormat zone() {
        return new ValueFormat("a time zone id such as America/Los_Angeles or UTC", v -> {
            try {
                ZoneId.of(v);
                return null;
            } catch (DateTimeException e) {
                return NearestName.of(v, ZoneId.getAvailableZoneIds()).map(n -> "did you mean " + n + "?").orElse("");
            }
        });
    }

    static ValueFormat offsetDateTime() {
        return new ValueFormat("an ISO offset date-time such as 2026-11-23T07:00:00-08:00", v -> {
            try {
                OffsetDateTime.parse(v);
                return null;
            } catch (DateTimeParseException e) {
                return "";
            }
        });
    }

    static ValueFormat awsRegion() {
        return new ValueFormat("an AWS region such as us-west-2", v -> {
            if (REGION.matcher(v).matches()) {
                return null;
            }
            List<String> known = software.amazon.awssdk.regions.Region.regions().stream().map(r -> r.id()).toList();
            return NearestName.of(v, known).map(n -> "did you mean " + n + "?").orElse("");
        });
    }

    static ValueFormat awsEndpoints() {
        return new ValueFormat("one http(s) URL for every service, or service=URL pairs separated by ',' (services: "
                + String.join(", ", AwsEndpoints.SERVICES) + ")", v -> {
                    List<String> problems = AwsEndpoints.problems(v);
                    return problems.isEmpty() ? null : String.join("; ", problems);
                });
    }

    /** The ARN is the one configured value still in an endpoint path (camel-aws2-sns reads the topic from no header). */
    static ValueFormat snsTopicArn() {
        return new ValueFormat("an SNS topic ARN such as arn:aws:sns:us-west-2:123456789012:exec-reports-ops",
                v -> SNS_TOPIC.matcher(v).matches() ? null : notAName(v, "an ARN"));
    }

    static ValueFormat bucketName() {
        return new ValueFormat("an S3 bucket name (3 to 63 lower-case letters, digits, '.' and '-')",
                v -> BUCKET.matcher(v).matches() ? null : notAName(v, "a bucket name"));
    }

    static ValueFormat tableName() {
        return new ValueFormat("a DynamoDB table name (3 to 255 letters, digits, '_', '-' and '.')",
                v -> TABLE.matcher(v).matches() ? null : notAName(v, "a table name"));
    }

    /** Names the character that would have made an AWS name into endpoint options or an expression, when one is there. */
    private static String notAName(String v, String what) {
        for (char c : new char[] {'?', '&', '#', '%', '{', '$', '\'', ' '}) {
            if (v.indexOf(c) >= 0) {
                return what + " has no " + (c == ' ' ? "spaces" : "'" + c + "'");
            }
        }
        return "";
    }

    /** Letters, digits, '/', '.', '_' and '-' only: camel-aws2-s3 runs a key holding '${' through the simple language. */
    static ValueFormat keyPrefix() {
        return new ValueFormat("an S3 key prefix such as reports/exec/ (letters, digits, '/', '.', '_' and '-', not starting with '/')",
                v -> !v.startsWith("/") && KEY_PREFIX.matcher(v).matches() ? null : notAName(v, "a key prefix"));
    }

    static ValueFormat host() {
        return new ValueFormat("a host name or IP address such as 127.0.0.1", v -> HOST.matcher(v).matches() ? null : "");
    }

    static ValueFormat directory() {
        return new ValueFormat("a directory", v -> new File(v).isDirectory() ? null : new File(v).getAbsolutePath() + " is not one");
    }

    static ValueFormat kpiTarget() {
        return new ValueFormat("a target such as '>= 30000' or '<= 0', in the KPI's own unit", v -> KpiNames.isTarget(v) ? null : "");
    }
}
