package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.analysis.RiskScore.Exposure;
import com.execreports.analysis.RiskScore.Inputs;

import org.junit.jupiter.api.Test;

class RiskScoreTest {

    private static final Set<Exposure> NONE = Set.of();

    @Test
    void should_multiply_severity_money_exposure_and_confidence() {
        // high 9 × $99,900 at stake (1 + log10(1000) = 4, capped) × live 3 × payment 2 × inferred 0.7
        double score = RiskScore.of(new Inputs("high", 99_900_000, Set.of(Exposure.LIVE, Exposure.PAYMENT_PATH), Confidence.INFERRED));

        assertThat(score).isCloseTo(9 * 4 * 3 * 2 * 0.7, within(1e-9));
    }

    @Test
    void should_weigh_each_severity_three_times_the_one_below() {
        assertThat(score("high", 0, NONE, Confidence.MEASURED)).isEqualTo(9);
        assertThat(score("medium", 0, NONE, Confidence.MEASURED)).isEqualTo(3);
        assertThat(score("low", 0, NONE, Confidence.MEASURED)).isEqualTo(1);
    }

    @Test
    void should_count_money_in_orders_of_magnitude_up_to_a_million_dollars() {
        assertThat(RiskScore.moneyFactor(0)).isEqualTo(1);
        assertThat(RiskScore.moneyFactor(49_000)).isCloseTo(1.17, within(0.01));         // $490
        assertThat(RiskScore.moneyFactor(74_763_200)).isCloseTo(3.87, within(0.01));     // $747,632
        assertThat(RiskScore.moneyFactor(999_900_000)).isCloseTo(4, within(1e-9));       // $9,999,000: capped
        assertThat(RiskScore.moneyFactor(-5)).isEqualTo(1);
    }

    @Test
    void should_leave_a_score_unchanged_by_nothing_exposed_and_full_confidence() {
        assertThat(RiskScore.exposureFactor(NONE)).isEqualTo(1);
        assertThat(RiskScore.exposureFactor(Set.of(Exposure.PUBLIC, Exposure.LIVE, Exposure.PAYMENT_PATH))).isEqualTo(12);
        assertThat(score("medium", 0, NONE, Confidence.SUSPECTED)).isCloseTo(1.2, within(1e-9));
    }

    @Test
    void should_put_a_live_credential_above_any_housekeeping_whatever_its_money() {
        // the least a live key can score: found only in a file copy, no money known
        double liveKey = score("high", 0, Set.of(Exposure.LIVE), Confidence.INFERRED);
        for (long cents : new long[] {0, 49_000, 74_763_200, 10_000_000_000L}) {
            assertThat(liveKey).as("live key vs a medium finding with %d cents at stake", cents)
                    .isGreaterThan(score("medium", cents, NONE, Confidence.MEASURED));
        }
    }

    @Test
    void should_put_an_unauthenticated_payment_endpoint_above_any_housekeeping() {
        double endpoint = score("high", 0, Set.of(Exposure.PUBLIC, Exposure.PAYMENT_PATH), Confidence.MEASURED);

        assertThat(endpoint).isGreaterThan(score("medium", 10_000_000_000L, NONE, Confidence.MEASURED));
        assertThat(endpoint).isGreaterThan(score("low", 10_000_000_000L, NONE, Confidence.MEASURED));
    }

    @Test
    void should_rank_a_high_finding_with_money_above_the_same_one_without() {
        assertThat(score("high", 74_763_200, NONE, Confidence.MEASURED)).isGreaterThan(score("high", 0, NONE, Confidence.MEASURED));
        assertThat(score("medium", 49_000, NONE, Confidence.MEASURED)).isLessThan(score("high", 0, NONE, Confidence.MEASURED));
    }

    @Test
    void should_state_the_formula_in_one_line() {
        assertThat(RiskScore.FORMULA).doesNotContain("\n")
                .contains("severity × money at stake (a year, full months) × exposure (public, live, payment path) × confidence")
                .contains("effort breaks ties");
    }

    private static double score(String severity, long cents, Set<Exposure> exposure, Confidence confidence) {
        return RiskScore.of(new Inputs(severity, cents, exposure, confidence));
    }
}
