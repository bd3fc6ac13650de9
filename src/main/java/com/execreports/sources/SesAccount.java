package com.execreports.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.execreports.model.Facts;
import com.execreports.model.Run;
import com.execreports.model.SesAccountFacts;

import org.apache.camel.Exchange;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.GetAccountResponse;
import software.amazon.awssdk.services.sesv2.model.ListConfigurationSetsResponse;
import software.amazon.awssdk.services.sesv2.model.ListSuppressedDestinationsResponse;
import software.amazon.awssdk.services.sesv2.model.SuppressedDestinationSummary;

/**
 * The SES account's sending health: SESv2 GetAccount (sending on, out of the sandbox, enforcement status, quota),
 * the suppression list counted by reason (ListSuppressedDestinations, every page), and each configuration set's
 * Reputation.BounceRate and .ComplaintRate over the period from CloudWatch (AWS/SES, dimension ses:configuration-set).
 * Bound as {@code sesAccount}.
 */
public final class SesAccount {

    private final Supplier<SesV2Client> ses;
    private final Supplier<CloudWatchClient> cloudWatch;

    public SesAccount(Supplier<SesV2Client> ses, Supplier<CloudWatchClient> cloudWatch) {
        this.ses = ses;
        this.cloudWatch = cloudWatch;
    }

    public Tally open(String domain, String source) {
        return new Tally(domain, source);
    }

    /** @param periodDays the reporting period, ending at the run's instant */
    public void read(Exchange exchange, int periodDays) {
        Tally tally = exchange.getProperty("tally", Tally.class);
        Run run = exchange.getProperty("run", Run.class);
        ReadDeadline deadline = ReadDeadline.of(exchange);
        SesV2Client client = ses.get();
        GetAccountResponse account = client.getAccount(b -> { });
        tally.account = account;
        Instant end = run.asOf().toInstant().truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(Duration.ofDays(periodDays));

        String token = null;
        do {
            String next = token;
            ListSuppressedDestinationsResponse page = client.listSuppressedDestinations(b -> b.pageSize(1000).nextToken(next));
            for (SuppressedDestinationSummary s : page.suppressedDestinationSummaries()) {
                tally.suppressed.merge(s.reasonAsString(), 1L, Long::sum);
                if (s.lastUpdateTime() != null && !s.lastUpdateTime().isBefore(start) && s.lastUpdateTime().isBefore(end)) {
                    tally.suppressedInPeriod++;
                }
            }
            deadline.counted(page.suppressedDestinationSummaries().size(), "suppressed addresses");
            token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
        } while (token != null && deadline.goOn());

        List<String> sets = new ArrayList<>();
        token = null;
        do {
            String next = token;
            ListConfigurationSetsResponse page = client.listConfigurationSets(b -> b.pageSize(100).nextToken(next));
            sets.addAll(page.configurationSets());
            token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
        } while (token != null);

        List<MetricDataQuery> queries = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            queries.add(MetricBatches.query("b" + i, "AWS/SES", "Reputation.BounceRate", "ses:configuration-set", sets.get(i), "Average", start, end));
            queries.add(MetricBatches.query("c" + i, "AWS/SES", "Reputation.ComplaintRate", "ses:configuration-set", sets.get(i), "Average", start, end));
        }
        Map<String, Double> rates = queries.isEmpty() ? Map.of() : new MetricBatches(cloudWatch.get()).ask(queries, start, end);
        for (int i = 0; i < sets.size(); i++) {
            tally.reputations.add(new SesAccountFacts.Reputation(sets.get(i), rates.get("b" + i), rates.get("c" + i)));
        }
    }

    public static final class Tally implements SourceTally {

        private final String domain;
        private final String source;
        private final Map<String, Long> suppressed = new TreeMap<>();
        private final List<SesAccountFacts.Reputation> reputations = new ArrayList<>();
        private long suppressedInPeriod;
        private GetAccountResponse account;

        Tally(String domain, String source) {
            this.domain = domain;
            this.source = source;
        }

        @Override
        public Facts facts(String runId) {
            var quota = account.sendQuota();
            return Facts.read(runId, domain, source, "aws-ses", "SES account", new SesAccountFacts(
                    Boolean.TRUE.equals(account.sendingEnabled()), Boolean.TRUE.equals(account.productionAccessEnabled()),
                    account.enforcementStatus(), quota == null || quota.max24HourSend() == null ? 0 : quota.max24HourSend(),
                    quota == null || quota.sentLast24Hours() == null ? 0 : quota.sentLast24Hours(), suppressed, suppressedInPeriod,
                    reputations), List.of(), 0);
        }
    }
}
