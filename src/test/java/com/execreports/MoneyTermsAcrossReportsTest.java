package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import org.junit.jupiter.api.Test;

/**
 * The demo's five reports, as rendered and archived and as written from the run's archived snapshot: a money term
 * (booked, earned, not invoiced, collected …) that two reports show has one value for a business and period.
 */
class MoneyTermsAcrossReportsTest extends DemoPipelineTestSupport {

    private static final String PERIOD = "reports/exec/2026-W48/";
    private static final Pattern MONEY = Pattern.compile("-?\\$[0-9][0-9,]*|unknown");
    private static final String PORTFOLIO = "All businesses";

    @Test
    void should_show_one_figure_for_each_money_term_business_and_period_in_every_report() throws Exception {
        runAt("2026-11-23T07:00:00-08:00");
        PortfolioSnapshot snapshot = new SnapshotJson().read(aws.bytes(LocalAws.ARCHIVE_BUCKET, PERIOD + "snapshot.json"));
        // each report whole, as its full attachment renders it: a brief leaves some tables to it
        List<Report> reports = new ReportBook(new ReportSettings("Demo portfolio", 365, 20, 10)).write(snapshot).stream()
                .map(r -> r.full() == null ? r : r.full()).toList();

        Set<String> terms = new TreeSet<>();
        reports.forEach(r -> glossary(r).ifPresent(g -> g.rows().forEach(row -> terms.add(row.get(0)))));
        assertThat(terms).contains("Booked", "Earned", "Backlog", "Invoiced", "Not invoiced", "Collected", "Earned, not collected");

        // term | business → report → value, from every to-date table, KPI and glossary line that names the term
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
        List<String> shared = new ArrayList<>();
        seen.forEach((key, byReport) -> {
            assertThat(byReport.values()).as("%s within one report", key).noneMatch(v -> v.contains(" / "));
            if (byReport.size() > 1) {
                shared.add(key);
                assertThat(new HashSet<>(byReport.values())).as("%s in %s", key, byReport).hasSize(1);
            }
        });
        // the figures the demo's readers found disagreeing now agree across the reports that show them
        assertThat(seen.get("Not invoiced | " + PORTFOLIO)).containsOnlyKeys("ceo", "cfo", "accounting");
        assertThat(seen.get("Not invoiced | JADA (yacht charters)")).containsOnlyKeys("cfo", "accounting");
        assertThat(seen.get("Earned, not collected | " + PORTFOLIO)).containsKeys("ceo", "cfo", "accounting");
        assertThat(shared).hasSizeGreaterThan(10);

        // and the archived text says so too: each report's "Money terms" footer gives a term the same figure
        Map<String, String> rendered = new LinkedHashMap<>();
        for (String role : List.of("ceo", "cto", "cfo", "cmo", "accounting")) {
            String text = aws.object(LocalAws.ARCHIVE_BUCKET, PERIOD + role + "-full.txt");
            for (String term : terms) {
                Matcher line = Pattern.compile("(?m)^" + Pattern.quote(term) + " +\\| +(\\S+) +\\|").matcher(text);
                if (line.find()) {
                    String before = rendered.putIfAbsent(term, line.group(1));
                    assertThat(line.group(1)).as("%s in the %s report's footer", term, role).isEqualTo(before == null ? line.group(1) : before);
                }
            }
        }
        assertThat(rendered).containsKeys("Not invoiced", "Earned, not collected");
    }

    /** The footer of a report that shows money terms (the CTO and CMO reports show none). */
    private static java.util.Optional<Section> glossary(Report r) {
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
