package com.execreports.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.Report;
import com.execreports.analysis.ReportBook;
import com.execreports.model.PortfolioSnapshot;

/**
 * Two periods' KPIs side by side, each computed from its archived snapshot by the reports' own code (ReportBook), so
 * the figures are those the reports of each period showed.
 */
public final class PeriodKpis {

    /** One KPI of one report in both periods ("—" where a period's report does not show it). */
    public record Row(String role, String kpi, String first, String second) {
    }

    private final ReportBook book;

    public PeriodKpis(ReportBook book) {
        this.book = book;
    }

    public List<Row> compare(PortfolioSnapshot first, PortfolioSnapshot second) {
        Map<String, Map<String, String>> a = kpis(first);
        Map<String, Map<String, String>> b = kpis(second);
        List<Row> rows = new ArrayList<>();
        for (String role : com.execreports.config.ServiceConfiguration.ROLES) {
            Map<String, String> inA = a.getOrDefault(role, Map.of());
            Map<String, String> inB = b.getOrDefault(role, Map.of());
            List<String> names = new ArrayList<>(inA.keySet());
            inB.keySet().stream().filter(n -> !inA.containsKey(n)).forEach(names::add);
            for (String name : names) {
                rows.add(new Row(role, name, inA.getOrDefault(name, "—"), inB.getOrDefault(name, "—")));
            }
        }
        return rows;
    }

    private Map<String, Map<String, String>> kpis(PortfolioSnapshot snapshot) {
        Map<String, Map<String, String>> byRole = new LinkedHashMap<>();
        for (Report r : book.write(snapshot)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Report.Kpi k : r.kpis()) {
                values.putIfAbsent(k.name(), k.value());
            }
            byRole.put(r.role(), values);
        }
        return byRole;
    }
}
