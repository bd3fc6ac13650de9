package com.execreports.sources;

import java.util.List;

/**
 * The source templates of routes/sources, by id: each polls on a timer of its own (sources.&lt;kind&gt;.cron) and its
 * facts stand for a scheduled run for sources.&lt;kind&gt;.max-age-hours. A template added is a kind added here
 * (SourceKindsTest compares this list with routes/sources).
 */
public final class SourceKinds {

    public static final List<String> ALL = List.of("aws-cost", "aws-iam", "aws-inventory", "aws-lambda-code", "aws-metrics", "aws-rds", "aws-ses", "business", "ddb-bookings", "ddb-operations",
            "ddb-subscriptions", "s3-channels", "s3-code-scan", "s3-cost-export", "s3-ddb-export", "s3-engineering-register",
            "s3-invoices", "s3-ledger", "s3-org-register", "s3-ses-events", "s3-site");

    private SourceKinds() {
    }

    public static String cronKey(String kind) {
        return "sources." + kind + ".cron";
    }

    public static String maxAgeKey(String kind) {
        return "sources." + kind + ".max-age-hours";
    }
}
