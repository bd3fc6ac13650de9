package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void should_accept_a_quartz_cron_and_refuse_one_quartz_cannot_run_with_its_reason() {
        assertThat(ValueFormat.cron().refuse("0 0 7 ? * MON")).isEmpty();
        assertThat(ValueFormat.cron().refuse("0 0 7 * * MON")).get().asString()
                .startsWith("expected a Quartz cron expression (second minute hour day-of-month month day-of-week [year]) such as 0 0 7 ? * MON")
                .contains("day-of-week AND a day-of-month");
        assertThat(ValueFormat.cron().refuse("0 7 * * 1")).isPresent();
    }

    @Test
    void should_refuse_an_unknown_zone_suggesting_the_one_probably_meant() {
        assertThat(ValueFormat.zone().refuse("America/Los_Angeles")).isEmpty();
        assertThat(ValueFormat.zone().refuse("UTC")).isEmpty();
        assertThat(ValueFormat.zone().refuse("America/Los_Angles")).contains(
                "expected a time zone id such as America/Los_Angeles or UTC (did you mean America/Los_Angeles?)");
        // Quartz would quietly run a zone it does not know in GMT
        assertThat(ValueFormat.zone().refuse("PST")).isPresent();
    }

    @Test
    void should_accept_one_url_or_one_per_service_and_refuse_a_malformed_override() {
        ValueFormat endpoints = ValueFormat.awsEndpoints().orBlank("real AWS");
        assertThat(endpoints.refuse("")).isEmpty();
        assertThat(endpoints.refuse("http://127.0.0.1:4566")).isEmpty();
        assertThat(endpoints.refuse("s3=http://a:1,dynamodb=http://a:2,ses=https://b,lambda=http://a:3,cloudfront=http://a:3")).isEmpty();
        assertThat(endpoints.refuse("127.0.0.1:4566")).get().asString().contains("'127.0.0.1:4566' is not an http(s) URL with a host");
        assertThat(endpoints.refuse("s3=http://a:1,dynamodb=htp//a:2,ses=http://b,lambda=http://a:3,cloudfront=http://a:3")).get().asString()
                .contains("'htp//a:2' for dynamodb is not an http(s) URL with a host");
        assertThat(endpoints.refuse("s3=http://a:1,sqs=http://a:2")).contains("expected one http(s) URL for every service, or service=URL"
                + " pairs separated by ',' (services: s3, dynamodb, ses, sns, lambda, cloudfront, iam, rds,"
                + " cloudwatch, sesv2, ce), or blank for real AWS ('sqs' is not a"
                + " service it calls)");
    }

    @Test
    void should_refuse_buckets_tables_and_topic_arns_carrying_uri_options_or_expressions_naming_the_character() {
        assertThat(ValueFormat.bucketName().refuse("exec-reports-archive")).isEmpty();
        assertThat(ValueFormat.bucketName().refuse("exec-reports-archive?x=1")).contains("expected an S3 bucket name (3 to 63"
                + " lower-case letters, digits, '.' and '-') (a bucket name has no '?')");
        assertThat(ValueFormat.bucketName().refuse("archive&autoCreateBucket=true")).get().asString().endsWith("(a bucket name has no '&')");
        assertThat(ValueFormat.bucketName().refuse("${header.x}")).get().asString().endsWith("(a bucket name has no '{')");
        assertThat(ValueFormat.bucketName().refuse("Exec_Reports")).contains("expected an S3 bucket name (3 to 63 lower-case letters,"
                + " digits, '.' and '-')");
        assertThat(ValueFormat.tableName().refuse("exec-reports.deliveries_2")).isEmpty();
        assertThat(ValueFormat.tableName().refuse("deliveries#x")).get().asString().endsWith("(a table name has no '#')");
        assertThat(ValueFormat.tableName().refuse("deliveries%3Fx")).get().asString().endsWith("(a table name has no '%')");
        assertThat(ValueFormat.tableName().refuse("my deliveries")).get().asString().endsWith("(a table name has no spaces)");
        ValueFormat arn = ValueFormat.snsTopicArn().orBlank("ops alerts by SES only");
        assertThat(arn.refuse("")).isEmpty();
        assertThat(arn.refuse("arn:aws:sns:us-west-2:123456789012:exec-reports-ops")).isEmpty();
        assertThat(arn.refuse("arn:aws:sns:us-west-2:123456789012:ops.fifo")).isEmpty();
        assertThat(arn.refuse("arn:aws:sns:us-west-2:123456789012:ops?autoCreateTopic=true")).contains("expected an SNS topic ARN such"
                + " as arn:aws:sns:us-west-2:123456789012:exec-reports-ops, or blank for ops alerts by SES only (an ARN has no '?')");
        assertThat(arn.refuse("arn:aws:sqs:us-west-2:123456789012:ops")).isPresent();
        assertThat(ValueFormat.keyPrefix().refuse("reports/exec/")).isEmpty();
        assertThat(ValueFormat.keyPrefix().refuse("reports/${date:now}/")).get().asString().endsWith("(a key prefix has no '{')");
        assertThat(ValueFormat.keyPrefix().refuse("/reports/")).isPresent();
    }

    @Test
    void should_refuse_an_address_list_naming_the_address_at_fault() {
        assertThat(ValueFormat.emailList().refuse("ceo@example.com, coo@example.com")).isEmpty();
        assertThat(ValueFormat.emailList().refuse("ceo@example.com;coo@example.com")).get().asString()
                .endsWith("('ceo@example.com;coo@example.com' is not one)");
        assertThat(ValueFormat.emailList().refuse("")).get().asString().endsWith("(none given)");
        assertThat(ValueFormat.emailList().orBlank("no audit copy").refuse("")).isEmpty();
        assertThat(ValueFormat.allowlist().refuse("example.com,cfo@example.org")).isEmpty();
        assertThat(ValueFormat.allowlist().refuse("example")).isPresent();
    }

    @Test
    void should_refuse_uri_options_lists_and_spaces_where_one_address_is_expected() {
        ValueFormat one = ValueFormat.email();
        assertThat(one.refuse("reports@example.com")).isEmpty();
        assertThat(one.refuse("reports@example.com?bcc=spy@evil.org")).contains("expected one plain email address such as"
                + " reports@example.com (it holds more than one address; give one)");
        assertThat(one.refuse("reports@example.com?subject=x")).contains("expected one plain email address such as"
                + " reports@example.com (an address has no '?' or '&': they would add options to the SES endpoint)");
        assertThat(one.refuse("ops@example.com&to=x")).get().asString().endsWith("they would add options to the SES endpoint)");
        assertThat(one.refuse("ops@example.com,spy@evil.org")).get().asString().endsWith("(it holds more than one address; give one)");
        assertThat(one.refuse("ops@example.com; spy@evil.org")).get().asString().endsWith("(it holds more than one address; give one)");
        assertThat(one.refuse("ops team@example.com")).get().asString().endsWith("(an address has no spaces)");
        assertThat(one.refuse("Ops <ops@example.com>")).get().asString().endsWith("(an address has no spaces)");
        assertThat(one.refuse("<ops@example.com>")).get().asString().endsWith("(the address alone, without a display name or <>)");
        assertThat(one.orBlank("no e-mailed alert").refuse("")).isEmpty();
    }

    @Test
    void should_check_numbers_booleans_choices_and_instants() {
        assertThat(ValueFormat.wholeNumber(1, 65535).refuse("9100")).isEmpty();
        assertThat(ValueFormat.wholeNumber(1, 65535).refuse("0")).contains("expected a whole number from 1 to 65535");
        assertThat(ValueFormat.wholeNumber(1, Long.MAX_VALUE).refuse("2 000")).contains("expected a whole number of at least 1");
        assertThat(ValueFormat.positiveDecimal().refuse("1.5")).isEmpty();
        assertThat(ValueFormat.bool().refuse("yes")).contains("expected true or false");
        assertThat(ValueFormat.oneOf("send", "hold").refuse("hodl")).contains("expected one of send, hold (did you mean hold?)");
        assertThat(ValueFormat.offsetDateTime().refuse("2026-11-23T07:00:00-08:00")).isEmpty();
        assertThat(ValueFormat.offsetDateTime().refuse("2026-11-23 07:00")).isPresent();
        assertThat(ValueFormat.kpiTarget().refuse(">= 30000")).isEmpty();
        assertThat(ValueFormat.kpiTarget().refuse("30000")).isPresent();
        assertThat(ValueFormat.awsRegion().refuse("us-west2")).contains("expected an AWS region such as us-west-2 (did you mean us-west-2?)");
    }
}
