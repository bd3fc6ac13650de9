package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.execreports.analysis.Report;
import com.execreports.charts.ChartImage;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

/** The delivery record beside an archived report: what an auditor matches the email against, and a re-send reads back. */
class DeliveryManifestTest {

    private static final Run RUN = new Run("2026-W48-20261130T0700", "2026-W48", OffsetDateTime.parse("2026-11-30T07:00-08:00"));
    private static final ReportMessage CFO = new ReportMessage("cfo", "2026-W48", "CFO brief — Demo portfolio 2026-W48", "text", "<p>html</p>",
            List.of(new ChartImage("cash@exec-reports", "cfo-cash.png", "Cash", "Cash by week", new byte[] {1, 2})), true, "the whole report");
    private static final List<Report.SourceLine> SOURCES = List.of(new Report.SourceLine("jada/bookings", "bookings-table", "failed", "AccessDenied"));
    private static final Instant AT = Instant.parse("2026-11-30T15:00:05Z");

    @Test
    void should_record_an_archived_report_before_its_delivery_ended_as_archived() {
        DeliveryManifest manifest = DeliveryManifest.of(RUN, CFO, null, "2026-W48#cfo#8b3ae633d0a8", SOURCES, AT);

        assertThat(manifest.state()).isEqualTo("ARCHIVED");
        assertThat(manifest.ledgerId()).isEqualTo("2026-W48#cfo#8b3ae633d0a8");
        assertThat(manifest.messageId()).isNull();
        assertThat(manifest.to()).isEmpty();
        assertThat(manifest.attempts()).isZero();
        assertThat(manifest.subject()).isEqualTo("CFO brief — Demo portfolio 2026-W48");
        assertThat(manifest.contentHash()).isEqualTo(ContentHash.of(CFO));
        assertThat(manifest.charts()).containsExactly(new DeliveryManifest.ChartFile("cfo-cash.png", "cash@exec-reports", "Cash", "Cash by week"));
        assertThat(manifest.degraded()).isTrue();
        assertThat(manifest.completeness()).isEqualTo(SOURCES);
        assertThat(manifest.fullReport()).isEqualTo("cfo-full.txt");
        assertThat(manifest.at()).isEqualTo(AT);
    }

    @Test
    void should_record_how_the_delivery_ended_once_it_did() {
        Delivery delivered = new Delivery("cfo", Delivery.Status.DELIVERED, List.of("cfo@example.com"), List.of("audit@example.com"),
                "0100018c-ses-message", List.of(), 2, null);

        DeliveryManifest manifest = DeliveryManifest.of(RUN, CFO, delivered, "2026-W48#cfo#8b3ae633d0a8", null, AT);

        assertThat(manifest.state()).isEqualTo("DELIVERED");
        assertThat(manifest.messageId()).isEqualTo("0100018c-ses-message");
        assertThat(manifest.to()).containsExactly("cfo@example.com");
        assertThat(manifest.bcc()).containsExactly("audit@example.com");
        assertThat(manifest.attempts()).isEqualTo(2);
        assertThat(manifest.error()).isNull();
        assertThat(manifest.completeness()).as("a re-send without archived completeness").isEmpty();
    }

    @Test
    void should_record_why_a_report_was_not_delivered() {
        Delivery failed = new Delivery("cfo", Delivery.Status.FAILED, List.of("cfo@example.com"), List.of(), null, List.of(), 1,
                "SES MessageRejected (HTTP 400): not verified");

        DeliveryManifest manifest = DeliveryManifest.of(RUN, CFO, failed, null, SOURCES, AT);

        assertThat(manifest.state()).isEqualTo("FAILED");
        assertThat(manifest.ledgerId()).as("refused before the ledger was asked").isNull();
        assertThat(manifest.error()).isEqualTo("SES MessageRejected (HTTP 400): not verified");
    }

    @Test
    void should_sit_beside_the_report_in_the_archive() {
        assertThat(new ArchiveLayout("reports/exec/").deliveryRecordKey(RUN, "cfo")).isEqualTo("reports/exec/2026-W48/cfo.delivery.json");
    }
}
