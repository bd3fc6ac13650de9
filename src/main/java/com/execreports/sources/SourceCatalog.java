package com.execreports.sources;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;

/**
 * The sources a run must hear from: every route in the {@code sources} group, as the domain files instantiated them.
 * Each starts from its own timer, {@code quartz:sources/<domain>.<source>}.
 */
public final class SourceCatalog {

    static final String PREFIX = "quartz://sources/";

    private final CamelContext camel;

    public SourceCatalog(CamelContext camel) {
        this.camel = camel;
    }

    public List<ExpectedSource> expected() {
        return camel.getRoutes().stream().filter(r -> "sources".equals(r.getGroup()))
                .map(Route::getEndpoint).map(e -> e.getEndpointBaseUri())
                .filter(uri -> uri.startsWith(PREFIX))
                .sorted()
                .map(SourceCatalog::parse).toList();
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
