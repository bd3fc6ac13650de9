package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.analysis.Report;
import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.analysis.ReportBook;
import com.execreports.analysis.ReportSettings;
import com.execreports.config.SnapshotJson;
import com.execreports.localaws.LocalAws;
import com.execreports.model.PortfolioSnapshot;

/**
 * The money terms (booked, earned, not invoiced, collected …) five reports show, with the figure each report gives a
 * term for a business: what the cross-report checks compare, on the demo and on any other portfolio.
 *
 * @param terms the terms some report's "Money terms" footer defines
 * @param seen  "term | business" → report role → the money figure it shows ("a / b" when one report shows two)
 */
record MoneyTermsShown(Set<String> terms, Map<String, Map<String, String>> seen) {

    static final String PORTFOLIO = "All businesses";
    private static final Pattern MONEY = Pattern.compile("-?\\$[0-9][0-9,]*|unknown");
    private static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    /** Each report whole, as its full attachment renders it (a brief leaves some tables to it), written from the run's archived snapshot. */
    static List<Report> archivedReports(LocalAws aws, String period, String portfolioName) throws Exception {
        PortfolioSnapshot snapshot = new SnapshotJson().read(aws.bytes(LocalAws.ARCHIVE_BUCKET, period + "snapshot.json"));
        return new ReportBook(new ReportSettings(portfolioName, 365, 20, 10)).write(snapshot).stream()
                .map(r -> r.full() == null ? r : r.full()).toList();
    }

    /** Every to-date table, KPI and glossary line that names a term. */
    static MoneyTermsShown in(List<Report> reports) {
        Set<String> terms = new TreeSet<>();
        reports.forEach(r -> glossary(r).ifPresent(g -> g.rows().forEach(row -> terms.add(row.get(0)))));
        Map<String, Map<String, String>> seen = new TreeMap<>();
        for (Report r : reports) {
            for (Kpi k : r.kpis()) {
                if (terms.contains(k.name())) {
                    note(seen, k.name(), PORTFOLIO, r.role(), k.value());
                }
            }
            for (Section s : r.sections()) {
                // a table by month holds that month's figures, not the to-date ones the terms stand for
                if (s.columns().isEmpty() || !s.columns().get(0).equals("Business") && !s.columns().get(0).equals("Term")
                        || s.columns().contains("Month")) {
                    continue;
                }
                for (List<String> row : s.rows()) {
                    if (s.columns().get(0).equals("Term")) {
                        note(seen, row.get(0), PORTFOLIO, r.role(), row.get(1));
                        continue;
                    }
                    for (int i = 1; i < s.columns().size(); i++) {
                        if (terms.contains(s.columns().get(i)) && !row.get(i).equals("—")) {
                            note(seen, s.columns().get(i), row.get(0), r.role(), row.get(i));
                        }
                    }
                }
            }
        }
        return new MoneyTermsShown(terms, seen);
    }

    /** Asserts one figure per term and business in each report and across them; returns the keys two or more reports show. */
    List<String> assertOneFigureEach() {
        List<String> shared = new ArrayList<>();
        seen.forEach((key, byReport) -> {
            assertThat(byReport.values()).as("%s within one report", key).noneMatch(v -> v.contains(" / "));
            if (byReport.size() > 1) {
                shared.add(key);
                assertThat(new HashSet<>(byReport.values())).as("%s in %s", key, byReport).hasSize(1);
            }
        });
        return shared;
    }

    /** The figure of a term for a business, in whichever reports show it (they agree once {@link #assertOneFigureEach} passed). */
    Map<String, String> figure(String term, String business) {
        return seen.getOrDefault(term + " | " + business, Map.of());
    }

    /** Asserts each archived full report's "Money terms" footer gives a term the same figure; returns term → figure. */
    Map<String, String> assertFootersAgree(LocalAws aws, String period) {
        Map<String, String> rendered = new LinkedHashMap<>();
        for (String role : ROLES) {
            String text = aws.object(LocalAws.ARCHIVE_BUCKET, period + role + "-full.txt");
            for (String term : terms) {
                Matcher line = Pattern.compile("(?m)^" + Pattern.quote(term) + " +\\| +(\\S+) +\\|").matcher(text);
                if (line.find()) {
                    String before = rendered.putIfAbsent(term, line.group(1));
                    assertThat(line.group(1)).as("%s in the %s report's footer", term, role).isEqualTo(before == null ? line.group(1) : before);
                }
            }
        }
        return rendered;
    }

    /** The footer of a report that shows money terms (the CTO and CMO reports show none). */
    private static Optional<Section> glossary(Report r) {
        return r.sections().stream().filter(s -> s.title().equals("Money terms")).findFirst();
    }

    /** Keeps the money figure of a cell ("3, $2,500" → $2,500; "$747,632 (36%)" → $747,632). */
    private static void note(Map<String, Map<String, String>> seen, String term, String business, String role, String cell) {
        Matcher m = MONEY.matcher(cell);
        if (m.find()) {
            seen.computeIfAbsent(term + " | " + business, k -> new TreeMap<>()).merge(role, m.group(), (a, b) -> a.equals(b) ? a : a + " / " + b);
        }
    }
}
