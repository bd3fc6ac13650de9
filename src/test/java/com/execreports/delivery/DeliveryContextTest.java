package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.execreports.model.Run;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** Where a report's delivery stands, as its steps read it from the exchange. */
class DeliveryContextTest {

    private static final Run RUN = new Run("2026-W48-20261130T0700", "2026-W48", OffsetDateTime.parse("2026-11-30T07:00-08:00"));
    private static final ReportMessage CMO = new ReportMessage("cmo", "2026-W48", "CMO brief", "text", "<p>html</p>", List.of(), false);

    @Test
    void should_count_the_first_ses_call_and_each_retry() {
        Exchange exchange = exchange();
        exchange.setProperty("sesRetries", 2);

        assertThat(DeliveryContext.of(exchange).attempts()).isEqualTo(3);
        assertThat(DeliveryContext.of(exchange).attemptsIfSending()).as("the SES call was never reached").isZero();
    }

    @Test
    void should_name_the_report_from_whatever_its_delivery_got_as_far_as() {
        Exchange exchange = exchange();
        assertThat(DeliveryContext.of(exchange).role()).isEqualTo("?");

        exchange.setProperty("role", "cmo");
        assertThat(DeliveryContext.of(exchange).role()).isEqualTo("cmo");

        exchange.setProperty("message", CMO);
        assertThat(DeliveryContext.of(exchange).role()).isEqualTo("cmo");
    }

    @Test
    void should_find_the_latest_record_of_the_report_in_the_runs_record() {
        Exchange exchange = exchange();
        exchange.setProperty("message", CMO);
        List<Delivery> deliveries = exchange.getProperty("deliveries", List.class);
        deliveries.add(Delivery.failed("cmo", "throttled"));
        deliveries.add(Delivery.failed("cfo", "refused"));
        deliveries.add(new Delivery("cmo", Delivery.Status.DELIVERED, List.of("cmo@example.com"), List.of(), "m-1", List.of(), 1, null));

        assertThat(DeliveryContext.of(exchange).recorded().status()).isEqualTo(Delivery.Status.DELIVERED);
    }

    @Test
    void should_list_no_archive_keys_before_the_message_was_composed() {
        Exchange exchange = exchange();
        ArchiveLayout layout = new ArchiveLayout("reports/exec/");
        assertThat(DeliveryContext.of(exchange).archiveKeys(layout)).isEmpty();

        exchange.setProperty("message", CMO);
        assertThat(DeliveryContext.of(exchange).archiveKeys(layout)).containsExactly("reports/exec/2026-W48/cmo.html",
                "reports/exec/2026-W48/cmo.txt");
    }

    private static Exchange exchange() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty("run", RUN);
        exchange.setProperty("deliveries", new ArrayList<Delivery>());
        return exchange;
    }
}
