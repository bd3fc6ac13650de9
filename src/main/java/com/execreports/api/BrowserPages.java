package com.execreports.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The report browser's own pages (the archived reports are served as they were sent). Every value shown is escaped. */
final class BrowserPages {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}"
            + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums}a{color:#1a4f8b}";

    private BrowserPages() {
    }

    static String login(boolean wrong) {
        return page("Sign in", (wrong ? "<p role=\"alert\">That token is not valid.</p>" : "")
                + "<form method=\"post\" action=\"/login\"><label>API token <input type=\"password\" name=\"token\" id=\"token\""
                + " autocomplete=\"current-password\"></label> <button type=\"submit\" id=\"sign-in\">Sign in</button></form>");
    }

    static String disabled(String variable) {
        return page("Report browser disabled", "<p>The report browser is off: environment variable <code>" + Html.text(variable)
                + "</code> (api.token-env) holds no token.</p>");
    }

    static String periods(List<String> periods) {
        StringBuilder b = new StringBuilder("<ul id=\"periods\">");
        for (String p : periods) {
            b.append("<li><a href=\"/reports/").append(Html.text(p)).append("\">").append(Html.text(p)).append("</a></li>");
        }
        b.append("</ul>");
        if (periods.isEmpty()) {
            b.append("<p>Nothing archived yet.</p>");
        }
        if (periods.size() >= 2) {
            b.append("<h2>Compare two periods</h2><form method=\"get\" action=\"/compare\">")
                    .append(select("a", periods, periods.get(1))).append(" with ").append(select("b", periods, periods.get(0)))
                    .append(" <button type=\"submit\" id=\"compare\">Compare KPIs</button></form>");
        }
        return page("Archived periods", b.toString());
    }

    private static String select(String name, List<String> periods, String chosen) {
        StringBuilder b = new StringBuilder("<select name=\"" + name + "\" id=\"" + name + "\">");
        for (String p : periods) {
            b.append("<option").append(p.equals(chosen) ? " selected" : "").append(">").append(Html.text(p)).append("</option>");
        }
        return b.append("</select>").toString();
    }

    /** A period: each report as sent, its full report, text and delivery record, and the run's own records. */
    static String period(String period, List<String> files, java.util.Map<String, JsonNode> deliveries) {
        StringBuilder b = new StringBuilder("<table id=\"reports\"><tr><th>Report</th><th>Delivery</th><th>Files</th></tr>");
        for (String role : com.execreports.config.ServiceConfiguration.ROLES) {
            if (!files.contains(role + ".html") && !files.contains(role + ".delivery.json")) {
                continue;
            }
            JsonNode d = deliveries.get(role);
            String state = d == null ? "no delivery record" : d.path("state").asText("?");
            String subject = d == null ? "" : d.path("subject").asText("");
            b.append("<tr><td>");
            if (files.contains(role + ".html")) {
                b.append(link(period, role + ".html", role.toUpperCase(java.util.Locale.ROOT)));
            } else {
                b.append(Html.text(role.toUpperCase(java.util.Locale.ROOT)));
            }
            b.append("<br><small>").append(Html.text(subject)).append("</small></td><td>").append(Html.text(state)).append("</td><td>");
            for (String[] f : new String[][] {{role + "-full.html", "full report"}, {role + ".txt", "text"},
                    {role + ".delivery.json", "delivery record"}}) {
                if (files.contains(f[0])) {
                    b.append(link(period, f[0], f[1])).append(" ");
                }
            }
            b.append("</td></tr>");
        }
        b.append("</table><p>");
        for (String record : ArchiveNames.RUN_RECORDS) {
            String f = record + ".json";
            if (files.contains(f)) {
                b.append(link(period, f, f)).append(" ");
            }
        }
        b.append("</p><p><a href=\"/reports\">All periods</a></p>");
        return page("Reports of " + period, b.toString());
    }

    static String compare(String a, String b, List<PeriodKpis.Row> rows) {
        StringBuilder t = new StringBuilder("<table id=\"kpis\"><tr><th>Report</th><th>KPI</th><th>" + Html.text(a) + "</th><th>"
                + Html.text(b) + "</th></tr>");
        for (PeriodKpis.Row r : rows) {
            t.append("<tr><td>").append(Html.text(r.role().toUpperCase(java.util.Locale.ROOT))).append("</td><td>").append(Html.text(r.kpi()))
                    .append("</td><td class=\"n\">").append(Html.text(r.first())).append("</td><td class=\"n\">")
                    .append(Html.text(r.second())).append("</td></tr>");
        }
        t.append("</table><p><a href=\"/reports\">All periods</a></p>");
        return page("KPIs: " + a + " and " + b, t.toString());
    }

    static String notFound(String what) {
        return page("Not found", "<p>" + Html.text(what) + "</p><p><a href=\"/reports\">All periods</a></p>");
    }

    private static String link(String period, String file, String label) {
        return "<a href=\"/reports/" + Html.text(period) + "/" + Html.text(file) + "\">" + Html.text(label) + "</a>";
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + Html.text(title) + " · exec-reports</title><style>" + STYLE + "</style></head><body><h1>"
                + Html.text(title) + "</h1>" + body + "</body></html>";
    }
}
