package com.execreports.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The width check itself: a page wider than a phone fails it, naming the element that widens it; a fluid one passes. */
class PageWidthTest {

    private static PageWidth chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        chromium = new PageWidth();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    @Test
    void should_lay_out_in_the_chromium_installed_with_the_emulators() {
        // @sparticuz/chromium 143 of local-aws/package.json, not a browser the machine happens to have
        assertThat(chromium.version()).startsWith("HeadlessChrome/143.");
    }

    @Test
    void should_name_a_page_it_cannot_open() {
        Path missing = dir.resolve("missing.html");

        assertThatThrownBy(() -> chromium.measure(missing, 375))
                .hasMessageContaining(missing + " at 375 px: net::ERR_FILE_NOT_FOUND");
    }

    @Test
    void should_fail_a_page_with_an_eight_column_table_and_name_the_cell_past_the_edge() throws Exception {
        Path page = page("""
                <table style="width:100%"><tr><th>Bucket</th><th>Objects</th><th>Size</th><th>Region</th><th>Public</th>
                <th>Versioned</th><th>Encrypted</th><th>Tagged</th></tr><tr><td>expert-yacht-delivery-trip-photos</td>
                <td>1,204</td><td>3.2 GB</td><td>us-west-2</td><td>no</td><td>yes</td><td>AES256</td><td>business=eyd</td></tr></table>""");

        PageWidth.Measure phone = chromium.measure(page, 375);

        assertThat(phone.fits()).isFalse();
        assertThat(phone.scrollWidth()).isGreaterThan(375);
        // the last column's header, past the edge like every cell below it
        assertThat(phone.toString()).startsWith(phone.scrollWidth() + " px wide at a 375 px viewport, widest element <th> ")
                .endsWith(" px \"Tagged\"");
    }

    @Test
    void should_fail_a_page_widened_by_one_unbroken_key() throws Exception {
        Path page = page("<p>Where: <span>s3://expertyachtdeliverytripphotos_2026_11_a_very_long_object_key_without_any_break.jpg</span></p>");

        PageWidth.Measure phone = chromium.measure(page, 375);

        assertThat(phone.fits()).isFalse();
        assertThat(phone.widest()).startsWith("<span>").contains("s3://expertyachtdelivery");
    }

    @Test
    void should_pass_a_fluid_page_at_both_widths() throws Exception {
        Path page = page("""
                <div style="max-width:640px;margin:0 auto"><p style="word-break:break-all">s3://expert-yacht-delivery-trip-photos/\
                2026/11/very-long-object-key-without-any-break.jpg</p><img src="x.png" width="600" style="width:100%;max-width:600px"></div>""");

        for (int width : new int[] {375, 700}) {
            PageWidth.Measure m = chromium.measure(page, width);
            assertThat(m.fits()).as("%s", m).isTrue();
            assertThat(m.widest()).isEmpty();
        }
    }

    private Path page(String body) throws Exception {
        Path page = dir.resolve("page-" + System.nanoTime() + ".html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\"></head><body style=\"margin:0\">"
                + body + "</body></html>");
        return page;
    }
}
