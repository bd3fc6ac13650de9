package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;

/**
 * sources.max-concurrency bounds how many sources read at once: with 2, never more than two source routes are in
 * flight, each on one of the two source-reader threads, and every source is still read (the others wait their turn).
 */
class SourceConcurrencyTest extends DemoPipelineTestSupport {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Set<String> readerThreads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sourcesSent = new AtomicInteger();

    @Override
    protected void overrideProperties(Properties p) {
        p.put("sources.max-concurrency", "2");
    }

    @Override
    protected void doPostSetup() throws Exception {
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeSendingEvent sending && isSource(sending.getEndpoint().getEndpointUri())) {
                    mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    readerThreads.add(Thread.currentThread().getName().replaceAll("#\\d+", "#n") + "|" + Thread.currentThread().getId());
                } else if (event instanceof CamelEvent.ExchangeSentEvent sent && isSource(sent.getEndpoint().getEndpointUri())) {
                    inFlight.decrementAndGet();
                    sourcesSent.incrementAndGet();
                }
            }
        });
    }

    private static boolean isSource(String uri) {
        return uri.startsWith("bean://sourcePolls");
    }

    @Test
    void should_read_every_source_two_at_a_time() throws Exception {
        aws.clearSes();

        RunOutcome outcome = template.requestBodyAndHeader("direct:run", null, "ExecReportsAsOf", "2027-06-14T07:00:00-07:00",
                RunOutcome.class);

        assertThat(outcome.gaps()).isEmpty();
        assertThat(outcome.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        int expected = context.getRegistry().lookupByNameAndType("sourceCatalog", com.execreports.sources.SourceCatalog.class)
                .expected().size();
        assertThat(sourcesSent.get()).isEqualTo(expected).isGreaterThan(20);
        assertThat(mostAtOnce.get()).as("source routes in flight at once").isEqualTo(2);
        assertThat(readerThreads).as("threads that read sources").hasSize(2)
                .allSatisfy(t -> assertThat(t).contains("source-reader"));
    }
}
