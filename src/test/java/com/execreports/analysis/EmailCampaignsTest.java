package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.execreports.model.BusinessProfile;
import com.execreports.model.Facts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SesAccountFacts;
import com.execreports.model.SesEventFacts;
import com.execreports.model.SesEventFacts.Stream;

import org.junit.jupiter.api.Test;

/** Whose mail a stream of SES events is, and how the suppression list grew, as the CTO reads it. */
class EmailCampaignsTest {

    private static final Run RUN = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));
    private static final Run LAST_WEEK = Run.at(OffsetDateTime.parse("2026-11-16T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));

    @Test
    void should_give_a_stream_to_the_business_its_configuration_set_names_else_to_the_one_whose_site_sends_it() {
        PortfolioSnapshot snapshot = snapshot(RUN, 51);

        assertThat(EmailCampaigns.business(snapshot, stream("jada-mail", "mail.example.org"))).isEqualTo("JADA (yacht charters)");
        assertThat(EmailCampaigns.business(snapshot, stream("marketing", "jadacharters.com")))
                .as("a CloudFront alias of the jada distribution").isEqualTo("JADA (yacht charters)");
        assertThat(EmailCampaigns.business(snapshot, stream("", "quickdumpnow.com"))).as("the domain's first label is the id")
                .isEqualTo("QuickDumpNow (junk removal)");
        assertThat(EmailCampaigns.business(snapshot, stream("newsletter", "example.org"))).isEqualTo("Portfolio-wide");
    }

    @Test
    void should_say_the_suppression_lists_growth_since_the_previous_period_or_the_periods_additions_on_a_first_run() {
        assertThat(EmailCampaigns.suppression(snapshot(RUN, 51), snapshot(LAST_WEEK, 40)))
                .isEqualTo(" Suppression list: 51 addresses, +11 since 2026-W47.");
        assertThat(EmailCampaigns.suppression(snapshot(RUN, 51), null)).isEqualTo(" Suppression list: 51 addresses, +37 in the period.");
    }

    @Test
    void should_leave_the_tables_out_when_no_event_records_were_read() {
        PortfolioSnapshot none = new PortfolioSnapshot(RUN, List.of());

        assertThat(EmailCampaigns.campaigns(none)).isEmpty();
        assertThat(EmailCampaigns.sending(none, null)).isEmpty();
    }

    private static Stream stream(String set, String domain) {
        return new Stream(set, domain, "winter", 10, 9, 1, 0, 0, 4, 1);
    }

    private static PortfolioSnapshot snapshot(Run run, long suppressed) {
        List<Facts> sources = new ArrayList<>();
        sources.add(Facts.read(run.runId(), "jada", "profile", "business", "routes/domains/jada.yaml",
                new BusinessProfile("JADA (yacht charters)", "bookings", "Jordan Alvarez"), List.of(), 0));
        sources.add(Facts.read(run.runId(), "quickdumpnow", "profile", "business", "routes/domains/quickdumpnow.yaml",
                new BusinessProfile("QuickDumpNow (junk removal)", "subscription", "Sam Okafor"), List.of(), 0));
        sources.add(Facts.read(run.runId(), "portfolio", "inventory", "aws-inventory", "Lambda + CloudFront", new InventoryFacts(List.of(),
                List.of(new InventoryFacts.Distribution("E2JQ8ZK4RT1V6M", "jada", "d3k9x2p7q1w8ze.cloudfront.net",
                        List.of("jadacharters.com", "www.jadacharters.com"), List.of(), 0, 0, "", true))), List.of(), 0));
        sources.add(Facts.read(run.runId(), "portfolio", "ses", "aws-ses", "SES account", new SesAccountFacts(true, true, "HEALTHY", 50000,
                812, Map.of("BOUNCE", suppressed - 4, "COMPLAINT", 4L), 37, List.of()), List.of(), 0));
        sources.add(Facts.read(run.runId(), "portfolio", "ses-events", "s3-ses-events", "portfolio-ses-events",
                new SesEventFacts("portfolio-ses-events", "ses-events/", "campaign", 7, 1, 20, List.of(stream("jada-mail", "jadacharters.com"))),
                List.of(), 0));
        return new PortfolioSnapshot(run, sources);
    }
}
