package com.execreports.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.execreports.charts.ChartImage;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import jakarta.mail.MessagingException;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

/**
 * A dry run (a preview): everything a run would archive and send goes into a folder instead, laid out as the archive
 * ({@code <folder>/reports/exec/<period>/…}), each report's email beside it as {@code <role>.eml} exactly as SES would
 * get it. Nothing is claimed in the delivery ledger, sent, alerted or written to the archive bucket.
 */
public final class DryRun {

    /** Exchange header of a run that is a dry run ("true"); property {@link #PREVIEWS} collects what it wrote. */
    public static final String HEADER = "ExecReportsDryRun";
    static final String PREVIEWS = "dryRunPreviews";

    private final Path folder;
    private final ArchiveLayout layout;
    private final ReportEmail email;

    public DryRun(Path folder, ArchiveLayout layout, ReportEmail email) {
        this.folder = folder.toAbsolutePath().normalize();
        this.layout = layout;
        this.email = email;
    }

    /** One report as it would have gone out: its subject, recipients and the files written for it. */
    public record Preview(String role, String subject, List<String> to, List<Path> files) {
    }

    /** What a dry run produced; {@link #exitCode()} as --once's, but nothing was sent. */
    public record Outcome(String period, Path folder, List<Preview> previews, List<String> gaps, int expected) {

        public int exitCode() {
            if (previews.size() < expected) {
                return RunOutcome.FAILED;
            }
            return gaps.isEmpty() ? RunOutcome.SUCCESS : RunOutcome.DELIVERED_WITH_GAPS;
        }

        public String verdict() {
            String rendered = previews.size() == expected ? "all " + expected + " reports" : previews.size() + " of " + expected + " reports";
            return "dry run: " + rendered + " rendered into " + folder + "; nothing claimed, sent or archived"
                    + (gaps.isEmpty() ? "" : "; sources missing: " + String.join(", ", gaps));
        }
    }

    /** The folder's path as text (a Path in a Camel expression would be read as a file). */
    public String folderName() {
        return folder.toString();
    }

    /** Starts a dry run's collection of previews on the run's exchange (the report exchanges share it). */
    public void begin(Exchange run) {
        run.setProperty(PREVIEWS, Collections.synchronizedList(new ArrayList<Preview>()));
    }

    /**
     * What a dry run does instead of a send the dry-run route configuration intercepts: an archive put becomes one file
     * ({@link #write}), a report's delivery its files and email ({@link #report}).
     */
    public void instead(Exchange exchange) throws MessagingException, IOException {
        String endpoint = String.valueOf(exchange.getProperty(ExchangePropertyKey.INTERCEPTED_ENDPOINT));
        if (endpoint.startsWith("aws2-s3:")) {
            write(exchange);
        } else if (endpoint.startsWith("direct:")) {
            report(exchange);
        } else {
            throw new IllegalStateException("a dry run has nothing to do instead of sending to " + endpoint);
        }
    }

    /** Writes one archive object (body, at the archive key in header CamelAwsS3Key) into the folder. */
    public void write(Exchange exchange) {
        String key = exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
        byte[] body = exchange.getMessage().getBody(byte[].class);
        write(key, body == null ? new byte[0] : body);
    }

    /** Writes the report's files as the archive would hold them, and its email as SES would get it. */
    public void report(Exchange exchange) throws MessagingException, IOException {
        Run run = exchange.getProperty("run", Run.class);
        ReportMessage message = exchange.getProperty("message", ReportMessage.class);
        List<Path> files = new ArrayList<>();
        String role = message.role();
        files.add(write(layout.key(run, role + ".html"), utf8(message.html())));
        files.add(write(layout.key(run, role + ".txt"), utf8(message.text())));
        if (message.fullText() != null) {
            files.add(write(layout.key(run, role + "-full.txt"), utf8(message.fullText())));
        }
        if (message.fullHtml() != null) {
            files.add(write(layout.key(run, role + "-full.html"), utf8(message.fullHtml())));
        }
        for (ChartImage chart : message.charts()) {
            files.add(write(layout.key(run, chart.fileName()), chart.png()));
        }
        ByteArrayOutputStream eml = new ByteArrayOutputStream();
        email.compose(message).writeTo(eml);
        files.add(write(layout.key(run, role + ".eml"), eml.toByteArray()));
        previews(exchange).add(new Preview(role, message.subject(), email.to(role), List.copyOf(files)));
    }

    /** The dry run's outcome, from the previews written and the snapshot's gaps. */
    public Outcome outcome(Exchange exchange) {
        Run run = exchange.getProperty("run", Run.class);
        PortfolioSnapshot snapshot = exchange.getProperty("snapshot", PortfolioSnapshot.class);
        List<String> gaps = snapshot == null ? List.of("all sources (no snapshot)") : snapshot.gaps().stream().map(Facts::name).toList();
        return new Outcome(run.period(), folder, List.copyOf(previews(exchange)), gaps,
                run.reportCount());
    }

    @SuppressWarnings("unchecked")
    private static List<Preview> previews(Exchange exchange) {
        List<Preview> previews = exchange.getProperty(PREVIEWS, List.class);
        if (previews == null) {
            previews = Collections.synchronizedList(new ArrayList<>());
            exchange.setProperty(PREVIEWS, previews);
        }
        return previews;
    }

    private Path write(String key, byte[] content) {
        Path file = folder.resolve(key).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("archive key " + key + " leaves the dry-run folder " + folder);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("dry run: could not write " + file, e);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
