package com.execreports.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** A readiness probe asks AWS at most once per interval; in between it gets the last answer. */
class ReachableCheckTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean missing = true;

    private final ReachableCheck check = new ReachableCheck("archive-bucket", "archive bucket exec-reports-archive", () -> {
        calls.incrementAndGet();
        if (missing) {
            throw NoSuchBucketException.builder().statusCode(404)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("NoSuchBucket").build()).build();
        }
    }, Duration.ofSeconds(30), nanos::get);

    ReachableCheckTest() {
        check.setCamelContext(new DefaultCamelContext());
    }

    @Test
    void should_say_which_resource_is_down_and_why() {
        HealthCheck.Result result = check.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("archive bucket exec-reports-archive cannot be reached: HTTP 404 NoSuchBucket");
        assertThat(check.isLiveness()).isFalse();
        assertThat(check.isReadiness()).isTrue();
    }

    @Test
    void should_ask_aws_once_per_interval_and_answer_from_the_last_call_in_between() {
        check.call();
        missing = false;
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());

        assertThat(check.call().getState()).as("still the cached answer").isEqualTo(HealthCheck.State.DOWN);
        assertThat(calls).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(calls).hasValue(2);
    }
}
