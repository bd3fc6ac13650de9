package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The last check before a report is archived or sent: every part it carries, the attached full report included. */
class LeakGuardTest {

    private final LeakGuard guard = new LeakGuard(new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS));

    @Test
    void should_let_a_clean_report_through() {
        assertThatNoException().isThrownBy(() -> guard.check(exchange("Revenue: $1,235\n", "<p>Revenue</p>", "Every table\n")));
    }

    @Test
    void should_block_a_secret_in_the_attached_full_report_naming_the_file_and_line_never_the_value() {
        Exchange exchange = exchange("Brief\n", "<p>Brief</p>", "Full report\nwhere: STRIPE_SECRET_KEY=" + Planted.STRIPE + "\n");

        assertThatThrownBy(() -> guard.check(exchange)).isInstanceOf(LeakGuard.SecretLeakBlocked.class)
                .hasMessageContaining("the cfo report's cfo-full.txt matches")
                .hasMessageContaining("at line 2")
                .hasMessageContaining("nothing was archived or sent")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Planted.STRIPE.substring(4, 20)));
    }

    @Test
    void should_block_a_secret_in_the_attached_full_reports_html() {
        Exchange exchange = exchange("Brief\n", "<p>Brief</p>", "Full report\n");
        exchange.setProperty("fullHtml", "<html>\n<p>Where: STRIPE_SECRET_KEY=" + Planted.STRIPE + "</p>\n</html>");

        assertThatThrownBy(() -> guard.check(exchange)).isInstanceOf(LeakGuard.SecretLeakBlocked.class)
                .hasMessageContaining("the cfo report's cfo-full.html matches")
                .hasMessageContaining("at line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Planted.STRIPE.substring(4, 20)));
    }

    @Test
    void should_block_a_secret_in_the_text_part() {
        assertThatThrownBy(() -> guard.check(exchange("AWS_ACCESS_KEY_ID=" + Planted.AWS_ID + "\n", "<p/>", null)))
                .isInstanceOf(LeakGuard.SecretLeakBlocked.class).hasMessageContaining("the cfo report's cfo.txt matches");
    }

    @Test
    void should_tell_the_metrics_of_a_blocked_report_and_of_a_withheld_archive_object() {
        java.util.List<String> blocked = new java.util.ArrayList<>();
        LeakGuard counted = new LeakGuard(new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS), blocked::add);
        Exchange object = exchange("", "", null);
        object.getMessage().setHeader("CamelAwsS3Key", "reports/exec/2026-W48/snapshot.json");
        object.getMessage().setBody("{\"channel\":\"" + Planted.STRIPE + "\"}");

        assertThatThrownBy(() -> counted.check(exchange("AWS_ACCESS_KEY_ID=" + Planted.AWS_ID + "\n", "<p/>", null)));
        assertThat(counted.archivable(object)).isFalse();
        counted.check(exchange("Revenue: $1,235\n", "<p>Revenue</p>", null));

        assertThat(blocked).containsExactly(LeakGuard.REPORT, LeakGuard.ARCHIVE_OBJECT);
    }

    private static Exchange exchange(String text, String html, String fullText) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty("role", "cfo");
        exchange.setProperty("text", text);
        exchange.setProperty("html", html);
        exchange.setProperty("fullText", fullText);
        return exchange;
    }
}
