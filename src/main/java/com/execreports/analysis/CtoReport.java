package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.CostFacts;
import com.execreports.model.EngineeringFacts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SiteFacts;

/** The CTO's view: the stack as the sources see it, its gaps, and engineering actions. */
public final class CtoReport {

    private final ReportFrame frame;

    public CtoReport(ReportSettings settings) {
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<Fact<SiteFacts>> sites = snapshot.all(SiteFacts.class);
        long pages = sites.stream().mapToLong(f -> f.data().htmlPages()).sum();
        long tagged = sites.stream().mapToLong(f -> f.data().pagesWithAnalytics()).sum();
        long stale = sites.stream().mapToLong(f -> f.data().stalePages().size()).sum();
        long withCalendar = sites.stream().filter(f -> f.data().pagesWithCalendar() > 0).count();
        List<Kpi> kpis = new ArrayList<>();
        AwsSpend.kpi(snapshot, trend).ifPresent(kpis::add);
        kpis.addAll(List.of(
                new Kpi("Sites audited", Figures.count(sites.size()), "", Figures.count(pages) + " HTML pages"),
                new Kpi("Pages with analytics", Figures.percent(tagged, pages), trend.change(Measures::analyticsPages), Figures.count(tagged) + " of " + Figures.count(pages)),
                new Kpi("Sites with availability calendar", withCalendar + " of " + sites.size(), trend.change(Measures::sitesWithCalendar), ""),
                new Kpi("Stale marketing pages", Figures.count(stale), trend.change(Measures::stalePages), "declared copy date older than the stale-copy age"),
                new Kpi("Data sources failing", Figures.count(snapshot.gaps().size()), "", "each is a finding below")));
        String sitesClause = "the sites of " + sites.size() + " businesses were audited: " + Figures.count(tagged) + " of "
                + Figures.count(pages) + " pages carry an analytics tag and " + withCalendar + " sites show availability.";
        // one lead sentence, so the summary keeps its closing sentences within five
        List<String> lead = List.of(AwsSpend.leadClause(snapshot).map(spend -> spend + ", and " + sitesClause)
                .orElse(Character.toUpperCase(sitesClause.charAt(0)) + sitesClause.substring(1)));
        List<Section> sections = new ArrayList<>();
        snapshot.all(InventoryFacts.class).forEach(f -> {
            sections.add(functions(snapshot, f.data()));
            sections.add(distributions(snapshot, f.data()));
        });
        snapshot.all(com.execreports.model.RdsFacts.class).forEach(f -> {
            Section databases = DatabaseFindings.section(snapshot, f.data());
            if (databases != null) {
                sections.add(databases);
            }
        });
        EmailCampaigns.sending(snapshot, trend.previous()).ifPresent(sections::add);
        snapshot.costs().forEach(f -> {
            sections.add(AwsSpend.byService(snapshot, f.data()).asEssential());
            if (f.data().explorer() == null) {
                sections.add(AwsSpend.costliestResources(snapshot, f.data())); // Cost Explorer's monthly groups name no resource
            }
        });
        snapshot.all(EngineeringFacts.class).forEach(f -> sections.add(DeliveryProcessFindings.section(snapshot, f.data()).asEssential()));
        sections.add(siteAudit(snapshot, sites));
        Section quality = DataQuality.section(snapshot);
        if (quality != null) {
            sections.add(quality);
        }
        Section coverage = coverage(snapshot);
        if (!coverage.rows().isEmpty()) {
            sections.add(coverage);
        }
        return frame.report("cto", "CTO report", snapshot, findings, trend, lead, List.copyOf(kpis), sections);
    }

    private static Section functions(PortfolioSnapshot snapshot, InventoryFacts inventory) {
        List<List<String>> rows = new ArrayList<>();
        for (InventoryFacts.Function fn : inventory.functions()) {
            rows.add(List.of(fn.name(), fn.business() == null ? "untagged" : snapshot.businessName(fn.business()),
                    fn.runtime() + (fn.deprecated() ? " (deprecated)" : ""), fn.memoryMb() + " MB / " + fn.timeoutSeconds() + " s",
                    fn.urlAuthType() == null ? "no URL" : fn.urlAuthType(), Figures.count(fn.environmentNames().size())));
        }
        return new Section("Lambda functions", "Runtimes, limits and how each function can be reached; environment variables counted, never shown.",
                List.of("Function", "Business", "Runtime", "Memory / timeout", "URL auth", "Env vars"), rows);
    }

    private static Section distributions(PortfolioSnapshot snapshot, InventoryFacts inventory) {
        List<List<String>> rows = new ArrayList<>();
        for (InventoryFacts.Distribution d : inventory.distributions()) {
            rows.add(List.of(d.id(), d.business() == null ? "untagged" : snapshot.businessName(d.business()),
                    d.aliases().isEmpty() ? d.domainName() : String.join(", ", d.aliases()),
                    d.defaultTtl() + " s", d.hasWaf() ? "yes" : "no"));
        }
        return new Section("CloudFront distributions", "Caching and WAF per distribution.",
                List.of("Distribution", "Business", "Serves", "Default TTL", "WAF"), rows);
    }

    private static Section siteAudit(PortfolioSnapshot snapshot, List<Fact<SiteFacts>> sites) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<SiteFacts> f : sites) {
            SiteFacts s = f.data();
            rows.add(List.of(snapshot.businessName(f.domain()), s.bucket(), Figures.count(s.htmlPages()),
                    s.analyticsTags().isEmpty() ? "none" : String.join(", ", s.analyticsTags()),
                    s.pagesWithCalendar() > 0 ? "yes" : "no", Figures.count(s.stalePages().size()),
                    s.newestCopy() == null ? "undeclared" : s.newestCopy(),
                    (s.hasSitemap() ? "sitemap" : "no sitemap") + ", " + (s.hasRobots() ? "robots" : "no robots")));
        }
        return new Section("Site audit", "Analytics, availability and copy freshness per site bucket.",
                List.of("Business", "Bucket", "Pages", "Analytics", "Calendar", "Stale pages", "Newest copy", "SEO files"), rows);
    }

    /** Says plainly what this report does not cover, so silence is not read as "all clear". */
    private static Section coverage(PortfolioSnapshot snapshot) {
        List<List<String>> rows = new ArrayList<>();
        if (snapshot.all(com.execreports.model.SecurityFacts.class).isEmpty()) {
            rows.add(List.of("Hardcoded secrets in code and env files", "an s3-code-scan source over the code buckets"));
        }
        if (snapshot.all(com.execreports.model.DeployedCodeFacts.class).isEmpty()) {
            rows.add(List.of("Hardcoded secrets in the code Lambda runs", "an aws-lambda-code source (deployed packages and layers)"));
        }
        if (snapshot.all(InventoryFacts.class).isEmpty()) {
            rows.add(List.of("Unauthenticated endpoints, WAF, runtimes", "an aws-inventory source (Lambda and CloudFront)"));
        }
        List<EngineeringFacts> registers = snapshot.all(EngineeringFacts.class).stream().map(Fact::data).toList();
        if (registers.isEmpty()) {
            rows.add(List.of("CI, staging, rollback", "the engineering register (not read yet)"));
        } else if (registers.stream().noneMatch(EngineeringFacts::registerRead)) {
            EngineeringFacts r = registers.get(0);
            rows.add(List.of("CI, staging, rollback", "the engineering register " + r.bucket() + "/" + r.key() + " (not found or unreadable this run)"));
        }
        return new Section("Not yet audited", "These checks need sources this service does not read; no finding here does not mean no problem.",
                List.of("Area", "Needs"), rows);
    }
}
