package com.execreports.sources;

import java.util.ArrayList;
import java.util.List;

import com.execreports.model.Facts;
import com.execreports.model.Run;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Gathers the answers of the fan-out into one list. A source whose route still threw (its error handler
 * failed too) becomes a failed fact named after its endpoint, so nothing is dropped.
 */
public final class FactsCollector implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange collected, Exchange answer) {
        Exchange result = collected == null ? answer : collected;
        @SuppressWarnings("unchecked")
        List<Facts> all = collected == null ? new ArrayList<>() : collected.getMessage().getBody(List.class);
        all.add(factsOf(answer));
        result.getMessage().setBody(all);
        result.setException(null);
        return result;
    }

    private static Facts factsOf(Exchange answer) {
        Object body = answer.getMessage().getBody();
        if (answer.getException() == null && body instanceof Facts facts) {
            return facts;
        }
        String endpoint = answer.getProperty(Exchange.RECIPIENT_LIST_ENDPOINT, "direct://source.?.?", String.class);
        // the property holds the endpoint as resolved (direct://source.<domain>.<source>, perhaps with options)
        String name = endpoint.substring(endpoint.indexOf("source.")).replaceAll("\\?.*$", "");
        SourceCatalog.ExpectedSource source = SourceCatalog.parse("direct://" + name);
        Run run = answer.getProperty("run", Run.class);
        String reason = answer.getException() != null ? SourceFacts.describe(answer.getException())
                : "source answered with " + (body == null ? "nothing" : body.getClass().getSimpleName()) + ", not facts";
        return Facts.failed(run.runId(), source.domain(), source.source(), null, null, reason);
    }
}
