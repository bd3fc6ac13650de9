package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import com.execreports.charts.ChartImage;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void should_hash_html_then_text_then_each_chart_as_cat_would_concatenate_the_archived_files() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        ReportMessage message = new ReportMessage("ceo", "2026-W48", "subject", "text é", "<p>html</p>",
                List.of(new ChartImage("c@x", "ceo-revenue.png", "t", "d", png)), false);

        byte[] html = "<p>html</p>".getBytes(StandardCharsets.UTF_8);
        byte[] text = "text é".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[html.length + text.length + png.length];
        System.arraycopy(html, 0, all, 0, html.length);
        System.arraycopy(text, 0, all, html.length, text.length);
        System.arraycopy(png, 0, all, html.length + text.length, png.length);

        assertThat(ContentHash.of(message)).isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all)));
    }

    @Test
    void should_hash_the_full_report_of_a_brief_after_its_text_as_the_archive_lists_it() throws Exception {
        ReportMessage brief = new ReportMessage("cfo", "2026-W48", "s", "brief", "<p>html</p>", List.of(), false, "full é");

        byte[] all = "<p>html</p>brieffull é".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentHash.of(brief)).isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all)));
        assertThat(ContentHash.of(brief)).isNotEqualTo(ContentHash.of(new ReportMessage("cfo", "2026-W48", "s", "brief", "<p>html</p>",
                List.of(), false, "full e")));
    }

    @Test
    void should_hash_the_full_reports_html_after_its_text_as_the_archive_lists_it() throws Exception {
        ReportMessage brief = new ReportMessage("cfo", "2026-W48", "s", "brief", "<p>html</p>", List.of(), false, "full é", "<p>full</p>");

        byte[] all = "<p>html</p>brieffull é<p>full</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentHash.of(brief)).isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all)));
    }

    @Test
    void should_change_when_any_part_changes() {
        ReportMessage a = new ReportMessage("ceo", "2026-W48", "s", "text", "html", List.of(), false);
        ReportMessage b = new ReportMessage("ceo", "2026-W48", "s", "text", "html!", List.of(), false);

        assertThat(ContentHash.of(a)).isNotEqualTo(ContentHash.of(b));
    }
}
