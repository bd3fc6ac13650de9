package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SecurityFacts;

import org.junit.jupiter.api.Test;

/** A credential pasted into business data: one finding per value, naming every place, for the CEO, CTO and CFO. */
class PastedSecretFindingsTest {

    private static final SecurityFacts.Secret IN_NOTES = new SecurityFacts.Secret("stripe-secret-key", "critical",
            "Stripe live secret key", "portfolio-code/inventory/engineering-register.csv", null, 5, "column notes",
            "0a1b2c3d4e5f6a7b", "sk_l…");
    private static final SecurityFacts.Secret IN_CHANNEL = new SecurityFacts.Secret("stripe-secret-key", "critical",
            "Stripe live secret key", "jada-bookings", "key bookingId=JADA-00017", 0, "attribute channel",
            "0a1b2c3d4e5f6a7b", "sk_l…");

    @Test
    void should_name_file_line_and_column_and_every_other_place_of_the_same_value() {
        Facts register = Facts.read("r", "portfolio", "engineering", "s3-engineering-register", "portfolio-code", null, List.of(), 0)
                .withPastedSecrets(List.of(IN_NOTES));
        Facts bookings = Facts.read("r", "jada", "bookings", "ddb-bookings", "jada-bookings", null, List.of(), 0)
                .withPastedSecrets(List.of(IN_CHANNEL));
        List<PortfolioFinding> found = new ArrayList<>();

        PastedSecretFindings.find(new PortfolioSnapshot(new Run("r", "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")),
                List.of(register, bookings)), found);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("A credential pasted into `portfolio-code/inventory/engineering-register.csv` line 5, "
                    + "column notes and 1 more place: Stripe live secret key sk_l…");
            assertThat(f.where()).contains("`jada-bookings`, key bookingId=JADA-00017, attribute channel")
                    .contains("fingerprint 0a1b2c3d4e5f6a7b");
            assertThat(f.severity()).isEqualTo("high");
            assertThat(f.roles()).containsExactlyInAnyOrder("ceo", "cto", "cfo");
        });
    }

    @Test
    void should_find_nothing_in_clean_data() {
        List<PortfolioFinding> found = new ArrayList<>();
        PastedSecretFindings.find(new PortfolioSnapshot(new Run("r", "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")),
                List.of(Facts.read("r", "jada", "bookings", "ddb-bookings", "jada-bookings", null, List.of(), 0))), found);
        assertThat(found).isEmpty();
    }
}
