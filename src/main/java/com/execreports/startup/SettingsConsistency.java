package com.execreports.startup;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.text.ParseException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import com.execreports.config.AwsEndpoints;
import com.execreports.config.ServiceConfiguration;
import com.execreports.delivery.DeliveryRetryBudget;
import com.execreports.delivery.Recipients;

import org.quartz.CronExpression;

/**
 * Rules between properties, each value already fitting its own format: the claim lease outlasts one report's SES
 * retries, the first retry delay is within the longest, the schedule fires at all, every recipient is on the
 * allowlist, the HTTP server's port is free, an endpoint list names every service called. A value that does not fit its format is refused by {@link PropertyCheck}
 * and not judged again here.
 */
final class SettingsConsistency {

    private final PropertyCatalog catalog;
    private final ServiceSettings settings;
    /** Whether this command serves HTTP: the long-running service does, --once and --resend do not. */
    private final boolean serving;

    SettingsConsistency(PropertyCatalog catalog, ServiceSettings settings) {
        this(catalog, settings, true);
    }

    SettingsConsistency(PropertyCatalog catalog, ServiceSettings settings, boolean serving) {
        this.catalog = catalog;
        this.settings = settings;
        this.serving = serving;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        lease(problems);
        retryDelays(problems);
        readBudget(problems);
        schedule(problems);
        recipients(problems);
        httpPorts(problems);
        endpointsCalled(problems);
        return problems;
    }

    private void endpointsCalled(List<String> problems) {
        Optional<ConfiguredValue> endpoint = fitting("aws.endpoint");
        if (endpoint.isEmpty()) {
            return;
        }
        List<String> called = CalledServices.of(settings);
        List<String> unnamed = AwsEndpoints.unnamed(endpoint.get().value(), called);
        if (!unnamed.isEmpty()) {
            // a client for each is built at start: one left out would fail later, so refuse it now
            problems.add(endpoint.get().where() + ": names no endpoint for " + String.join(", ", unnamed) + " (expected service=URL for each"
                    + " service called: " + String.join(", ", called) + (called.contains("sns") ? "; sns as alert.sns-topic-arn is set)" : ")"));
        }
    }

    private void lease(List<String> problems) {
        Optional<ConfiguredValue> lease = fitting("delivery.lease-seconds");
        Optional<ConfiguredValue> retries = fitting("delivery.ses-max-retries");
        Optional<ConfiguredValue> maxDelay = fitting("delivery.ses-max-retry-delay-ms");
        Optional<ConfiguredValue> timeout = fitting("delivery.ses-call-timeout-seconds");
        if (lease.isEmpty() || retries.isEmpty() || maxDelay.isEmpty() || timeout.isEmpty()) {
            return;
        }
        long worst = DeliveryRetryBudget.worstCaseMillis(Integer.parseInt(retries.get().value()), Long.parseLong(maxDelay.get().value()),
                Integer.parseInt(timeout.get().value()));
        if (Long.parseLong(lease.get().value()) * 1000 <= worst) {
            problems.add(lease.get().whereWithValue() + ": expected more than " + (worst + 999) / 1000 + " s, the longest one report's SES"
                    + " calls may take (delivery.ses-max-retries, delivery.ses-max-retry-delay-ms, delivery.ses-call-timeout-seconds)");
        }
    }

    /** A source's budget is spent before the run stops waiting, or the partial facts would come too late to count. */
    private void readBudget(List<String> problems) {
        Optional<ConfiguredValue> budget = fitting("sources.read-budget-ms");
        Optional<ConfiguredValue> timeout = fitting("sources.timeout-ms");
        if (budget.isPresent() && timeout.isPresent() && Long.parseLong(budget.get().value()) >= Long.parseLong(timeout.get().value())) {
            problems.add(budget.get().whereWithValue() + ": expected less than sources.timeout-ms (" + timeout.get().value()
                    + "), so a source stopped by its budget still answers before the run stops waiting");
        }
    }

    private void retryDelays(List<String> problems) {
        Optional<ConfiguredValue> first = fitting("delivery.ses-retry-delay-ms");
        Optional<ConfiguredValue> longest = fitting("delivery.ses-max-retry-delay-ms");
        if (first.isPresent() && longest.isPresent() && Long.parseLong(first.get().value()) > Long.parseLong(longest.get().value())) {
            problems.add(first.get().whereWithValue() + ": expected at most delivery.ses-max-retry-delay-ms (" + longest.get().value() + ")");
        }
    }

    private void schedule(List<String> problems) {
        Optional<ConfiguredValue> cron = fitting("schedule.cron");
        Optional<ConfiguredValue> zone = fitting("schedule.timezone");
        if (cron.isEmpty() || zone.isEmpty()) {
            return;
        }
        try {
            CronExpression expression = new CronExpression(cron.get().value());
            expression.setTimeZone(TimeZone.getTimeZone(ZoneId.of(zone.get().value())));
            if (expression.getNextValidTimeAfter(new Date()) == null) {
                problems.add(cron.get().whereWithValue() + ": never fires from now on (expected a schedule with a next run)");
            }
        } catch (ParseException e) {
            problems.add(cron.get().whereWithValue() + ": " + e.getMessage());
        }
    }

    private void recipients(List<String> problems) {
        Optional<ConfiguredValue> allowlist = fitting("mail.allowlist");
        if (allowlist.isEmpty() && settings.effective("mail.allowlist").isPresent()) {
            return;
        }
        List<String> allowed = Recipients.split(allowlist.map(ConfiguredValue::value).orElse("")).stream()
                .map(a -> a.toLowerCase(Locale.ROOT)).toList();
        List<String> keys = new ArrayList<>(ServiceConfiguration.ROLES.stream().map(r -> "mail.to." + r).toList());
        keys.add("mail.bcc");
        keys.add("mail.ops");
        for (String key : keys) {
            fitting(key).ifPresent(v -> Recipients.split(v.value()).stream()
                    .filter(a -> !allowed.contains(a.toLowerCase(Locale.ROOT))
                            && !allowed.contains(a.toLowerCase(Locale.ROOT).substring(a.indexOf('@') + 1)))
                    .findFirst()
                    .ifPresent(a -> problems.add(v.where() + ": '" + a + "' is not on mail.allowlist (expected every recipient there; it lists "
                            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")")));
        }
    }

    /**
     * The embedded HTTP server (health, metrics) and Camel's management server, when enabled, each need their port
     * free on their host: one port taken would otherwise fail the start after the check said all was well. The same
     * port twice is one server (the management endpoints join the main server).
     */
    private void httpPorts(List<String> problems) {
        if (!serving) {
            return;
        }
        java.util.Set<String> probed = new java.util.HashSet<>();
        for (String server : List.of("camel.server.", "camel.management.")) {
            if (!"true".equalsIgnoreCase(settings.value(server + "enabled", "false").trim())) {
                continue;
            }
            Optional<ConfiguredValue> port = settings.effective(server + "port");
            String value = port.map(v -> v.value().trim()).orElse("8080");
            String host = settings.value(server + "host", "0.0.0.0").trim();
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                number = -1;
            }
            String where = port.map(ConfiguredValue::whereWithValue).orElse(server + "port (Camel's default 8080)");
            if (number < 0 || number > 65535) {
                problems.add(where + ": expected a port number from 1 to 65535 (0: any free port)");
                continue;
            }
            if (number == 0 || !probed.add(value)) {
                continue;
            }
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(host, number));
            } catch (BindException e) {
                problems.add(where + ": expected a free port on " + host + " (" + e.getMessage() + ")");
            } catch (IOException | IllegalArgumentException e) {
                problems.add(where + ": cannot serve on " + server + "host '" + host + "' (" + e.getMessage() + ")");
            }
        }
    }

    /** The effective value when it fits its own format; a misfit is already refused elsewhere. */
    private Optional<ConfiguredValue> fitting(String key) {
        return settings.effective(key).filter(v -> catalog.get(key).map(p -> p.format().refuse(v.value()).isEmpty()).orElse(true));
    }
}
