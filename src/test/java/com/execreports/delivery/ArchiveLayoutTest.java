package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import com.execreports.charts.ChartImage;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

class ArchiveLayoutTest {

    private final ArchiveLayout layout = new ArchiveLayout("reports/exec/");
    // the first ISO week of 2027: its previous period is the last of 2026
    private final Run run = new Run("r1", "2027-W01", OffsetDateTime.parse("2027-01-04T07:00:00-08:00"));

    @Test
    void should_keep_a_period_under_its_own_folder_and_find_the_previous_one() {
        assertThat(layout.key(run, "snapshot.json")).isEqualTo("reports/exec/2027-W01/snapshot.json");
        assertThat(layout.previousSnapshotKey(run)).isEqualTo("reports/exec/2026-W53/snapshot.json");
        assertThat(layout.previousActionsKey(run)).isEqualTo("reports/exec/2026-W53/actions.json");
    }

    @Test
    void should_list_every_object_of_a_report_as_archived() {
        ReportMessage brief = new ReportMessage("cfo", "2027-W01", "CFO", "text", "<html/>",
                List.of(new ChartImage("c1", "cfo-revenue.png", "Revenue", "d", new byte[] {1})), false, "full text", "<html>full</html>");

        assertThat(layout.reportKeys(run, brief)).containsExactly("reports/exec/2027-W01/cfo.html", "reports/exec/2027-W01/cfo.txt",
                "reports/exec/2027-W01/cfo-full.txt", "reports/exec/2027-W01/cfo-full.html", "reports/exec/2027-W01/cfo-revenue.png");
        assertThat(layout.reportKeys(run, null)).isEmpty();
        assertThat(layout.reportFiles(run, brief)).extracting(ArchiveFile::key).containsExactlyElementsOf(layout.reportKeys(run, brief));
        assertThat(layout.reportFiles(run, brief)).extracting(ArchiveFile::contentType).containsExactly("text/html; charset=utf-8",
                "text/plain; charset=utf-8", "text/plain; charset=utf-8", "text/html; charset=utf-8", "image/png");
        assertThat(layout.reportFiles(run, brief)).extracting(ArchiveFile::content).containsExactly("<html/>", "text", "full text",
                "<html>full</html>", new byte[] {1});
    }
}
