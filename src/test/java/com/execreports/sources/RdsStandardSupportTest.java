package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The end of RDS standard support by engine major version, read from the version RDS reports. */
class RdsStandardSupportTest {

    @Test
    void should_read_mysql_majors_as_two_numbers_and_postgres_as_one() {
        assertThat(RdsStandardSupport.end("mysql", "5.7.44")).contains(LocalDate.of(2024, 2, 29));
        assertThat(RdsStandardSupport.end("mysql", "8.0.35")).contains(LocalDate.of(2026, 7, 31));
        assertThat(RdsStandardSupport.end("postgres", "13.12")).contains(LocalDate.of(2026, 2, 28));
        assertThat(RdsStandardSupport.end("postgres", "16.4")).contains(LocalDate.of(2029, 2, 28));
    }

    @Test
    void should_not_judge_an_engine_or_version_it_does_not_know() {
        assertThat(RdsStandardSupport.end("sqlserver-ex", "15.00.4345.5.v1")).isEmpty();
        assertThat(RdsStandardSupport.end("postgres", "9.6.24")).isEmpty();
        assertThat(RdsStandardSupport.end(null, null)).isEmpty();
    }
}
