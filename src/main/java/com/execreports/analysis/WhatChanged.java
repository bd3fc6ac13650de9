package com.execreports.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.execreports.model.CostFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * What changed since the last report, for the first screen: the role's figures that moved most, then the findings that
 * are new and those resolved. Against the previous archived snapshot when there is one; on a first report, the data's
 * own history stands in: the last full month against the month before.
 */
final class WhatChanged {

    /** Moves of figures shown; the findings' lines follow them. */
    static final int MOVES = 2;

    /** Titles of new or resolved findings named before "and N more". */
    static final int NAMED = 2;

    private WhatChanged() {
    }

    /** A figure the role follows: its name as a sentence reads it mid-way ("bookings"), how to read it from a snapshot, and its monthly history. */
    record Measure(String name, ToLongFunction<PortfolioSnapshot> now, Function<PortfolioSnapshot, MonthlySeries> history) {
    }

    static List<String> of(String role, PortfolioSnapshot s, List<PortfolioFinding> mine, Trend trend) {
        List<String> lines = new ArrayList<>(trend.firstRun() ? monthlyMoves(role, s) : moves(role, trend));
        if (trend.firstRun()) {
            lines.add("First report: all " + Figures.plural(mine.size(), "finding") + " are new.");
            return lines;
        }
        List<PortfolioFinding> fresh = mine.stream().filter(f -> "new".equals(trend.since(f))).toList();
        List<PortfolioFinding> resolved = trend.resolved(role, mine);
        lines.add(Figures.plural(fresh.size(), "new finding") + named(fresh) + ".");
        lines.add(Figures.count(resolved.size()) + " resolved" + named(resolved) + ".");
        return lines;
    }

    /** Against the previous report: the measures that moved most, in share of what they were. */
    private static List<String> moves(String role, Trend trend) {
        String period = trend.previous().run().period();
        record Move(String line, double share) {
        }
        List<Move> moves = new ArrayList<>();
        for (Measure m : measures(role)) {
            long now = m.now().applyAsLong(trend.now());
            long before = m.now().applyAsLong(trend.previous());
            if (now != before) {
                double share = before == 0 ? Double.MAX_VALUE : Math.abs((double) (now - before) / before);
                moves.add(new Move(capitalised(m.name()) + " " + Figures.money(now) + ", " + Figures.change(now, before) + " vs " + period
                        + " (was " + Figures.money(before) + ").", share));
            }
        }
        if (moves.isEmpty()) {
            return List.of("No figure moved since " + period + ".");
        }
        return moves.stream().sorted(Comparator.comparingDouble(Move::share).reversed()).limit(MOVES).map(Move::line).toList();
    }

    /** On a first report: the last full month against the one before, the largest moves in money first. */
    static List<String> monthlyMoves(String role, PortfolioSnapshot s) {
        record Move(String line, long cents) {
        }
        List<Move> moves = new ArrayList<>();
        for (Measure m : measures(role)) {
            if (m.history() == null) {
                continue;
            }
            MonthlySeries series = m.history().apply(s);
            if (!series.hasHistory()) {
                continue;
            }
            YearMonth last = series.lastFull();
            long delta = series.at(last) - series.at(last.minusMonths(1));
            if (delta != 0) {
                moves.add(new Move(series.name(last) + " " + m.name() + " "
                        + series.format(series.at(last)) + ": " + series.changes(last) + ".", Math.abs(delta)));
            }
        }
        if (role.equals("cto")) {
            serviceMove(s).ifPresent(line -> moves.add(new Move(line, Long.MAX_VALUE)));
        }
        return moves.stream().sorted(Comparator.comparingLong(Move::cents).reversed()).limit(MOVES).map(Move::line).toList();
    }

    /** The AWS service whose bill moved most in the last full month: where a rise comes from. */
    static java.util.Optional<String> serviceMove(PortfolioSnapshot s) {
        String last = ReportMonths.full(s, 1).get(0);
        String before = ReportMonths.previous(last);
        String best = null;
        long bestDelta = 0;
        long bestNow = 0;
        long bestBefore = 0;
        for (var f : s.costs()) {
            for (Map.Entry<String, SortedMap<String, Long>> e : f.data().spendByServiceMonth().entrySet()) {
                long now = e.getValue().getOrDefault(last, 0L);
                long was = e.getValue().getOrDefault(before, 0L);
                if (Math.abs(now - was) > Math.abs(bestDelta)) {
                    best = f.data().serviceNames().getOrDefault(e.getKey(), e.getKey());
                    bestDelta = now - was;
                    bestNow = now;
                    bestBefore = was;
                }
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Largest AWS move: " + best + " " + Figures.money(bestNow) + " in " + last + " against "
                + Figures.money(bestBefore) + " in " + before + " (" + Figures.change(bestNow, bestBefore) + ").");
    }

    static List<Measure> measures(String role) {
        Measure bookings = new Measure("bookings", Measures::revenueCents, MonthlyHistories::bookings);
        Measure collected = new Measure("collected", FinanceMeasures::paidInvoiceCents, MonthlyHistories::collected);
        Measure expenses = new Measure("recorded expenses", FinanceMeasures::averageExpensesCents, MonthlyHistories::expenses);
        Measure aws = new Measure("AWS spend", FinanceMeasures::awsLastFullMonthCents, MonthlyHistories::awsSpend);
        Measure earned = new Measure("earned", Measures::earnedCents, MonthlyHistories::earned);
        Measure uncollected = new Measure("not collected", FinanceMeasures::uncollectedCents, null);
        Measure uninvoiced = new Measure("not invoiced", Measures::uninvoicedCents, null);
        Measure cash = new Measure("cash", FinanceMeasures::cashCents, null);
        Measure mrr = new Measure("MRR", Measures::mrrCents, null);
        Measure leads = new Measure("open pipeline", Measures::openLeadsCents, null);
        return switch (role) {
            case "ceo" -> List.of(bookings, collected, expenses, cash, uncollected, mrr, leads);
            case "cfo" -> List.of(cash, collected, expenses, bookings, uncollected, uninvoiced, aws);
            case "cmo" -> List.of(bookings, leads, mrr);
            case "cto" -> List.of(aws);
            default -> List.of(earned, collected, expenses, uninvoiced, uncollected);
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String named(List<PortfolioFinding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        List<String> titles = findings.stream().limit(NAMED).map(f -> f.business() + " — " + f.title()).toList();
        return ": " + String.join("; ", titles) + (findings.size() > NAMED ? "; and " + (findings.size() - NAMED) + " more" : "");
    }
}
