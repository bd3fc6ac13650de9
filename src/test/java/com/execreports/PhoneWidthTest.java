package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.execreports.phone.PageWidth;

import org.junit.jupiter.api.Test;

/**
 * The demo's five briefs and five full reports, as archived (so as sent), laid out by real headless Chromium at a phone's
 * 375 px and a small tablet's 700 px: no page may be wider than its viewport. The brief's charts are the archived PNGs
 * (the email's cid: parts, resolved to the files beside the report), so an image too is measured at its real size.
 */
class PhoneWidthTest extends DemoPipelineTestSupport {

    private static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");
    private static final Pattern CID = Pattern.compile("src=\"cid:([a-z]+-[a-z]+)@exec-reports\"");

    @Test
    void should_fit_every_brief_and_full_report_in_375_and_700_px() throws Exception {
        assertThat(runAt("2026-11-23T07:00:00-08:00").exitCode()).isEqualTo(RunOutcome.SUCCESS);
        Path dir = LocalAws.projectDir().resolve("target/phone-width/2026-W48");
        Files.createDirectories(dir);

        List<Path> pages = new ArrayList<>();
        int charts = 0;
        for (String role : ROLES) {
            for (String file : List.of(role + ".html", role + "-full.html")) {
                String html = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + file);
                Matcher cid = CID.matcher(html);
                while (cid.find()) {
                    Files.write(dir.resolve(cid.group(1) + ".png"), aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + cid.group(1) + ".png"));
                    charts++;
                }
                Path page = dir.resolve(file);
                Files.writeString(page, cid.replaceAll("src=\"$1.png\""), StandardCharsets.UTF_8);
                assertThat(Files.readString(page)).as(file).doesNotContain("cid:");
                pages.add(page);
            }
        }
        // the briefs show six charts (CEO 2, CFO 2, CTO 1, CMO 1); a full report describes them
        assertThat(charts).isEqualTo(6);

        List<String> tooWide = new ArrayList<>();
        try (PageWidth chromium = new PageWidth()) {
            for (Path page : pages) {
                for (int viewport : new int[] {375, 700}) {
                    PageWidth.Measure m = chromium.measure(page, viewport);
                    if (!m.fits()) {
                        tooWide.add(page.getFileName() + ": " + m);
                    }
                }
            }
        }
        assertThat(tooWide).as("pages wider than the viewport (rendered in %s)", dir).isEmpty();
    }
}
