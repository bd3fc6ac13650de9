package com.execreports.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.execreports.charts.ChartImage;

/**
 * The fingerprint an auditor uses to match an email to the archive: SHA-256 over the archived files of a report
 * in a fixed order — {@code <role>.html}, {@code <role>.txt}, {@code <role>-full.txt} and {@code <role>-full.html} when
 * the report is a brief, then each chart PNG as listed in {@code <role>.delivery.json} — so it can be recomputed from S3 with nothing but {@code cat | sha256sum}.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(ReportMessage message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(message.html().getBytes(StandardCharsets.UTF_8));
            sha.update(message.text().getBytes(StandardCharsets.UTF_8));
            if (message.fullText() != null) {
                sha.update(message.fullText().getBytes(StandardCharsets.UTF_8));
            }
            if (message.fullHtml() != null) {
                sha.update(message.fullHtml().getBytes(StandardCharsets.UTF_8));
            }
            for (ChartImage chart : message.charts()) {
                sha.update(chart.png());
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
