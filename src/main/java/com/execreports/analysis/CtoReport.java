package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
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
        List<Fact<SiteFacts>> sites = snapshot.all(SiteFacts.class);
        long pages = sites.stream().mapToLong(f -> f.data().htmlPages()).sum();
        long tagged = sites.stream().mapToLong(f -> f.data().pagesWithAnalytics()).sum();
        long stale = sites.stream().mapToLong(f -> f.data().stalePages().size()).sum();
        long withCalendar = sites.stream().filter(f -> f.data().pagesWithCalendar() > 0).count();
        List<Kpi> kpis = List.of(
                new Kpi("Sites audited", Figures.count(sites.size()), "", Figures.count(pages) + " HTML pages"),
                new Kpi("Pages with analytics", Figures.percent(tagged, pages), "no previous period", Figures.count(tagged) + " of " + Figures.count(pages)),
                new Kpi("Sites with availability calendar", withCalendar + " of " + sites.size(), "no previous period", ""),
                new Kpi("Stale marketing pages", Figures.count(stale), "no previous period", "declared copy date older than the stale-copy age"),
                new Kpi("Data sources failing", Figures.count(snapshot.gaps().size()), "", "each is a finding below"));
        List<String> lead = List.of("The sites of " + sites.size() + " businesses were audited: " + Figures.count(tagged) + " of "
                + Figures.count(pages) + " pages carry an analytics tag and " + withCalendar + " sites show availability.");
        return frame.report("cto", "CTO report", snapshot, findings, lead, kpis, List.of(siteAudit(snapshot, sites), coverage()));
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

    /** Says plainly what this report does not cover yet, so silence is not read as "all clear". */
    private static Section coverage() {
        return new Section("Not yet audited", "These checks need sources this service does not read yet; no finding here does not mean no problem.",
                List.of("Area", "Needs"),
                List.of(List.of("Hardcoded secrets in code and env files", "code-artifact and env-file scanning of the code buckets"),
                        List.of("Unauthenticated endpoints, WAF", "Lambda function URL and CloudFront inventory"),
                        List.of("AWS spend and savings", "the Cost and Usage Report export"),
                        List.of("CI, staging, rollback", "the engineering register")));
    }
}
