package com.execreports.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The IAM policy the sources of the domain files need, and nothing more: each template instance grants its own
 * actions on its own table or bucket (a template's default bucket when the domain file gives none); the account
 * reads (IAM, RDS, CloudWatch, SESv2, Cost Explorer, Lambda and CloudFront listings) are account-wide, resource {@code *}; a template
 * of {@link #PREFIX_TEMPLATES} is granted its prefix only (listing and reading the objects under it). The
 * delivery side (archive bucket, delivery ledger, SES sending, SNS alerts) is not a source: README, "Pointing it at
 * real AWS". Run by {@code bin/iam-policy}.
 */
public final class IamPolicy {

    /** Account-wide actions of each template (AWS offers no narrower resource for them). */
    static final Map<String, List<String>> ACCOUNT_ACTIONS = Map.of(
            "aws-inventory", List.of("lambda:ListFunctions", "lambda:GetFunctionUrlConfig", "lambda:ListTags",
                    "cloudfront:ListDistributions", "cloudfront:ListTagsForResource"),
            "aws-iam", List.of("iam:GenerateCredentialReport", "iam:GetCredentialReport"),
            "aws-rds", List.of("rds:DescribeDBInstances"),
            "aws-cost", List.of("ce:GetCostAndUsage", "ce:GetCostForecast"),
            "aws-lambda-code", List.of("lambda:ListFunctions", "lambda:GetFunction", "lambda:GetLayerVersion"),
            "aws-metrics", List.of("lambda:ListFunctions", "cloudfront:ListDistributions", "cloudwatch:GetMetricData"),
            "aws-ses", List.of("ses:GetAccount", "ses:ListSuppressedDestinations", "ses:ListConfigurationSets", "cloudwatch:GetMetricData"));

    /** S3 templates that read only under their {@code prefix}: granted on it, not on the whole bucket. */
    static final List<String> PREFIX_TEMPLATES = List.of("s3-ses-events");

    /** Templates reading a DynamoDB table by Scan. */
    static final List<String> TABLE_TEMPLATES = List.of("ddb-bookings", "ddb-subscriptions", "ddb-operations");

    private IamPolicy() {
    }

    /** @param args [routes dir [region]]: routes/ and us-west-2 by default */
    public static void main(String[] args) throws IOException {
        Path routes = Path.of(args.length > 0 ? args[0] : "routes");
        String region = args.length > 1 ? args[1] : "us-west-2";
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(of(routes, region)));
    }

    /** The policy document of the domain files under {@code routes/domains}, with the templates of {@code routes/sources}. */
    public static Map<String, Object> of(Path routes, String region) throws IOException {
        Map<String, Map<String, String>> defaults = new TreeMap<>();
        for (Map<?, ?> item : items(routes.resolve("sources"))) {
            if (item.get("routeTemplate") instanceof Map<?, ?> t) {
                Map<String, String> d = new LinkedHashMap<>();
                if (t.get("parameters") instanceof List<?> ps) {
                    ps.forEach(p -> {
                        if (p instanceof Map<?, ?> pm && pm.get("defaultValue") != null) {
                            d.put(String.valueOf(pm.get("name")), String.valueOf(pm.get("defaultValue")));
                        }
                    });
                }
                defaults.put(String.valueOf(t.get("id")), d);
            }
        }
        TreeSet<String> account = new TreeSet<>();
        TreeSet<String> tables = new TreeSet<>();
        TreeSet<String> buckets = new TreeSet<>();
        TreeSet<String> prefixedBuckets = new TreeSet<>();
        TreeSet<String> prefixes = new TreeSet<>();
        for (Map<?, ?> item : items(routes.resolve("domains"))) {
            if (!(item.get("templatedRoute") instanceof Map<?, ?> r)) {
                continue;
            }
            String template = String.valueOf(r.get("routeTemplateRef"));
            Map<String, String> params = new LinkedHashMap<>(defaults.getOrDefault(template, Map.of()));
            if (r.get("parameters") instanceof List<?> ps) {
                ps.forEach(p -> {
                    if (p instanceof Map<?, ?> pm) {
                        params.put(String.valueOf(pm.get("name")), String.valueOf(pm.get("value")));
                    }
                });
            }
            account.addAll(ACCOUNT_ACTIONS.getOrDefault(template, List.of()));
            if (TABLE_TEMPLATES.contains(template) && params.containsKey("table")) {
                tables.add("arn:aws:dynamodb:" + region + ":*:table/" + params.get("table"));
            } else if (PREFIX_TEMPLATES.contains(template) && params.containsKey("bucket")) {
                prefixedBuckets.add(params.get("bucket"));
                prefixes.add(params.get("bucket") + "/" + params.getOrDefault("prefix", ""));
            } else if (template.startsWith("s3-") && params.containsKey("bucket")) {
                buckets.add(params.get("bucket"));
            }
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        if (!account.isEmpty()) {
            statements.add(statement("AccountReads", List.copyOf(account), List.of("*")));
        }
        if (!tables.isEmpty()) {
            statements.add(statement("ScanTables", List.of("dynamodb:Scan"), List.copyOf(tables)));
        }
        if (!buckets.isEmpty()) {
            statements.add(statement("ListBuckets", List.of("s3:ListBucket"), buckets.stream().map(b -> "arn:aws:s3:::" + b).toList()));
            statements.add(statement("ReadObjects", List.of("s3:GetObject"), buckets.stream().map(b -> "arn:aws:s3:::" + b + "/*").toList()));
        }
        if (!prefixedBuckets.isEmpty()) {
            // ListBucket only for keys under the prefixes (s3:prefix), GetObject only on them
            Map<String, Object> list = statement("ListPrefixes", List.of("s3:ListBucket"),
                    prefixedBuckets.stream().map(b -> "arn:aws:s3:::" + b).toList());
            list.put("Condition", Map.of("StringLike", Map.of("s3:prefix",
                    prefixes.stream().map(p -> p.substring(p.indexOf('/') + 1) + "*").distinct().toList())));
            statements.add(list);
            statements.add(statement("ReadPrefixes", List.of("s3:GetObject"), prefixes.stream().map(p -> "arn:aws:s3:::" + p + "*").toList()));
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2012-10-17");
        policy.put("Statement", statements);
        return policy;
    }

    private static Map<String, Object> statement(String sid, List<String> actions, List<String> resources) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Sid", sid);
        s.put("Effect", "Allow");
        s.put("Action", actions);
        s.put("Resource", resources.size() == 1 ? resources.get(0) : resources);
        return s;
    }

    private static List<Map<?, ?>> items(Path dir) throws IOException {
        List<Map<?, ?>> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    if (new Load(LoadSettings.builder().build()).loadFromReader(r) instanceof List<?> list) {
                        list.stream().filter(Map.class::isInstance).map(i -> (Map<?, ?>) i).forEach(items::add);
                    }
                }
            }
        }
        return items;
    }
}
