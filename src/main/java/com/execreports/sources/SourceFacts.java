package com.execreports.sources;

import java.util.concurrent.TimeoutException;

import com.execreports.model.BusinessProfile;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.Run;
import com.execreports.security.ValueRedaction;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns the end of a source route into its canonical {@link Facts}: the tally's summary when it read, or a
 * failed fact naming the source, the resource and the error when it did not. Bound as {@code sourceFacts}.
 */
public final class SourceFacts {

    private static final Logger LOG = LoggerFactory.getLogger(SourceFacts.class);

    /** Exchange property holding the source's {@link PastedSecrets}. */
    static final String PASTED_SECRETS = "pastedSecrets";

    /** Where each source's reading is measured: how long it read and how many items it folded. */
    @FunctionalInterface
    public interface ReadMeter {
        ReadMeter NONE = (source, took, items) -> { };

        void read(String source, java.time.Duration took, long items);
    }

    private final ValueRedaction redaction;
    private final long readBudgetMillis;
    private final ReadMeter meter;
    private final java.util.function.Supplier<Run> tick;

    /** @param readBudgetMillis how long a source may read when its template sets no budget of its own (sources.read-budget-ms) */
    public SourceFacts(ValueRedaction redaction, long readBudgetMillis) {
        this(redaction, readBudgetMillis, ReadMeter.NONE);
    }

    public SourceFacts(ValueRedaction redaction, long readBudgetMillis, ReadMeter meter) {
        this(redaction, readBudgetMillis, meter, () -> Run.at(java.time.OffsetDateTime.now(), java.time.ZoneOffset.UTC));
    }

    /** @param tick the read a source's own timer starts, as of the run clock's now (outside any run) */
    public SourceFacts(ValueRedaction redaction, long readBudgetMillis, ReadMeter meter, java.util.function.Supplier<Run> tick) {
        this.redaction = redaction;
        this.readBudgetMillis = readBudgetMillis;
        this.meter = meter;
        this.tick = tick;
    }

    /**
     * Remembers which source this exchange is reading, for the facts and for any error, and starts its reading budget.
     *
     * @param budgetMillis the source's own budget (template parameter readBudgetMs, declared once in DomainFileCheck); 0 for
     *                     sources.read-budget-ms
     */
    public void begin(Exchange exchange, String domain, String source, String kind, String resource, long budgetMillis) {
        if (exchange.getProperty("run") == null) {
            // a tick of the source's own timer: it reads as of now, for whichever run uses its facts next
            Run now = tick.get();
            exchange.setProperty("run", new Run("poll-" + now.runId(), now.period(), now.asOf()));
            exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
        }
        exchange.setProperty(ReadDeadline.PROPERTY, ReadDeadline.start(budgetMillis > 0 ? budgetMillis : readBudgetMillis,
                FactsCollector.collectionOpen(exchange)));
        exchange.setProperty(PASTED_SECRETS, new PastedSecrets(redaction));
        exchange.setProperty("sourceDomain", domain);
        exchange.setProperty("sourceName", source);
        exchange.setProperty("sourceKind", kind);
        exchange.setProperty("sourceResource", resource);
    }

    public Facts complete(Exchange exchange) {
        SourceTally tally = exchange.getProperty("tally", SourceTally.class);
        PastedSecrets pasted = pastedSecrets(exchange);
        Facts facts = FactsRedaction.redact(tally.facts(run(exchange).runId()), pasted);
        facts = facts.withPastedSecrets(pasted.found()).stoppedAt(ReadDeadline.of(exchange).stop());
        measure(exchange, facts.name());
        if (facts.stopped() != null) {
            LOG.warn("Source {} read {}: {}{}", facts.name(), facts.resource(), facts.stopped().text(), unreadable(facts));
        } else {
            LOG.info("Source {} read {}: {}{}", facts.name(), facts.resource(), facts.status(), unreadable(facts));
        }
        return facts;
    }

    /** ", 2 unreadable: where why; where why", so ops can point whoever keeps the data at the cells (already masked). */
    static String unreadable(Facts facts) {
        if (facts.unreadable() == 0) {
            return "";
        }
        return ", " + facts.unreadable() + " unreadable: "
                + String.join("; ", facts.issues().stream().map(DataIssue::text).toList());
    }

    /** @param taxYearStart the month its tax year starts, 1–12; anything else is an issue and the calendar year is used */
    public Facts profile(Run run, String domain, String name, String kind, String owner, String taxYearStart) {
        String where = "routes/domains/" + domain + ".yaml";
        int month = taxYearStart != null && taxYearStart.strip().matches("\\d{1,2}") ? Integer.parseInt(taxYearStart.strip()) : 0;
        java.util.List<DataIssue> issues = month >= 1 && month <= 12 ? java.util.List.of()
                : java.util.List.of(new DataIssue(where, "taxYearStart " + IssueText.quoted(String.valueOf(taxYearStart))
                        + " is not a month 1-12: the calendar year is used"));
        return Facts.read(run.runId(), domain, "profile", "business", where, new BusinessProfile(name, kind, owner, month),
                issues, issues.size());
    }

    public Facts failed(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String domain = exchange.getProperty("sourceDomain", "?", String.class);
        String source = exchange.getProperty("sourceName", "?", String.class);
        String kind = exchange.getProperty("sourceKind", String.class);
        String resource = exchange.getProperty("sourceResource", String.class);
        // an error may quote what it read (a key, a value): redacted like the data, never logged whole
        PastedSecrets pasted = pastedSecrets(exchange);
        String reason = pasted.redact(describe(error), resource == null ? domain + "/" + source : resource, null, 0, "error");
        LOG.warn("Source {}/{} failed reading {}: {}", domain, source, resource, reason);
        measure(exchange, domain + "/" + source);
        return Facts.failed(run(exchange).runId(), domain, source, kind, resource, reason).withPastedSecrets(pasted.found());
    }

    /** The source's read time and items, when the exchange began one (its failures are counted from the snapshot). */
    private void measure(Exchange exchange, String source) {
        ReadDeadline deadline = exchange.getProperty(ReadDeadline.PROPERTY, ReadDeadline.class);
        if (deadline != null) {
            meter.read(source, deadline.elapsed(), deadline.units());
        }
    }

    /** The source's collector; a fresh one when the exchange never began a source. */
    PastedSecrets pastedSecrets(Exchange exchange) {
        PastedSecrets pasted = exchange.getProperty(PASTED_SECRETS, PastedSecrets.class);
        return pasted != null ? pasted : new PastedSecrets(redaction);
    }

    /** The collector of the source this exchange reads, for the processors that feed its tally. */
    static PastedSecrets of(Exchange exchange) {
        PastedSecrets pasted = exchange.getProperty(PASTED_SECRETS, PastedSecrets.class);
        if (pasted == null) {
            throw new IllegalStateException("the source did not begin with sourceFacts.begin");
        }
        return pasted;
    }

    /** A one-line reason a person can act on: the AWS error code and message, never a stack trace. */
    static String describe(Throwable error) {
        Throwable t = error;
        while (t != null && !(t instanceof AwsServiceException) && !(t instanceof SdkClientException)
                && !(t instanceof TimeoutException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t == null) {
            return "unknown error";
        }
        if (t instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage()
                    + " (HTTP " + aws.statusCode() + ")";
        }
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static Run run(Exchange exchange) {
        return exchange.getProperty("run", Run.class);
    }
}
