package com.execreports;

import java.io.PrintWriter;
import java.util.List;

import com.execreports.delivery.Delivery;
import com.execreports.model.Facts;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * The short progress view of {@code --once} on a terminal: each source as its read ends, each report as it is done,
 * instead of log lines (which stay at 30 or fewer). Off when the output is not a terminal (a cron job, a pipe).
 */
final class OnceProgress extends EventNotifierSupport {

    private final PrintWriter out;

    OnceProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.ExchangeCompletedEvent done && readBySource(done.getExchange())
                && done.getExchange().getMessage().getBody() instanceof Facts f) {
            out.printf("read     %-36s %s%n", f.name(), state(f));
        } else if (event instanceof CamelEvent.ExchangeSentEvent sent && "direct://report".equals(sent.getEndpoint().getEndpointUri())) {
            out.printf("report   %-36s %s%n", sent.getExchange().getProperty("role", "?", String.class), outcome(sent.getExchange()));
        } else {
            return;
        }
        out.flush();
    }

    /** The source route's own exchange (its timer's endpoint), not the run's copy that carries its facts back. */
    private static boolean readBySource(Exchange exchange) {
        String from = exchange.getFromEndpoint() == null ? "" : exchange.getFromEndpoint().getEndpointBaseUri();
        return from.contains("quartz:") && from.contains("sources/");
    }

    private static String state(Facts f) {
        return switch (f.status()) {
            case OK -> "read";
            case PARTIAL -> "partly read" + (f.unreadable() > 0 ? " (" + f.unreadable() + " unreadable)" : "");
            case FAILED, TIMED_OUT -> "FAILED: " + f.error();
        };
    }

    /** The report's fate as the run recorded it; "rendered" for a dry run, which records none. */
    private static String outcome(Exchange run) {
        String role = run.getProperty("role", String.class);
        @SuppressWarnings("unchecked")
        List<Delivery> deliveries = run.getProperty("deliveries", List.class);
        if (deliveries == null) {
            return "rendered";
        }
        synchronized (deliveries) {
            return deliveries.stream().filter(d -> d.role().equals(role)).reduce((a, b) -> b)
                    .map(d -> d.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("rendered");
        }
    }
}
