package com.execreports.analysis;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.execreports.analysis.Report.Finding;
import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.analysis.Report.SourceLine;
import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SourceStatus;

/** The parts every report shares: header, completeness, the summary's closing sentences, findings and actions. */
final class ReportFrame {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm xxx", Locale.US);

    private final ReportSettings settings;

    ReportFrame(ReportSettings settings) {
        this.settings = settings;
    }

    Report report(String role, String title, PortfolioSnapshot snapshot, List<PortfolioFinding> all, Trend trend,
                  List<String> leadSentences, List<Kpi> kpis, List<Section> sections) {
        List<PortfolioFinding> mine = all.stream().filter(f -> f.roles().contains(role)).toList();
        List<Report.Action> actions = ActionRanking.rank(mine);
        List<String> summary = new ArrayList<>(leadSentences);
        if (!mine.isEmpty()) {
            PortfolioFinding worst = mine.get(0);
            summary.add("Worst risk: " + worst.business() + " — " + lowerFirst(worst.title()) + ".");
        } else {
            summary.add("No problems were found in the data this report covers.");
        }
        if (!actions.isEmpty()) {
            summary.add(ActionRanking.topActionSentence(mine));
        }
        summary.add(completenessSentence(snapshot));
        List<PortfolioFinding> resolvedSince = trend.resolved(role, mine);
        if (!trend.firstRun()) {
            long fresh = mine.stream().filter(f -> "new".equals(trend.since(f))).count();
            summary.add(summary.size() - 1, "Since " + trend.previous().run().period() + ": " + Figures.plural(fresh, "new finding")
                    + ", " + Figures.count(resolvedSince.size()) + " resolved.");
        }
        List<Finding> resolved = resolvedSince.stream()
                .map(f -> new Finding(f.id(), f.severity(), f.business(), f.title(), f.where(), f.impact(), "resolved")).toList();
        List<String> sentences = List.copyOf(summary.subList(0, Math.min(5, summary.size())));
        List<Kpi> targeted = KpiTargets.apply(kpis, settings.kpiTargets());
        // the whole report (sent as is, or attached in full beside a brief) gives every finding its evidence: nothing is lost
        Report whole = new Report(role, title, settings.portfolio(), snapshot.run().period(), AS_OF.format(snapshot.run().asOf()),
                completeness(snapshot), !snapshot.gaps().isEmpty(), sentences, targeted, findings(mine, trend), List.of(), resolved,
                actions, sections);
        // the reading budget cuts the report once its charts are drawn (their descriptions are part of the text); a brief
        // details the worst of each kind only, then one fewer at a time
        List<Report.Detail> briefDetail = new ArrayList<>();
        for (int limit = ReadingBudget.BRIEF_DETAILED; limit >= ReadingBudget.FEWEST_DETAILED; limit--) {
            List<PortfolioFinding> worst = worstOfEachKind(mine, limit);
            Report.Detail detail = new Report.Detail(findings(worst, trend), MinorFindings.lines(without(mine, worst), trend, true, worst));
            if (!briefDetail.contains(detail)) {
                briefDetail.add(detail);
            }
        }
        return whole.withBriefDetail(briefDetail).withFirstScreen(FirstScreens.of(role, snapshot, mine, actions, targeted, trend, settings));
    }

    private static List<Finding> findings(List<PortfolioFinding> detailed, Trend trend) {
        return detailed.stream()
                .map(f -> new Finding(f.id(), f.severity(), f.business(), f.title(), f.where(), f.impact(), trend.since(f))).toList();
    }

    private static List<PortfolioFinding> without(List<PortfolioFinding> all, List<PortfolioFinding> shown) {
        return all.stream().filter(f -> !shown.contains(f)).toList();
    }

    /**
     * The findings a brief shows in detail: the worst ones, one of each kind, so three live keys do not crowd out every
     * other risk; the rest of a kind share a line below.
     */
    static List<PortfolioFinding> worstOfEachKind(List<PortfolioFinding> worstFirst, int limit) {
        List<PortfolioFinding> detailed = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (PortfolioFinding f : worstFirst) {
            if (detailed.size() < limit && kinds.add(f.kind())) {
                detailed.add(f);
            }
        }
        return detailed;
    }

    static List<SourceLine> completeness(PortfolioSnapshot snapshot) {
        List<SourceLine> lines = new ArrayList<>();
        for (Facts f : snapshot.sources()) {
            String note = switch (f.status()) {
                case OK -> "read completely";
                case PARTIAL -> partialNote(f);
                case FAILED, TIMED_OUT -> f.error();
            };
            if (f.asOf() != null && f.usable()) {
                // read from a copy (an export), or by the source's timer before the run: its figures are as of then
                String when = "s3-ddb-export".equals(f.kind()) ? "data as of the export of " : "data as of its last read, ";
                note = (note == null || note.isEmpty() ? "" : note + "; ") + when + AS_OF.format(f.asOf());
            }
            lines.add(new SourceLine(f.name(), f.resource() == null ? "" : f.resource(),
                    f.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), note));
        }
        return lines;
    }

    /** Why a partial source is partial: where its reading stopped, and/or the unreadable items left out. */
    static String partialNote(Facts f) {
        String unreadable = f.unreadable() == 0 ? "" : Figures.count(f.unreadable()) + " unreadable items left out";
        if (f.stopped() == null) {
            return unreadable;
        }
        return f.stopped().text() + (unreadable.isEmpty() ? "" : "; " + unreadable);
    }

    static String completenessSentence(PortfolioSnapshot snapshot) {
        int total = snapshot.sources().size();
        List<Facts> gaps = snapshot.gaps();
        List<Facts> partial = snapshot.sources().stream().filter(f -> f.status() == SourceStatus.PARTIAL).toList();
        // "read" must not claim complete: a partial source left items out of the figures
        List<Facts> unreadable = partial.stream().filter(f -> f.unreadable() > 0).toList();
        List<Facts> stopped = partial.stream().filter(f -> f.stopped() != null).toList();
        List<String> why = new ArrayList<>();
        if (!unreadable.isEmpty()) {
            why.add(Figures.plural(unreadable.stream().mapToLong(Facts::unreadable).sum(), "unreadable item") + " left out: "
                    + String.join(", ", unreadable.stream().map(Facts::name).toList()));
        }
        if (!stopped.isEmpty()) {
            // a source stopped by its time budget is named with how far it got: its figures hold only that much
            why.add(String.join(", ", stopped.stream().map(f -> f.name() + " " + f.stopped().text().replace("; figures from this source are partial", "")).toList()));
        }
        String partly = partial.isEmpty() ? "" : Figures.count(partial.size()) + " partly (" + String.join("; ", why) + ")";
        if (gaps.isEmpty()) {
            return partial.isEmpty() ? "All " + total + " data sources were read completely for this report."
                    : "All " + total + " data sources were read for this report, " + partial.size() + " of them " + partly.substring(partly.indexOf("partly")) + ".";
        }
        return gaps.size() + " of " + total + " data sources could not be read ("
                + String.join(", ", gaps.stream().map(Facts::name).toList()) + "); their figures are missing below."
                + (partial.isEmpty() ? "" : " Of those read, " + partly + ".");
    }

    /** Revenue sentence shared by the CEO and CFO summaries: the portfolio's last 30 days and its biggest mover. */
    static List<String> revenueSentences(PortfolioSnapshot snapshot) {
        return revenueSentences(snapshot, true);
    }

    /**
     * @param lastFullMonth whether to add the last full month against its history (the CFO reads it in the key figure
     *                      right below, so the CFO's summary leaves it out)
     */
    static List<String> revenueSentences(PortfolioSnapshot snapshot, boolean lastFullMonth) {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        long now = bookings.stream().mapToLong(f -> f.data().last30DaysCents()).sum();
        long before = bookings.stream().mapToLong(f -> f.data().previous30DaysCents()).sum();
        List<String> s = new ArrayList<>();
        long taking = bookings.stream().filter(f -> f.data().last30DaysCents() > 0).map(Fact::domain).distinct().count();
        int all = snapshot.businesses().size();
        String who = taking == all ? (all == 1 ? "by the one business" : "across all " + all + " businesses")
                : "by " + taking + " of the " + all + " businesses";
        String month = lastFullMonth ? MonthlyHistories.bookings(snapshot).lastFullMonthChange("bookings") : "";
        s.add("Bookings worth " + Figures.money(now) + " were taken " + who + " in the last 30 days (" + Figures.change(now, before)
                + " on the 30 days before)" + (month.isEmpty() ? "." : "; " + month + "."));
        bookings.stream().max(java.util.Comparator.comparingLong(
                        f -> Math.abs(f.data().last30DaysCents() - f.data().previous30DaysCents())))
                .filter(f -> f.data().last30DaysCents() != f.data().previous30DaysCents())
                .ifPresent(f -> s.add("Biggest movement: " + snapshot.businessName(f.domain()) + ", "
                        + Figures.money(f.data().last30DaysCents()) + " against " + Figures.money(f.data().previous30DaysCents())
                        + " (" + Figures.change(f.data().last30DaysCents(), f.data().previous30DaysCents()) + ")."));
        return s;
    }

    static String statusOf(PortfolioSnapshot snapshot, String domain, String source) {
        return snapshot.sources().stream().filter(f -> f.domain().equals(domain) && f.source().equals(source))
                .findFirst().map(f -> f.status() == SourceStatus.OK ? "ok" : f.status().name().toLowerCase(Locale.ROOT))
                .orElse("not configured");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(1 < s.length() ? 1 : 0)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
