package com.execreports.sources;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.aws2.ddb.Ddb2Constants;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Walks a DynamoDB Scan page by page: camel-aws2-ddb returns one page per call, so after each call this feeds
 * the page to the source's tally and sets the start key of the next page, until there is none or the source's
 * {@link ReadDeadline} says stop. Bound as {@code ddbPages}.
 */
public final class DdbPages {

    @SuppressWarnings("unchecked")
    public void fold(Exchange exchange) {
        Message in = exchange.getMessage();
        ItemTally tally = exchange.getProperty("tally", ItemTally.class);
        List<Map<String, AttributeValue>> items = in.getHeader(Ddb2Constants.ITEMS, List.class);
        if (items != null) {
            PastedSecrets pasted = exchange.getProperty(SourceFacts.PASTED_SECRETS, PastedSecrets.class);
            String table = exchange.getProperty("sourceResource", String.class);
            items.forEach(item -> PastedSecrets.fold(pasted, table, item, tally));
            ReadDeadline.of(exchange).counted(items.size(), "items");
        }
        Map<String, AttributeValue> lastKey = in.getHeader(Ddb2Constants.LAST_EVALUATED_KEY, Map.class);
        // drop the page so it can be collected while the next one is read
        in.removeHeaders("CamelAwsDdb*");
        exchange.setProperty("pagesRead", exchange.getProperty("pagesRead", 0, Integer.class) + 1);
        if (lastKey == null || lastKey.isEmpty() || !ReadDeadline.of(exchange).goOn()) {
            exchange.setProperty("morePages", false);
        } else {
            in.setHeader(Ddb2Constants.START_KEY, lastKey);
            exchange.setProperty("morePages", true);
        }
    }
}
