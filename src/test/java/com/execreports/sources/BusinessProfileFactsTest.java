package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.execreports.model.BusinessProfile;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A domain file's profile: the tax year's first month, the calendar year when it says none or nonsense. */
class BusinessProfileFactsTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    // the profile redacts nothing: it reads the domain file's own parameters
    private static final SourceFacts FACTS = new SourceFacts(null, 90_000);

    @Test
    void should_start_the_tax_year_in_the_month_the_domain_file_names() {
        Facts f = FACTS.profile(RUN, "rental-3028-51st", "3028 51st St Rental", "rental", "Dana Whitfield", "7");

        assertThat(f.status()).isEqualTo(SourceStatus.OK);
        assertThat(f.data()).isEqualTo(new BusinessProfile("3028 51st St Rental", "rental", "Dana Whitfield", 7));
    }

    @ParameterizedTest(name = "taxYearStart {0}")
    @ValueSource(strings = {"13", "0", "July", " "})
    void should_use_the_calendar_year_and_say_why_for_a_month_that_is_not_one(String written) {
        Facts f = FACTS.profile(RUN, "jada", "JADA (yacht charters)", "bookings", "Jordan Alvarez", written);

        assertThat(((BusinessProfile) f.data()).taxYearStartMonth()).isEqualTo(1);
        assertThat(f.issues()).containsExactly(new DataIssue("routes/domains/jada.yaml",
                "taxYearStart '" + written + "' is not a month 1-12: the calendar year is used"));
        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
    }

    @Test
    void should_read_an_archived_profile_without_a_tax_year_as_the_calendar_year() {
        assertThat(new BusinessProfile("JADA (yacht charters)", "bookings", "Jordan Alvarez", 0).taxYearStartMonth()).isEqualTo(1);
    }
}
