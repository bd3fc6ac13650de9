package com.execreports.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the delivery counters at {@code GET /metrics} in the Prometheus text format, so a long-running service can
 * be scraped and alerted on (e.g. {@code increase(exec_reports_reports_failed_total[1d]) > 0}). The JDK's own HTTP
 * server: one read-only page needs no web framework. Off unless {@code metrics.port} is set.
 */
public final class MetricsEndpoint extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsEndpoint.class);

    private final String host;
    private final int port;
    private final java.util.function.Supplier<DeliveryMetrics> metrics;
    private HttpServer server;

    public MetricsEndpoint(String host, int port, java.util.function.Supplier<DeliveryMetrics> metrics) {
        this.host = host;
        this.port = port;
        this.metrics = metrics;
    }

    /** The exposition text: one counter per line, named exec_reports_&lt;counter&gt;_total. */
    public static String exposition(Map<String, Long> counters) {
        StringBuilder s = new StringBuilder();
        counters.forEach((name, value) -> {
            String metric = "exec_reports_" + name + "_total";
            s.append("# TYPE ").append(metric).append(" counter\n").append(metric).append(' ').append(value).append('\n');
        });
        return s.toString();
    }

    public int port() {
        return server == null ? port : server.getAddress().getPort();
    }

    @Override
    protected void doStart() throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = exposition(metrics.get().snapshot()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders("GET".equals(exchange.getRequestMethod()) ? 200 : 405, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        LOG.info("Delivery metrics served at http://{}:{}/metrics", host, port());
    }

    @Override
    protected void doStop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
