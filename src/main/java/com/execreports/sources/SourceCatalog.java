package com.execreports.sources;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;

/**
 * The sources a run must hear from: every route in the {@code sources} group, as the domain files instantiated them.
 * Each starts from its own timer, {@code quartz:sources/<domain>.<source>} — behind {@code master:exec-reports:} when
 * the replicas elect a leader (cluster.service), so only the leader's timers tick.
 */
public final class SourceCatalog {

    static final String PREFIX = "quartz://sources/";

    private final CamelContext camel;

    public SourceCatalog(CamelContext camel) {
        this.camel = camel;
    }

    public List<ExpectedSource> expected() {
        return camel.getRoutes().stream().filter(r -> "sources".equals(r.getGroup()))
                .map(r -> timer(r.getEndpoint().getEndpointBaseUri())).filter(uri -> uri != null)
                .sorted()
                .map(SourceCatalog::parse).toList();
    }

    /** The route of a source, by its timer. */
    Route route(String domain, String source) {
        String timer = PREFIX + domain + "." + source;
        return camel.getRoutes().stream().filter(r -> timer.equals(timer(r.getEndpoint().getEndpointBaseUri()))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no source route starts from " + timer));
    }

    /** A route's source timer, {@code quartz://sources/<domain>.<source>}, wherever a master: prefix puts it; else null. */
    static String timer(String uri) {
        int at = uri.indexOf("quartz:");
        if (at < 0) {
            return null;
        }
        String rest = uri.substring(at + "quartz:".length()).replaceFirst("^//", "");
        return rest.startsWith("sources/") ? PREFIX + rest.substring("sources/".length()) : null;
    }

    static ExpectedSource parse(String uri) {
        String rest = uri.substring(PREFIX.length());
        int dot = rest.lastIndexOf('.');
        if (dot <= 0) {
            throw new IllegalStateException("source endpoint " + uri + " is not quartz:sources/<domain>.<source>");
        }
        return new ExpectedSource(rest.substring(0, dot), rest.substring(dot + 1));
    }

    /** A source a run expects an answer from. */
    public record ExpectedSource(String domain, String source) {
        public String name() {
            return domain + "/" + source;
        }
    }
}
