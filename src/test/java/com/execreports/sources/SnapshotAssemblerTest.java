package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.execreports.model.BusinessProfile;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;
import com.execreports.sources.SourceCatalog.ExpectedSource;

import org.junit.jupiter.api.Test;

class SnapshotAssemblerTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));

    private final SnapshotAssembler assembler = new SnapshotAssembler(90_000);

    @Test
    void should_keep_every_answer_of_the_run() {
        Facts bookings = answer(RUN.runId(), "jada", "bookings");
        Facts profile = answer(RUN.runId(), "jada", "profile");

        PortfolioSnapshot snapshot = assembler.assemble(RUN,
                List.of(expected("jada", "bookings"), expected("jada", "profile")), List.of(profile, bookings));

        assertThat(snapshot.run()).isEqualTo(RUN);
        assertThat(snapshot.sources()).containsExactly(bookings, profile);
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    void should_record_an_expected_source_with_no_answer_as_timed_out_in_seconds() {
        PortfolioSnapshot snapshot = assembler.assemble(RUN,
                List.of(expected("jada", "bookings"), expected("jada", "site")), List.of(answer(RUN.runId(), "jada", "bookings")));

        Facts site = snapshot.sources().get(1);
        assertThat(site.name()).isEqualTo("jada/site");
        assertThat(site.status()).isEqualTo(SourceStatus.TIMED_OUT);
        assertThat(site.runId()).isEqualTo(RUN.runId());
        assertThat(site.error()).isEqualTo("no answer within 90 s");
        assertThat(site.data()).isNull();
        assertThat(site.usable()).isFalse();
        assertThat(snapshot.gaps()).containsExactly(site);
    }

    @Test
    void should_record_every_source_as_timed_out_when_no_answer_arrived() {
        PortfolioSnapshot snapshot = assembler.assemble(RUN, List.of(expected("jada", "bookings")), null);

        assertThat(snapshot.sources()).extracting(Facts::status).containsExactly(SourceStatus.TIMED_OUT);
    }

    @Test
    void should_ignore_answers_from_another_run() {
        Facts stale = answer("2026-W47-20261116T0700", "jada", "bookings");

        PortfolioSnapshot snapshot = assembler.assemble(RUN, List.of(expected("jada", "bookings")), List.of(stale));

        assertThat(snapshot.sources()).hasSize(1);
        Facts only = snapshot.sources().get(0);
        assertThat(only.status()).isEqualTo(SourceStatus.TIMED_OUT);
        assertThat(only.runId()).isEqualTo(RUN.runId());
    }

    @Test
    void should_keep_only_the_first_answer_of_a_source_that_answered_twice() {
        Facts first = Facts.read(RUN.runId(), "jada", "profile", "business", "first.yaml",
                new BusinessProfile("JADA", "bookings", "Owner"), List.of(), 0);
        Facts second = Facts.read(RUN.runId(), "jada", "profile", "business", "second.yaml",
                new BusinessProfile("JADA", "bookings", "Owner"), List.of(), 0);

        PortfolioSnapshot snapshot = assembler.assemble(RUN, List.of(expected("jada", "profile")), List.of(first, second));

        assertThat(snapshot.sources()).containsExactly(first);
    }

    @Test
    void should_sort_the_sources_by_domain_then_source() {
        List<ExpectedSource> expected = List.of(expected("quickdumpnow", "subscriptions"), expected("jada", "site"),
                expected("quickdumpnow", "profile"), expected("expert-yacht-delivery", "site"), expected("jada", "bookings"));
        List<Facts> answers = List.of(answer(RUN.runId(), "jada", "site"), answer(RUN.runId(), "quickdumpnow", "profile"));

        PortfolioSnapshot snapshot = assembler.assemble(RUN, expected, answers);

        assertThat(snapshot.sources()).extracting(Facts::name).containsExactly("expert-yacht-delivery/site", "jada/bookings",
                "jada/site", "quickdumpnow/profile", "quickdumpnow/subscriptions");
    }

    private static ExpectedSource expected(String domain, String source) {
        return new ExpectedSource(domain, source);
    }

    private static Facts answer(String runId, String domain, String source) {
        return Facts.read(runId, domain, source, "business", "routes/domains/" + domain + ".yaml",
                new BusinessProfile(domain, "bookings", "Owner"), List.of(), 0);
    }
}
