package com.execreports.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.InventoryFacts;
import com.execreports.model.MetricFacts;
import com.execreports.model.PortfolioSnapshot;

/** What CloudWatch says of the functions: failing on the revenue path, throttled, erring above the threshold, never called. */
final class FunctionHealthFindings {

    /** A function whose name says it takes bookings or money (or whose code holds a payment key) is on the revenue path. */
    private static final java.util.regex.Pattern REVENUE_PATH = java.util.regex.Pattern.compile(
            "booking|payment|checkout|renewal|invoice|order|reserv");

    private FunctionHealthFindings() {
    }

    static void find(PortfolioSnapshot snapshot, MetricFacts metrics, int errorAlarmPercent, List<PortfolioFinding> found) {
        String days = Figures.plural(metrics.periodDays(), "day");
        for (MetricFacts.Function m : metrics.functions()) {
            Optional<InventoryFacts.Function> fn = function(snapshot, m.name());
            String business = fn.map(InventoryFacts.Function::business).map(snapshot::businessName).orElse("Portfolio-wide (untagged)");
            String path = revenuePath(snapshot, m.name(), fn);
            String where = "CloudWatch AWS/Lambda " + m.name() + ", the " + days + " before the run";
            String rate = String.format(Locale.ROOT, "%.2f%%", m.errorPercent());
            if (m.errors() > 0 && path != null) {
                found.add(new PortfolioFinding("function-errors." + m.name(), "high", business,
                        "Lambda " + m.name() + " failed " + Figures.count(m.errors()) + " times in " + days + ": "
                                + Figures.count(m.errors()) + " of " + Figures.count(m.invocations()) + " invocations (" + rate
                                + "), on the " + path + " path" + (m.throttles() == 0 ? ""
                                        : ", and " + Figures.count(m.throttles()) + " more calls were refused (throttled)"),
                        where + " — Errors " + Figures.count(m.errors()) + ", Invocations " + Figures.count(m.invocations())
                                + ", Throttles " + Figures.count(m.throttles()),
                        "each failure is a customer whose " + path + " did not go through, unless they tried again", 0,
                        Set.of("cto"), new Fix("Fix the failing functions on the revenue path and alarm on their errors", 2)));
            } else if (m.errors() > 0 && m.errorPercent() > errorAlarmPercent) {
                found.add(new PortfolioFinding("function-errors." + m.name(), "medium", business,
                        "Lambda " + m.name() + " failed " + rate + " of its invocations in " + days + " (" + Figures.count(m.errors())
                                + " of " + Figures.count(m.invocations()) + "), above the " + errorAlarmPercent + "% threshold",
                        where + " — Errors " + Figures.count(m.errors()) + ", Invocations " + Figures.count(m.invocations()),
                        "work the function was asked to do did not happen", 0, Set.of("cto"),
                        new Fix("Fix the functions failing above the error threshold", 2)));
            }
            if (m.throttles() > 0 && !(m.errors() > 0 && path != null)) { // a failing revenue-path function's finding counts them
                found.add(new PortfolioFinding("function-throttles." + m.name(), "medium", business,
                        "Lambda " + m.name() + " was throttled " + Figures.count(m.throttles()) + " times in " + days
                                + ": those requests were refused" + (path == null ? "" : ", on the " + path + " path"),
                        where + " — Throttles " + Figures.count(m.throttles()),
                        "calls over its concurrency limit are turned away, not queued", 0, Set.of("cto"),
                        new Fix("Raise the concurrency of throttled functions (reserved concurrency or the account quota)", 1)));
            }
            if (m.invocationsIdleWindow() == 0) {
                long keys = fn.map(f -> SecurityFindings.secretsHeldBy(snapshot, f)).orElse(0L);
                String holding = keys == 0 ? "" : ", still holding " + Figures.plural(keys, "credential");
                found.add(new PortfolioFinding("function-idle." + m.name(), keys == 0 ? "low" : "medium", business,
                        "Lambda " + m.name() + " has not been invoked in " + metrics.idleDays() + " days" + holding,
                        "CloudWatch AWS/Lambda " + m.name() + " — Invocations 0 over the " + metrics.idleDays() + " days before the run",
                        keys == 0 ? "dead code still deployed: it can be called and must be patched"
                                : "dead code with live credentials: nobody would notice them being used", 0, Set.of("cto"),
                        new Fix("Delete Lambda functions nobody invokes (and rotate what they hold)", 1))
                        .groupedAs("Lambda functions not invoked in " + metrics.idleDays() + " days", 1, "function", m.name() + holding));
            }
        }
    }

    /** A booking or payment function whose p95 is above the threshold: one customer in twenty waits at least that long. */
    static void slow(PortfolioSnapshot snapshot, MetricFacts metrics, int p95AlarmMs, List<PortfolioFinding> found) {
        String days = Figures.plural(metrics.periodDays(), "day");
        for (MetricFacts.Function m : metrics.functions()) {
            Optional<InventoryFacts.Function> fn = function(snapshot, m.name());
            String path = revenuePath(snapshot, m.name(), fn);
            if (m.durationP95Ms() == null || path == null || m.durationP95Ms() <= p95AlarmMs) {
                continue;
            }
            long p95 = Math.round(m.durationP95Ms());
            String business = fn.map(InventoryFacts.Function::business).map(snapshot::businessName).orElse("Portfolio-wide (untagged)");
            found.add(new PortfolioFinding("function-slow." + m.name(), "medium", business,
                    "Lambda " + m.name() + " takes " + Figures.count(p95) + " ms at p95 over " + days + " (threshold "
                            + Figures.count(p95AlarmMs) + " ms), on the " + path + " path",
                    "CloudWatch AWS/Lambda " + m.name() + ", the " + days + " before the run — Duration p95 " + Figures.count(p95)
                            + " ms over " + Figures.count(m.invocations()) + " invocations",
                    "one " + path + " in twenty waits " + Figures.count(p95) + " ms or more: customers give up or try twice", 0,
                    Set.of("cto"), new Fix("Speed up the slow functions on the revenue path (cold starts, timeouts of what they call)", 2)));
        }
    }

    private static Optional<InventoryFacts.Function> function(PortfolioSnapshot snapshot, String name) {
        return snapshot.all(InventoryFacts.class).stream().flatMap(f -> f.data().functions().stream())
                .filter(f -> f.name().equals(name)).findFirst();
    }

    /** "booking", "payment" …, or null when the function is not on the revenue path. */
    static String revenuePath(PortfolioSnapshot snapshot, String name, Optional<InventoryFacts.Function> fn) {
        // a payment key in its code or environment says more than its name: the other findings call it the payment path too
        if (fn.filter(f -> SecurityFindings.holdsPaymentKey(snapshot, f)).isPresent()) {
            return "payment";
        }
        java.util.regex.Matcher m = REVENUE_PATH.matcher(name.toLowerCase(Locale.ROOT));
        if (m.find()) {
            return switch (m.group()) {
                case "checkout", "order" -> "payment";
                case "reserv" -> "booking";
                default -> m.group();
            };
        }
        return null;
    }
}
