package com.execreports.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.execreports.config.SnapshotJson;
import com.execreports.model.PortfolioSnapshot;
import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Exchange;

/**
 * The report browser and the archive side of the API, read from the S3 archive: the periods, a period's reports and
 * records, one archived file, two periods' KPIs, and {@code GET /api/runs} (recent periods with their metrics and
 * delivery records).
 */
public final class ReportBrowser {

    /** How an archived report names its charts: the email's Content-IDs, which a browser resolves to the PNG beside it. */
    private static final Pattern CHART_CID = Pattern.compile("src=\"cid:([a-z0-9]+(?:-[a-z0-9]+){1,3})@exec-reports\"");
    private static final int MAX_RECENT = 50;

    private final ArchiveReader archive;
    private final SnapshotJson snapshots;
    private final PeriodKpis kpis;

    public ReportBrowser(ArchiveReader archive, SnapshotJson snapshots, PeriodKpis kpis) {
        this.archive = archive;
        this.snapshots = snapshots;
        this.kpis = kpis;
    }

    /** GET /reports. */
    public void periods(Exchange exchange) {
        HttpAnswer.html(exchange, 200, BrowserPages.periods(archive.periods()));
    }

    /** GET /reports/{period}. */
    public void period(Exchange exchange) {
        String period = exchange.getMessage().getHeader("period", String.class);
        if (!ArchiveNames.period(period)) {
            HttpAnswer.html(exchange, 400, BrowserPages.notFound("period must be an ISO week such as 2026-W48"));
            return;
        }
        List<String> files = archive.files(period);
        if (files.isEmpty()) {
            HttpAnswer.html(exchange, 404, BrowserPages.notFound("nothing archived for " + period));
            return;
        }
        HttpAnswer.html(exchange, 200, BrowserPages.period(period, files, deliveries(period, files)));
    }

    /** GET /reports/{period}/{file}: the archived file as it is; a report's charts point at the PNGs beside it. */
    public void file(Exchange exchange) {
        String period = exchange.getMessage().getHeader("period", String.class);
        String file = exchange.getMessage().getHeader("file", String.class);
        if (!ArchiveNames.period(period) || !ArchiveNames.file(file)) {
            HttpAnswer.html(exchange, 400, BrowserPages.notFound("not an archived report file"));
            return;
        }
        Optional<byte[]> content = archive.read(period, file);
        if (content.isEmpty()) {
            HttpAnswer.html(exchange, 404, BrowserPages.notFound(file + " is not archived for " + period));
            return;
        }
        byte[] body = content.get();
        if (file.endsWith(".html")) {
            body = CHART_CID.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("src=\"$1.png\"").getBytes(StandardCharsets.UTF_8);
        }
        HttpAnswer.answer(exchange, 200, ArchiveNames.contentType(file), body);
        exchange.getMessage().setHeader("Content-Security-Policy", HttpAnswer.REPORT_POLICY);
    }

    /** GET /compare?a=PERIOD&amp;b=PERIOD. */
    public void compare(Exchange exchange) throws java.io.IOException {
        String a = exchange.getMessage().getHeader("a", String.class);
        String b = exchange.getMessage().getHeader("b", String.class);
        for (String[] p : new String[][] {{"a", a}, {"b", b}}) {
            if (!ArchiveNames.period(p[1])) {
                HttpAnswer.html(exchange, 400, BrowserPages.notFound("parameter " + p[0] + " must be an ISO week such as 2026-W48"));
                return;
            }
        }
        Optional<byte[]> first = archive.read(a, "snapshot.json");
        Optional<byte[]> second = archive.read(b, "snapshot.json");
        if (first.isEmpty() || second.isEmpty()) {
            HttpAnswer.html(exchange, 404, BrowserPages.notFound("no snapshot archived for " + (first.isEmpty() ? a : b)));
            return;
        }
        PortfolioSnapshot sa = snapshots.read(first.get());
        PortfolioSnapshot sb = snapshots.read(second.get());
        HttpAnswer.html(exchange, 200, BrowserPages.compare(a, b, kpis.compare(sa, sb)));
    }

    /** GET /api/runs?limit=N: the newest archived periods, each with its metrics.json and delivery records. */
    public void recent(Exchange exchange) throws java.io.IOException {
        String limitText = exchange.getMessage().getHeader("limit", String.class);
        int limit = 10;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_RECENT) {
                HttpAnswer.badRequest(exchange, "limit", "limit must be a whole number from 1 to " + MAX_RECENT);
                return;
            }
        }
        List<Map<String, Object>> runs = new java.util.ArrayList<>();
        for (String period : archive.periods().stream().limit(limit).toList()) {
            List<String> files = archive.files(period);
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("period", period);
            run.put("metrics", files.contains(ArchiveNames.METRICS_FILE) ? json(archive.read(period, ArchiveNames.METRICS_FILE)) : null);
            run.put("deliveries", deliveries(period, files));
            run.put("browse", "/reports/" + period);
            runs.add(run);
        }
        HttpAnswer.json(exchange, 200, Map.of("runs", runs));
    }

    private Map<String, JsonNode> deliveries(String period, List<String> files) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (String role : com.execreports.config.ServiceConfiguration.ROLES) {
            if (files.contains(role + ".delivery.json")) {
                JsonNode node = json(archive.read(period, role + ".delivery.json"));
                if (node != null) {
                    records.put(role, node);
                }
            }
        }
        return records;
    }

    private static JsonNode json(Optional<byte[]> content) {
        try {
            return content.isEmpty() ? null : HttpAnswer.JSON.readTree(content.get());
        } catch (java.io.IOException e) {
            return HttpAnswer.JSON.getNodeFactory().textNode("unreadable: " + e.getMessage());
        }
    }
}
