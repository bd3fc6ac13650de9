package com.execreports.phone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real headless Chromium measuring how wide an HTML page lays out at a phone's viewport. The browser comes from the npm
 * registry with the emulators of local-aws/ (@sparticuz/chromium, driven by puppeteer-core in
 * {@code local-aws/browser.mjs measure}), so the test needs no browser on the machine: one Node process per instance,
 * a JSON line per page asked and answered.
 */
public final class PageWidth implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one page measured at one viewport width. */
    public record Measure(int viewport, long scrollWidth, long scrollHeight, String widest) {

        public boolean fits() {
            return scrollWidth <= viewport;
        }

        @Override
        public String toString() {
            return scrollWidth + " px wide at a " + viewport + " px viewport" + (widest.isEmpty() ? "" : ", widest element " + widest);
        }
    }

    private final Process browser;
    private final BufferedReader answers;
    private final Writer asks;
    /** The browser's version, as it answered when ready (HeadlessChrome/143…). */
    private final String version;

    public PageWidth() {
        Path script = LocalAws.projectDir().resolve("local-aws/browser.mjs");
        try {
            browser = new ProcessBuilder("node", script.toString(), "measure")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            answers = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
            asks = browser.outputWriter(StandardCharsets.UTF_8);
            JsonNode ready = answer();
            version = ready.path("ready").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + script + " (node local-aws/browser.mjs measure)", e);
        }
    }

    public String version() {
        return version;
    }

    public Measure measure(Path page, int viewport) {
        try {
            asks.write(JSON.writeValueAsString(Map.of("page", page.toAbsolutePath().toString(), "viewport", viewport)) + "\n");
            asks.flush();
            JsonNode m = answer();
            if (m.has("error")) {
                throw new IllegalStateException(page + " at " + viewport + " px: " + m.get("error").asText());
            }
            return new Measure(viewport, m.get("scrollWidth").asLong(), m.get("scrollHeight").asLong(), m.get("widest").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("local-aws/browser.mjs stopped answering (measuring " + page + ")", e);
        }
    }

    private JsonNode answer() throws IOException {
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("local-aws/browser.mjs ended without answering (its error is in the test output above)");
        }
        return JSON.readTree(line);
    }

    @Override
    public void close() {
        try {
            asks.close();
            if (!browser.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        } catch (IOException e) {
            browser.destroyForcibly();
        } catch (InterruptedException e) {
            browser.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
