package com.execreports.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Everything one run learned, in one place: all five reports are rendered from it.
 *
 * @param run            the run
 * @param sources        every expected source, answered or not, sorted by name
 * @param invoiceMatches business → its invoices matched against its bookings, made from the sources' per-item
 *                       structures when the snapshot is made (or read back from a snapshot archived before they were
 *                       kept); the archive keeps these totals, not the items
 */
public record PortfolioSnapshot(Run run, List<Facts> sources, SortedMap<String, InvoiceMatch> invoiceMatches) {

    public PortfolioSnapshot {
        invoiceMatches = invoiceMatches == null ? InvoiceMatch.of(sources) : invoiceMatches;
    }

    public PortfolioSnapshot(Run run, List<Facts> sources) {
        this(run, sources, null);
    }

    /** The business's invoices matched against its bookings; nothing matched when no invoice ledger was read. */
    public InvoiceMatch invoiceMatch(String domain) {
        return invoiceMatches.getOrDefault(domain, InvoiceMatch.NONE);
    }

    public List<String> domains() {
        return sources.stream().map(Facts::domain).distinct().sorted().toList();
    }

    /** The businesses, without portfolio-wide domains (kind "portfolio"). */
    public List<String> businesses() {
        return domains().stream().filter(d -> !of(d, BusinessProfile.class).map(p -> "portfolio".equals(p.kind())).orElse(false)).toList();
    }

    public List<Facts> gaps() {
        return sources.stream().filter(f -> f.status() == SourceStatus.FAILED || f.status() == SourceStatus.TIMED_OUT).toList();
    }

    public <T extends SourceData> List<Fact<T>> all(Class<T> type) {
        return sources.stream().filter(Facts::usable).filter(f -> type.isInstance(f.data()))
                .map(f -> new Fact<>(f, type.cast(f.data()))).toList();
    }

    /**
     * The cost facts the reports count: the cost exports' where one was read (they name resources), else Cost
     * Explorer's. Never both: that would count the bill twice; Cost Explorer beside an export is reconciled with it.
     */
    public List<Fact<CostFacts>> costs() {
        List<Fact<CostFacts>> all = all(CostFacts.class);
        List<Fact<CostFacts>> exports = all.stream().filter(f -> f.data().explorer() == null).toList();
        return exports.isEmpty() ? all : exports;
    }

    /** Cost Explorer's facts, counted or not (beside a cost export they give the forecast and the reconciliation). */
    public Optional<Fact<CostFacts>> costExplorer() {
        return all(CostFacts.class).stream().filter(f -> f.data().explorer() != null).findFirst();
    }

    public <T extends SourceData> Optional<T> of(String domain, Class<T> type) {
        return all(type).stream().filter(f -> f.facts().domain().equals(domain)).map(Fact::data).findFirst();
    }

    public String businessName(String domain) {
        return of(domain, BusinessProfile.class).map(BusinessProfile::name).orElse(domain);
    }

    /** Typed view of one usable source answer. */
    public record Fact<T extends SourceData>(Facts facts, T data) {
        public String domain() {
            return facts.domain();
        }
    }
}
