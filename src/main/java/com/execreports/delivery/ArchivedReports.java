package com.execreports.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report;
import com.execreports.charts.ChartImage;
import com.execreports.model.Run;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.camel.Exchange;

/**
 * Reads and writes the archive's delivery records ({@code <role>.delivery.json}), and puts an archived report
 * back together for an operator's re-send, so a re-send carries exactly what was archived (same content hash).
 * Bound as {@code archivedReports}.
 */
public final class ArchivedReports {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public byte[] write(DeliveryManifest manifest) throws JsonProcessingException {
        return mapper.writeValueAsBytes(manifest);
    }

    /**
     * The report's delivery record as it stands, as JSON: written when the report is archived (ARCHIVED), and again when
     * its delivery ends. A re-send's report has no rendered {@code report}: its completeness is the archived one.
     */
    public byte[] deliveryRecord(Exchange exchange) throws JsonProcessingException {
        DeliveryContext delivery = DeliveryContext.of(exchange);
        @SuppressWarnings("unchecked")
        List<Report.SourceLine> completeness = delivery.report() != null ? delivery.report().completeness()
                : exchange.getProperty("archivedCompleteness", List.class);
        String ledgerId = delivery.claim() == null ? null : delivery.claim().entry().key().id();
        return write(DeliveryManifest.of(delivery.run(), delivery.message(), delivery.recorded(), ledgerId, completeness, Instant.now()));
    }

    public DeliveryManifest read(InputStream json) throws IOException {
        try (json) {
            return mapper.readValue(json, DeliveryManifest.class);
        }
    }

    public String text(InputStream body) throws IOException {
        try (body) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The archive key of the chart at the loop's index. */
    public String chartFile(DeliveryManifest manifest, int index) {
        return manifest.charts().get(index).fileName();
    }

    /** Adds one archived chart image (the body) to the exchange property {@code archivedCharts}. */
    public void addChart(Exchange exchange) throws IOException {
        DeliveryManifest manifest = exchange.getProperty("manifest", DeliveryManifest.class);
        int index = exchange.getProperty(Exchange.LOOP_INDEX, Integer.class);
        DeliveryManifest.ChartFile file = manifest.charts().get(index);
        byte[] png;
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            png = in.readAllBytes();
        }
        @SuppressWarnings("unchecked")
        List<ChartImage> charts = exchange.getProperty("archivedCharts", List.class);
        if (charts == null) {
            charts = new ArrayList<>();
            exchange.setProperty("archivedCharts", charts);
        }
        charts.add(new ChartImage(file.cid(), file.fileName(), file.title(), file.description(), png));
    }

    /** The report as archived, ready to deliver again. */
    public ReportMessage message(Run run, DeliveryManifest manifest, String text, String html, List<ChartImage> charts) {
        return message(run, manifest, text, html, charts, null, null);
    }

    /**
     * @param fullText the archived {@code <role>-full.txt} when the manifest names one
     * @param fullHtml the archived {@code <role>-full.html} when the manifest names one
     */
    public ReportMessage message(Run run, DeliveryManifest manifest, String text, String html, List<ChartImage> charts,
                                 String fullText, String fullHtml) {
        if (!manifest.period().equals(run.period())) {
            throw new IllegalStateException("the archived delivery record is for " + manifest.period() + ", not " + run.period());
        }
        if (manifest.fullReport() != null && (fullText == null || fullText.isBlank())) {
            throw new IllegalStateException("the archived " + manifest.role() + " report of " + manifest.period() + " names its full report "
                    + manifest.fullReport() + ", which was not read back");
        }
        if (manifest.fullReportHtml() != null && (fullHtml == null || fullHtml.isBlank())) {
            throw new IllegalStateException("the archived " + manifest.role() + " report of " + manifest.period() + " names its full report "
                    + manifest.fullReportHtml() + ", which was not read back");
        }
        return new ReportMessage(manifest.role(), manifest.period(), manifest.subject(), text, html, charts == null ? List.of() : charts,
                manifest.degraded(), fullText, fullHtml);
    }
}
