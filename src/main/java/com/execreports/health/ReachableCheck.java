package com.execreports.health;

import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Readiness: an AWS resource every run needs answers — the archive bucket, the delivery ledger table. Its answer is
 * kept for {@code health.aws-check-seconds}, so probes every few seconds cost one AWS call per interval, not one per
 * probe; DOWN names the resource and why (an HTTP status and AWS error code, never a credential). Readiness only: a
 * slow or missing AWS resource is no reason to restart the process.
 */
public final class ReachableCheck extends AbstractHealthCheck {

    private final String resource;
    private final Runnable probe;
    private final long refreshNanos;
    private final LongSupplier nanoClock;
    private boolean probed;
    private long probedAt;
    private String failure;

    /**
     * @param resource what is probed, as ops name it ("archive bucket exec-reports-archive")
     * @param probe    one AWS call that throws when the resource cannot be used
     * @param refresh  how long an answer is kept before the next probe asks AWS again
     */
    public ReachableCheck(String id, String resource, Runnable probe, Duration refresh) {
        this(id, resource, probe, refresh, System::nanoTime);
    }

    ReachableCheck(String id, String resource, Runnable probe, Duration refresh, LongSupplier nanoClock) {
        super("exec-reports", id);
        this.resource = resource;
        this.probe = probe;
        this.refreshNanos = refresh.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String why = failure();
        builder.detail("resource", resource);
        if (why == null) {
            builder.up();
        } else {
            builder.message(resource + " cannot be reached: " + why).down();
        }
    }

    /** Why the resource cannot be used, or null when it answered; asked of AWS at most once per refresh interval. */
    synchronized String failure() {
        long now = nanoClock.getAsLong();
        if (!probed || now - probedAt >= refreshNanos) {
            failure = attempt();
            probed = true;
            probedAt = now;
        }
        return failure;
    }

    private String attempt() {
        try {
            probe.run();
            return null;
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            return "HTTP " + e.statusCode() + (code == null || code.isBlank() ? "" : " " + code);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }
}
