package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

/** Finding ids read from their subject: short, readable, one finding each, the same every run. */
class FindingRefsTest {

    @Test
    void should_code_each_business_from_its_name() {
        assertThat(FindingRefs.code("JADA (yacht charters)", "jada")).isEqualTo("JADA");
        assertThat(FindingRefs.code("QuickDumpNow (junk removal)", "quickdumpnow")).isEqualTo("QDN");
        assertThat(FindingRefs.code("DangerousCentaur (studio)", "dangerouscentaur")).isEqualTo("DC");
        assertThat(FindingRefs.code("Queen of San Diego (sailing and events)", "queenofsandiego")).isEqualTo("QOSD");
        assertThat(FindingRefs.code("Expert Yacht Delivery", "expert-yacht-delivery")).isEqualTo("EYD");
        assertThat(FindingRefs.code("3028 51st St Rental", "rental-3028-51st")).isEqualTo("3028");
        assertThat(FindingRefs.code("Bakery", "bakery")).isEqualTo("BAKERY");
    }

    @Test
    void should_read_the_business_kind_and_what_it_is_about_from_the_subject() {
        PortfolioSnapshot snapshot = ActionOwnersTest.snapshot(true);
        FindingRefs refs = FindingRefs.of(snapshot, List.of(
                finding("no-invoice.jada", "JADA (yacht charters)"),
                finding("data-quality.dc.bookings", "DangerousCentaur (studio)"),
                finding("open-function-url.jada-booking-api", "JADA (yacht charters)"),
                finding("secret.stripe-secret-key.a15b", "Expert Yacht Delivery"),
                finding("cash-unexplained", "Portfolio-wide"),
                finding("undocumented-equity.marco-reyes", "Portfolio-wide"),
                finding("s3-storage.expert-yacht-delivery-trip-photos", "Expert Yacht Delivery")));

        assertThat(refs.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "no-invoice.jada", "F-JADA-NO-INVOICE",
                "data-quality.dc.bookings", "F-DC-DATA-QUALITY-BOOKINGS",
                // the code already says whose function it is
                "open-function-url.jada-booking-api", "F-JADA-OPEN-FUNCTION-URL-BOOKING-API",
                // a secret by its fingerprint, as the scanner shows it
                "secret.stripe-secret-key.a15b", "F-EYD-SECRET-a15b",
                "cash-unexplained", "F-CASH-UNEXPLAINED",
                "undocumented-equity.marco-reyes", "F-UNDOCUMENTED-EQUITY-MARCO-REYES",
                // too long to read: a short hash of itself, the same every week
                "s3-storage.expert-yacht-delivery-trip-photos", "F-EYD-S3-STORAGE-" + FindingRefs.hash("expert-yacht-delivery-trip-photos")));
    }

    @Test
    void should_tell_apart_two_subjects_that_would_read_the_same() {
        PortfolioSnapshot snapshot = ActionOwnersTest.snapshot(true);
        // two rules, one fingerprint prefix: both read F-EYD-SECRET-a15b
        FindingRefs refs = FindingRefs.of(snapshot, List.of(finding("secret.stripe-secret-key.a15b", "Expert Yacht Delivery"),
                finding("secret.aws-access-key-id.a15b99", "Expert Yacht Delivery")));

        assertThat(refs.ref("secret.stripe-secret-key.a15b")).isEqualTo("F-EYD-SECRET-a15b-" + FindingRefs.hash("secret.stripe-secret-key.a15b"));
        assertThat(refs.ref("secret.aws-access-key-id.a15b99")).isEqualTo("F-EYD-SECRET-a15b-" + FindingRefs.hash("secret.aws-access-key-id.a15b99"));
        assertThat(Set.copyOf(refs.asMap().values())).hasSize(2);
    }

    @Test
    void should_give_the_same_id_whatever_else_the_run_found() {
        PortfolioSnapshot snapshot = ActionOwnersTest.snapshot(true);
        FindingRefs alone = FindingRefs.of(snapshot, List.of(finding("no-invoice.jada", "JADA (yacht charters)")));
        FindingRefs many = FindingRefs.of(snapshot, List.of(finding("empty-funnel.dc", "DangerousCentaur (studio)"),
                finding("no-invoice.jada", "JADA (yacht charters)"), finding("no-invoice.dc", "DangerousCentaur (studio)")));

        assertThat(many.ref("no-invoice.jada")).isEqualTo(alone.ref("no-invoice.jada")).isEqualTo("F-JADA-NO-INVOICE");
        assertThat(many.ref("unknown")).isEmpty();
    }

    static PortfolioFinding finding(String id, String business) {
        return new PortfolioFinding(id, "medium", business, "t", "w", "i", 0, Set.of("ceo"), new Fix("Fix " + id, 1));
    }
}
