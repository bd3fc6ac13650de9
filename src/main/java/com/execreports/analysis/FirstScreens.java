package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.FirstScreen.Risk;
import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Kpi;
import com.execreports.model.PortfolioSnapshot;

/** Builds each role's first screen from the run's figures, findings and actions (see {@link FirstScreen}). */
final class FirstScreens {

    /** Risks on the first screen. */
    static final int RISKS = 3;

    private FirstScreens() {
    }

    static FirstScreen of(String role, PortfolioSnapshot s, List<PortfolioFinding> mine, List<Action> actions, List<Kpi> kpis,
                          Trend trend, ReportSettings settings) {
        return new FirstScreen(RoleHeadline.of(role, s, mine, trend), RoleHeadline.figures(role, kpis),
                WhatChanged.of(role, s, mine, trend), risks(mine, actions),
                role.equals("ceo") ? CeoDecisions.of(s, mine, settings.runwayWarningMonths()) : List.of());
    }

    /** The top actions, each with the worst finding it resolves: the risk, then what removes it. */
    static List<Risk> risks(List<PortfolioFinding> worstFirst, List<Action> actions) {
        List<Risk> risks = new ArrayList<>();
        for (Action a : actions) {
            if (risks.size() == RISKS) {
                break;
            }
            worstFirst.stream().filter(f -> a.resolves().contains(f.id())).findFirst().ifPresent(f ->
                    risks.add(new Risk(f.business() + " — " + shortened(f.title()), actionHead(a.title()), a.resolves())));
        }
        return risks;
    }

    /** The action up to its first detail: "Invoice every booking" of "Invoice every booking: backfill ...". */
    static String actionHead(String title) {
        String s = title;
        for (String stop : List.of(": ", " (")) {
            int at = s.indexOf(stop);
            if (at > 15) {
                s = s.substring(0, at);
            }
        }
        return s;
    }

    /** Titles past this many characters are cut at a word: the finding below holds the whole of it. */
    static final int TITLE_CHARACTERS = 56;

    /**
     * The title without its detail — what follows a colon, or a parenthesis after a sentence of four words or more ("… failed
     * (63%, all history)") — and at most {@value #TITLE_CHARACTERS} characters. A parenthesis after a name is kept:
     * "CloudFront distribution X (site) has no WAF" needs what follows it.
     */
    static String shortened(String title) {
        String s = title;
        int colon = s.indexOf(": ");
        if (colon > 20) {
            s = s.substring(0, colon);
        }
        int open = s.indexOf(" (");
        if (open > 20 && s.substring(0, open).split(" ").length >= 4) {
            s = s.substring(0, open);
        }
        if (s.length() > TITLE_CHARACTERS) {
            int space = s.lastIndexOf(' ', TITLE_CHARACTERS);
            s = s.substring(0, space > 0 ? space : TITLE_CHARACTERS) + "…";
        }
        return s;
    }
}
