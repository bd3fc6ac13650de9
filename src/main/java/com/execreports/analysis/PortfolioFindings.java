package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.ChannelFacts;
import com.execreports.model.CostFacts;
import com.execreports.model.EngineeringFacts;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.OrgFacts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SiteFacts;
import com.execreports.model.SourceStatus;
import com.execreports.model.SubscriptionFacts;
import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.PortfolioFinding.Stake;
import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.analysis.RiskScore.Exposure;

/** Finds the problems the snapshot shows, once for the whole run. */
public final class PortfolioFindings {

    static final Set<String> ALL = Set.of("ceo", "cto", "cfo", "cmo", "accounting");
    static final Set<String> FUNNEL_KINDS = Set.of("bookings", "logistics");
    /** Failed renewals and a past-due majority are fixed by the same work, so they share one action. */
    static final Fix RENEWAL_FIX = new Fix("Fix subscription renewals: card retries, dunning emails, card-update link", 2);

    private final ReportSettings settings;

    public PortfolioFindings(ReportSettings settings) {
        this.settings = settings;
    }

    public List<PortfolioFinding> find(PortfolioSnapshot snapshot) {
        List<PortfolioFinding> found = new ArrayList<>();
        sourceGaps(snapshot, found);
        for (Fact<BookingFacts> f : snapshot.all(BookingFacts.class)) {
            uninvoiced(snapshot, f, found);
            emptyFunnel(snapshot, f, found);
        }
        for (Fact<SubscriptionFacts> f : snapshot.all(SubscriptionFacts.class)) {
            renewals(snapshot, f, found);
        }
        for (Fact<SiteFacts> f : snapshot.all(SiteFacts.class)) {
            site(snapshot, f, found);
        }
        for (Fact<InventoryFacts> f : snapshot.all(InventoryFacts.class)) {
            inventory(snapshot, f.data(), found);
        }
        snapshot.all(EngineeringFacts.class).forEach(f -> DeliveryProcessFindings.find(snapshot, f.data(), found));
        SecurityFindings.find(snapshot, found);
        PastedSecretFindings.find(snapshot, found);
        snapshot.all(OrgFacts.class).forEach(f -> OrganisationFindings.find(snapshot, f.data(), found));
        OwnerMismatchFindings.find(snapshot, found);
        snapshot.all(OrgFacts.class).forEach(f -> found.addAll(KeyPersonRisk.find(snapshot, f.data())));
        List<OrgFacts> orgs = snapshot.all(OrgFacts.class).stream().map(Fact::data).toList();
        snapshot.all(com.execreports.model.IamFacts.class).forEach(f -> IamFindings.find(snapshot, f.data(), orgs, found));
        snapshot.all(com.execreports.model.RdsFacts.class).forEach(f -> DatabaseFindings.find(snapshot, f.data(), found));
        snapshot.all(com.execreports.model.MetricFacts.class).forEach(f -> {
            FunctionHealthFindings.find(snapshot, f.data(), settings.functionErrorAlarmPercent(), found);
            FunctionHealthFindings.slow(snapshot, f.data(), settings.functionP95AlarmMs(), found);
            DistributionErrorFindings.find(snapshot, f.data(), settings.cdn4xxAlarmPercent(), settings.cdn5xxAlarmPercent(), found);
        });
        snapshot.all(com.execreports.model.SesAccountFacts.class).forEach(f -> EmailSendingFindings.find(snapshot, f.data(), found));
        snapshot.all(ChannelFacts.class).forEach(f -> ChannelFindings.find(snapshot, f.data(), found));
        snapshot.all(LedgerFacts.class).forEach(f -> SpendFindings.ledger(f.data(), found));
        snapshot.costs().forEach(f -> SpendFindings.costs(snapshot, f.data(), settings.untaggedSpendAlarmPercent(), found));
        CostReconciliation.of(snapshot).ifPresent(r -> SpendFindings.reconciliation(r, found));
        FinanceFindings.find(snapshot, settings, found);
        ContractorForms.find(snapshot, found);
        HistoryFindings.find(snapshot, found);
        snapshot.all(InvoiceFacts.class).forEach(f -> ReconciliationFindings.find(snapshot, f.data(), found));
        found.sort(PortfolioFinding.WORST_FIRST);
        return List.copyOf(found);
    }

    private void sourceGaps(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        for (Facts f : snapshot.sources()) {
            String business = snapshot.businessName(f.domain());
            if (f.status() == SourceStatus.FAILED || f.status() == SourceStatus.TIMED_OUT) {
                String what = f.status() == SourceStatus.FAILED ? "failed" : "timed out";
                found.add(new PortfolioFinding("source-gap." + f.domain() + "." + f.source(), "high", business,
                        "Source " + f.name() + " " + what + ": its figures are missing from every report",
                        (f.resource() == null ? f.name() : f.resource()) + " — " + f.error(),
                        "unknown: the figures from this source are absent", 0, ALL,
                        new Fix("Restore the failing data sources", 2)));
            }
        }
        for (Facts f : snapshot.sources()) {
            if (f.stopped() != null) {
                found.add(new PortfolioFinding("source-partial." + f.domain() + "." + f.source(), "medium", snapshot.businessName(f.domain()),
                        "Source " + f.name() + " was read only partly: its time budget ran out",
                        (f.resource() == null ? f.name() : f.resource()) + " — " + f.stopped().text(),
                        "the figures from this source count only what was read before it stopped", 0, ALL,
                        new Fix("Give the source a larger read budget (readBudgetMs, sources.read-budget-ms) or read it faster", 2)));
            }
        }
        UnreadableFindings.find(snapshot, found);
    }

    /** The glossary's "not invoiced": earned bookings no invoice was made for (bookings still ahead may not be due yet). */
    private void uninvoiced(PortfolioSnapshot snapshot, Fact<BookingFacts> f, List<PortfolioFinding> found) {
        BookingFacts b = f.data();
        long count = b.uninvoicedEarned();
        long cents = b.uninvoicedEarnedCents();
        if (count == 0) {
            return;
        }
        long sharePct = b.earnedCents() == 0 ? 0 : Math.round(100.0 * cents / b.earnedCents());
        String severity = sharePct > settings.uninvoicedAlarmPercent() ? "high" : "medium";
        found.add(new PortfolioFinding("no-invoice." + f.domain(), severity, snapshot.businessName(f.domain()),
                Figures.plural(count, "earned booking") + " worth " + Figures.money(cents)
                        + (count == 1 ? " is" : " are") + " not invoiced (" + sharePct + "% of earned)",
                "DynamoDB " + b.table() + ", e.g. " + String.join(", ", b.withoutInvoiceSample()),
                Figures.money(cents) + " of work done with no invoice to collect or defend it",
                cents, Set.of("ceo", "cfo", "accounting"),
                new Fix("Invoice every booking: backfill the uninvoiced ones and require an invoice id at booking", 2))
                .staking(List.of(new Stake(uninvoicedPool(f.domain()), cents)))
                .groupedAs("Earned bookings not invoiced", count, "booking",
                        Figures.plural(count, "booking") + " worth " + Figures.money(cents) + " (" + sharePct + "% of earned)"));
    }

    private void emptyFunnel(PortfolioSnapshot snapshot, Fact<BookingFacts> f, List<PortfolioFinding> found) {
        BookingFacts b = f.data();
        if (b.openLeads() > 0 || !expectsFunnel(snapshot, f.domain())) {
            return;
        }
        found.add(new PortfolioFinding("empty-funnel." + f.domain(), "high", snapshot.businessName(f.domain()),
                "Empty sales funnel: 0 open leads or quotes for upcoming dates",
                "DynamoDB " + b.table() + " — no item with a lead/quote status and a future service date",
                "no visible pipeline behind " + Figures.money(b.last30DaysCents()) + " booked in the last 30 days",
                0, Set.of("ceo", "cmo"), new Fix("Capture every inquiry as a lead with a value and follow-up date", 3))
                // the table may not be where the business keeps its inquiries
                .withConfidence(Confidence.INFERRED));
    }

    private void inventory(PortfolioSnapshot snapshot, InventoryFacts inventory, List<PortfolioFinding> found) {
        for (InventoryFacts.Function fn : inventory.functions()) {
            String business = fn.business() == null ? "Portfolio-wide (untagged)" : snapshot.businessName(fn.business());
            boolean open = "NONE".equals(fn.urlAuthType());
            if (open) {
                boolean payment = SecurityFindings.holdsPaymentKey(snapshot, fn);
                String cors = fn.corsAnyOrigin() ? " and CORS open to every website (AllowOrigins *)" : "";
                found.add(new PortfolioFinding("open-function-url." + fn.name(), "high", business,
                        "Lambda function " + fn.name() + (payment ? ", on the payment path," : "") + " has a public function URL with no"
                                + " authentication (AuthType NONE)" + cors,
                        "Lambda " + fn.name() + " — " + fn.url(), "anyone who finds the URL can call it and run up cost or write data"
                                + (payment ? "; its code holds a live payment key, so a call can move money" : "")
                                + (cors.isEmpty() ? "" : "; any web page can make its visitors' browsers call it, so the calls"
                                        + " come from real customers' addresses and cannot be blocked by IP"),
                        0, Set.of("ceo", "cto"),
                        new Fix("Require authentication on public Lambda function URLs (AWS_IAM, or an authorizer in front)", 2))
                        .exposedTo(payment ? Set.of(Exposure.PUBLIC, Exposure.PAYMENT_PATH) : Set.of(Exposure.PUBLIC)));
            }
            if (fn.deprecated()) {
                found.add(new PortfolioFinding("deprecated-runtime." + fn.name(), "medium", business,
                        "Lambda function " + fn.name() + " runs on deprecated runtime " + fn.runtime()
                                + ": no security patches, and AWS will block updates",
                        "Lambda " + fn.name() + " (last deployed " + fn.lastModified() + ")", "unpatched runtime on a live function", 0,
                        Set.of("cto"), new Fix("Upgrade functions on deprecated Lambda runtimes", 2))
                        .exposedTo(open ? Set.of(Exposure.PUBLIC) : Set.of()));
            }
        }
        for (InventoryFacts.Distribution d : inventory.distributions()) {
            String business = d.business() == null ? "Portfolio-wide (untagged)" : snapshot.businessName(d.business());
            String name = d.id() + (d.aliases().isEmpty() ? "" : " (" + String.join(", ", d.aliases()) + ")");
            if (!d.hasWaf()) {
                found.add(new PortfolioFinding("no-waf." + d.id(), "high", business,
                        "CloudFront distribution " + name + " has no WAF web ACL: no rate limiting or bot/injection filtering",
                        "CloudFront " + d.id() + " → " + String.join(", ", d.origins()), "the site and its booking forms take every request unfiltered",
                        0, Set.of("cto"), new Fix("Attach AWS WAF with the managed core rule set to every distribution", 1))
                        .exposedTo(Set.of(Exposure.PUBLIC)));
            }
            if (d.defaultTtl() == 0) {
                found.add(new PortfolioFinding("no-caching." + d.id(), "low", business,
                        "CloudFront distribution " + name + " caches nothing (default TTL 0): every request goes to the origin",
                        "CloudFront " + d.id() + " default cache behaviour", "slower pages and higher S3 request cost", 0,
                        Set.of("cto"), new Fix("Set CloudFront default TTLs for static sites (e.g. one day)", 1)));
            }
        }
    }

    /** The pool of a business's revenue that carries no invoice: the uninvoiced and the uncollected findings share it. */
    static String uninvoicedPool(String domain) {
        return "uninvoiced." + domain;
    }

    /** A rental fills through its listings; a lead pipeline is expected of quote-driven businesses only. */
    static boolean expectsFunnel(PortfolioSnapshot snapshot, String domain) {
        return FUNNEL_KINDS.contains(snapshot.of(domain, BusinessProfile.class).map(BusinessProfile::kind).orElse(""));
    }

    private void renewals(PortfolioSnapshot snapshot, Fact<SubscriptionFacts> f, List<PortfolioFinding> found) {
        SubscriptionFacts s = f.data();
        if (s.renewalsAttempted() == 0 || s.renewalFailurePercent() <= settings.renewalFailureAlarmPercent()) {
            return;
        }
        long pastDue = s.countByStatus().getOrDefault("past_due", 0L);
        // a year of the past-due subscriptions at the active ones' average price: what lapses if they are not recovered
        long yearAtRisk = Figures.divideCents(pastDue * s.mrrCents() * 12, s.active());
        found.add(new PortfolioFinding("renewal-failures." + f.domain(), "high", snapshot.businessName(f.domain()),
                Figures.count(s.renewalsFailed()) + " of " + Figures.count(s.renewalsAttempted())
                        + " subscription renewals failed (" + s.renewalFailurePercent() + "%, all history; alarm above "
                        + settings.renewalFailureAlarmPercent() + "%)",
                "DynamoDB " + s.table() + ", e.g. " + String.join(", ", s.failedRenewalSample()),
                Figures.count(pastDue) + " subscriptions past due" + (yearAtRisk > 0 ? " (" + Figures.money(yearAtRisk)
                        + " a year at the average price)" : "") + "; MRR now " + Figures.money(s.mrrCents()), yearAtRisk,
                Set.of("ceo", "cfo", "cmo", "accounting"), RENEWAL_FIX));
    }

    private void site(PortfolioSnapshot snapshot, Fact<SiteFacts> f, List<PortfolioFinding> found) {
        SiteFacts s = f.data();
        String business = snapshot.businessName(f.domain());
        String kind = snapshot.of(f.domain(), BusinessProfile.class).map(BusinessProfile::kind).orElse("");
        if (s.htmlPages() > 0 && s.pagesWithAnalytics() == 0) {
            found.add(new PortfolioFinding("no-analytics." + f.domain(), "medium", business,
                    "Site has no analytics tag on any of its " + s.htmlPages() + " pages: visits and conversions are unmeasured",
                    "s3://" + s.bucket() + " (" + s.htmlPages() + " HTML pages)", "marketing spend and SEO cannot be judged", 0,
                    Set.of("ceo", "cto", "cmo"), new Fix("Add an analytics tag (GA4 or Plausible) to every site", 1))
                    .groupedAs("Site has no analytics tag: visits and conversions are unmeasured", s.htmlPages(), "page",
                            "s3://" + s.bucket() + ", " + Figures.plural(s.htmlPages(), "page")));
        }
        if (kind.equals("bookings") && s.htmlPages() > 0 && s.pagesWithCalendar() == 0) {
            found.add(new PortfolioFinding("no-calendar." + f.domain(), "medium", business,
                    "Booking site has no availability calendar: customers must call or email to find a date",
                    "s3://" + s.bucket() + " (" + s.htmlPages() + " HTML pages)", "lost bookings from visitors who will not ask", 0,
                    Set.of("cto", "cmo"), new Fix("Add a live availability calendar to the booking sites", 3)));
        }
        if (!s.stalePages().isEmpty()) {
            SiteFacts.StalePage oldest = s.stalePages().stream().max(Comparator.comparingLong(SiteFacts.StalePage::ageDays)).orElseThrow();
            found.add(new PortfolioFinding("stale-copy." + f.domain(), "low", business,
                    Figures.plural(s.stalePages().size(), "marketing page") + " not updated for over " + settings.staleCopyDays()
                            + " days (oldest: " + oldest.key() + ", " + oldest.modified() + ")",
                    "s3://" + s.bucket() + "/" + String.join(", ", s.stalePages().stream().map(SiteFacts.StalePage::key).toList()),
                    "outdated offers and prices shown to visitors", 0, Set.of("cto", "cmo"),
                    new Fix("Refresh stale marketing copy and dated offers", 2))
                    .groupedAs("Marketing copy not updated for over " + settings.staleCopyDays() + " days", s.stalePages().size(), "page",
                            "s3://" + s.bucket() + "/" + String.join(", ", s.stalePages().stream().map(SiteFacts.StalePage::key).toList())
                                    + " (oldest: " + oldest.key() + ", " + oldest.modified() + ")"));
        }
        List<String> seo = new ArrayList<>();
        if (!s.hasSitemap()) {
            seo.add("no sitemap.xml");
        }
        if (!s.hasRobots()) {
            seo.add("no robots.txt");
        }
        if (!s.pagesWithoutDescription().isEmpty()) {
            seo.add(Figures.plural(s.pagesWithoutDescription().size(), "page") + " without meta description");
        }
        if (!s.pagesWithoutTitle().isEmpty()) {
            seo.add(Figures.plural(s.pagesWithoutTitle().size(), "page") + " without title");
        }
        if (!seo.isEmpty()) {
            found.add(new PortfolioFinding("seo-basics." + f.domain(), "low", business,
                    "SEO basics missing: " + String.join(", ", seo), "s3://" + s.bucket(),
                    "weaker search visibility", 0, Set.of("cmo"),
                    new Fix("Add sitemap.xml, robots.txt and meta descriptions", 1))
                    .groupedAs("SEO basics missing", 0, null, String.join(", ", seo)));
        }
    }
}
