package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class DataQualityTest {

    static final Run RUN = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));

    @Test
    void should_list_each_sampled_unreadable_record_with_its_source_count_place_and_reason() {
        Facts ledger = new Facts(RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", SourceStatus.PARTIAL, null, null,
                List.of(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv line 109", "amount '12,40O.00' is not a number"),
                        new DataIssue("portfolio-ledgers/expenses/expenses-2025.csv line 68", "too few columns (5 of 8)")), 2);
        Facts clean = Facts.failed(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", "ResourceNotFoundException");

        Report.Section section = DataQuality.section(new PortfolioSnapshot(RUN, List.of(clean, ledger)));

        assertThat(section.title()).isEqualTo("Data quality");
        assertThat(section.rows()).containsExactly(
                List.of("portfolio/ledger", "2", "portfolio-ledgers/expenses/expenses-2026.csv line 109", "amount '12,40O.00' is not a number"),
                List.of("portfolio/ledger", "2", "portfolio-ledgers/expenses/expenses-2025.csv line 68", "too few columns (5 of 8)"));
    }

    @Test
    void should_leave_the_section_out_when_every_source_read_everything() {
        assertThat(DataQuality.section(new PortfolioSnapshot(RUN, List.of()))).isNull();
    }
}
