package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The hard timeout (sources.timeout-ms) reaches the sources still reading: they stop at their next page. */
class FactsCollectorTest {

    @Test
    void should_tell_a_source_still_reading_to_stop_once_the_run_stops_waiting() {
        Exchange run = new DefaultExchange(new DefaultCamelContext());
        FactsCollector collector = new FactsCollector();
        collector.open(run);
        // the recipient list hands each source a copy of the run's exchange: the flag is shared by reference
        ReadDeadline deadline = ReadDeadline.start(60_000, FactsCollector.collectionOpen(run.copy()));
        assertThat(deadline.goOn()).isTrue();

        collector.timeout(run, 12, 29, 120_000);

        assertThat(deadline.goOn()).as("reads on after the run stopped waiting").isFalse();
        assertThat(deadline.stop().why()).isEqualTo("collection closed");
    }

    @Test
    void should_stop_late_sources_when_the_collection_completes_too() {
        Exchange run = new DefaultExchange(new DefaultCamelContext());
        FactsCollector collector = new FactsCollector();
        collector.open(run);
        ReadDeadline deadline = ReadDeadline.start(60_000, FactsCollector.collectionOpen(run.copy()));

        collector.onCompletion(run, run);

        assertThat(deadline.goOn()).isFalse();
    }
}
