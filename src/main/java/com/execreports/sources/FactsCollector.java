package com.execreports.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.execreports.model.Facts;
import com.execreports.model.Run;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Gathers the answers of the fan-out into one list. A source whose route still threw (its error handler
 * failed too) becomes a failed fact named after its endpoint, so nothing is dropped.
 * <p>
 * The list is collected on the run's own exchange, never on a source's answer: an answer that failed and was
 * handled carries flags (handled, rollback-only, an exception) that would end the run's route right after the
 * fan-out, silently, whenever that source happened to answer first.
 */
public final class FactsCollector implements AggregationStrategy {

    /** Exchange property of the run's exchange that holds the facts collected so far. */
    static final String COLLECTED = "collectedFacts";

    /**
     * Exchange property of the run's exchange: true while the run waits for its sources. Shared by reference with every
     * source's exchange (a copy of the run's), so a source still reading when the run stops waiting stops at its next
     * page instead of scanning on in the background.
     */
    static final String COLLECTION_OPEN = "collectionOpen";

    /** Opens the collection of a run's sources: called on the run's exchange just before the fan-out. */
    public void open(Exchange run) {
        run.setProperty(COLLECTION_OPEN, new AtomicBoolean(true));
    }

    /** The run's collection flag as a source sees it; an open one of its own when the source is read outside a run. */
    static AtomicBoolean collectionOpen(Exchange source) {
        AtomicBoolean open = source.getProperty(COLLECTION_OPEN, AtomicBoolean.class);
        return open != null ? open : new AtomicBoolean(true);
    }

    private static void close(Exchange exchange) {
        if (exchange != null) {
            AtomicBoolean open = exchange.getProperty(COLLECTION_OPEN, AtomicBoolean.class);
            if (open != null) {
                open.set(false);
            }
        }
    }

    @Override
    public Exchange aggregate(Exchange collected, Exchange answer) {
        throw new UnsupportedOperationException("FactsCollector aggregates into the run's exchange: call aggregate(old, new, input)");
    }

    @Override
    public Exchange aggregate(Exchange collected, Exchange answer, Exchange run) {
        @SuppressWarnings("unchecked")
        List<Facts> all = run.getProperty(COLLECTED, List.class);
        if (all == null) {
            all = new ArrayList<>();
            run.setProperty(COLLECTED, all);
        }
        all.add(factsOf(answer));
        run.getMessage().setBody(all);
        return run;
    }

    /** The hard timeout (sources.timeout-ms): sources still reading are told to stop; they are named timed out. */
    @Override
    public void timeout(Exchange collected, int index, int total, long timeout) {
        close(collected);
    }

    @Override
    public void onCompletion(Exchange run, Exchange input) {
        close(input);
        close(run);
        // the list lives on as the body only; a later run on a reused exchange starts afresh
        run.removeProperty(COLLECTED);
        if (!(run.getMessage().getBody() instanceof List<?>)) {
            run.getMessage().setBody(new ArrayList<Facts>());
        }
    }

    private static Facts factsOf(Exchange answer) {
        Object body = answer.getMessage().getBody();
        if (answer.getException() == null && body instanceof Facts facts) {
            return facts;
        }
        String endpoint = answer.getProperty(Exchange.RECIPIENT_LIST_ENDPOINT, String.class);
        // the property holds the endpoint as resolved: bean://sourcePolls?method=poll(*,'<domain>','<source>')
        SourceCatalog.ExpectedSource source = SourcePolls.readBy(endpoint)
                .orElse(new SourceCatalog.ExpectedSource("?", String.valueOf(endpoint)));
        Run run = answer.getProperty("run", Run.class);
        String reason = answer.getException() != null ? SourceFacts.describe(answer.getException())
                : "source answered with " + (body == null ? "nothing" : body.getClass().getSimpleName()) + ", not facts";
        return Facts.failed(run.runId(), source.domain(), source.source(), null, null, reason);
    }
}
