package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The policy bin/iam-policy prints for the demo's domain files: each source's actions on its own resources, no more. */
class IamPolicyTest {

    @SuppressWarnings("unchecked")
    @Test
    void should_grant_each_template_its_actions_on_the_tables_and_buckets_the_domain_files_name() throws Exception {
        Map<String, Object> policy = IamPolicy.of(Path.of("routes"), "us-west-2");

        List<Map<String, Object>> statements = (List<Map<String, Object>>) policy.get("Statement");
        assertThat(statements).extracting(s -> s.get("Sid")).containsExactly("AccountReads", "ScanTables", "ListBuckets", "ReadObjects",
                "ListPrefixes", "ReadPrefixes");
        assertThat(statements.get(0).get("Action")).isEqualTo(List.of("ce:GetCostAndUsage", "ce:GetCostForecast", "cloudfront:ListDistributions", "cloudfront:ListTagsForResource",
                "cloudwatch:GetMetricData", "iam:GenerateCredentialReport", "iam:GetCredentialReport", "lambda:GetFunction",
                "lambda:GetFunctionUrlConfig", "lambda:GetLayerVersion", "lambda:ListFunctions", "lambda:ListTags", "rds:DescribeDBInstances", "ses:GetAccount", "ses:ListConfigurationSets",
                "ses:ListSuppressedDestinations"));
        assertThat(statements.get(0).get("Resource")).isEqualTo("*");
        assertThat(statements.get(1).get("Action")).isEqualTo(List.of("dynamodb:Scan"));
        assertThat((List<String>) statements.get(1).get("Resource")).contains("arn:aws:dynamodb:us-west-2:*:table/jada-bookings")
                .allMatch(arn -> arn.startsWith("arn:aws:dynamodb:us-west-2:*:table/"));
        assertThat((List<String>) statements.get(2).get("Resource")).contains("arn:aws:s3:::portfolio-org", "arn:aws:s3:::portfolio-code",
                "arn:aws:s3:::jada-site").doesNotContain("*");
        assertThat((List<String>) statements.get(3).get("Resource")).contains("arn:aws:s3:::portfolio-org/*");
        // the SES event records: their prefix only, listed and read, nothing else of the bucket
        assertThat((List<String>) statements.get(2).get("Resource")).doesNotContain("arn:aws:s3:::portfolio-ses-events");
        assertThat(statements.get(4).get("Action")).isEqualTo(List.of("s3:ListBucket"));
        assertThat(statements.get(4).get("Resource")).isEqualTo("arn:aws:s3:::portfolio-ses-events");
        assertThat(statements.get(4).get("Condition")).isEqualTo(Map.of("StringLike", Map.of("s3:prefix", List.of("ses-events/*"))));
        assertThat(statements.get(5).get("Action")).isEqualTo(List.of("s3:GetObject"));
        assertThat(statements.get(5).get("Resource")).isEqualTo("arn:aws:s3:::portfolio-ses-events/ses-events/*");
    }
}
