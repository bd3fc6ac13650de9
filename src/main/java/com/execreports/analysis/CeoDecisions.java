package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.execreports.analysis.FinanceMeasures.Burn;
import com.execreports.analysis.FirstScreen.Decision;
import com.execreports.analysis.FirstScreen.Option;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.Person;
import com.execreports.model.PortfolioSnapshot;

/**
 * The decisions only the owner can take, put to the CEO with options and what each costs: how to fund a runway short
 * of the warning, who succeeds a person stepping back, how to back up a person several businesses depend on. Each comes
 * from a finding of the run; with none of those findings there is nothing to decide.
 */
final class CeoDecisions {

    /** Decisions put on the first screen. */
    static final int MOST = 3;

    private CeoDecisions() {
    }

    static List<Decision> of(PortfolioSnapshot s, List<PortfolioFinding> mine, int warningMonths) {
        List<Decision> decisions = new ArrayList<>();
        if (mine.stream().anyMatch(f -> f.id().equals("short-runway"))) {
            decisions.add(runway(s, warningMonths));
        }
        OrgFacts org = s.all(OrgFacts.class).stream().map(PortfolioSnapshot.Fact::data).findFirst().orElse(null);
        if (org != null) {
            for (PortfolioFinding f : mine) {
                if (f.kind().equals("no-successor") || f.kind().equals("undated-transition")) {
                    person(org, f).filter(KeyPersonRisk::noSuccessor).ifPresent(p -> decisions.add(successor(s, org, p)));
                }
            }
            for (PortfolioFinding f : mine) {
                if (f.kind().equals("key-person")) {
                    person(org, f).ifPresent(p -> decisions.add(backup(s, p)));
                }
            }
        }
        return List.copyOf(decisions.subList(0, Math.min(MOST, decisions.size())));
    }

    /** Cut the burn, raise cash, or collect what is owed: each closes the same gap to the warning's months of runway. */
    static Decision runway(PortfolioSnapshot s, int warningMonths) {
        Burn burn = FinanceMeasures.burn(s);
        long burnCents = burn.averageNetBurnCents();
        long target = Figures.divideCents(Math.max(0, burn.cashCents()), warningMonths);
        long cut = Math.max(0, burnCents - target);
        long raise = Math.max(0, burnCents * warningMonths - burn.cashCents());
        List<Option> options = new ArrayList<>(List.of(
                new Option("Cut burn " + Figures.money(cut) + " a month", Figures.percent(cut, burnCents) + " of it"),
                new Option("Raise " + Figures.money(raise), "equity or a loan")));
        if (new MoneyTerms(s).invoiceLedgerRead()) {
            long uncollected = FinanceMeasures.uncollectedCents(s);
            options.add(new Option("Collect " + Figures.money(raise) + " of " + Figures.compactMoney(uncollected) + " owed",
                    Figures.percent(raise, uncollected) + " of it"));
        }
        return new Decision("Fund the runway to " + warningMonths + " months",
                "burn " + Figures.money(burnCents) + " a month",
                options);
    }

    /** Promote from within, hire, or hold the person to a date. */
    static Decision successor(PortfolioSnapshot s, OrgFacts org, Person p) {
        List<Option> options = new ArrayList<>();
        insider(org, p).ifPresent(i -> options.add(new Option("Promote " + i.name() + " (" + i.role() + ")",
                "backfill that role")));
        options.add(new Option("Hire", "a salary; months to hire"));
        options.add(new Option("Hold " + p.name() + " to a date", "the gap stays open"));
        return new Decision("Name a successor to " + p.name() + " (" + role(p) + ")",
                Figures.compactMoney(KeyPersonRisk.revenueCents(s, p.businesses())) + " of revenue", options);
    }

    /** A second person, contracted cover, or the risk accepted and priced. */
    static Decision backup(PortfolioSnapshot s, Person p) {
        long revenue = KeyPersonRisk.revenueCents(s, p.businesses());
        List<String> names = p.businesses().stream().map(s::businessName).toList();
        return new Decision("Back up " + p.name() + " (" + role(p) + ")", names.size() + " businesses, "
                + Figures.compactMoney(revenue) + " of revenue",
                List.of(new Option("Train or hire a second " + lower(role(p)), "a salary"),
                        new Option("Contract cover per job", "a day rate"),
                        new Option("Accept the risk", Figures.compactMoney(monthlyCents(s, p.businesses())) + " of bookings a month at stake")));
    }

    /** The businesses' bookings in an average one of the last three full months. */
    private static long monthlyCents(PortfolioSnapshot s, List<String> businesses) {
        List<String> months = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS);
        long cents = s.all(com.execreports.model.BookingFacts.class).stream().filter(f -> businesses.contains(f.domain()))
                .mapToLong(f -> months.stream().mapToLong(m -> f.data().revenueByMonth().getOrDefault(m, 0L)).sum()).sum();
        return Figures.divideCents(cents, months.size());
    }

    private static java.util.Optional<Person> person(OrgFacts org, PortfolioFinding f) {
        String slug = f.id().substring(f.id().indexOf('.') + 1);
        return org.people().stream().filter(p -> OrganisationFindings.slug(p.name()).equals(slug)).findFirst();
    }

    /**
     * Who could step up: someone of the register in the same businesses, not the owner, not a contractor, not stepping
     * back; the one sharing most of them first, then the one spread over fewest businesses.
     */
    private static java.util.Optional<Person> insider(OrgFacts org, Person leaving) {
        return org.people().stream()
                .filter(p -> p != leaving && p.transition() == null && !p.role().toLowerCase(Locale.ROOT).contains("contractor")
                        && !p.role().toLowerCase(Locale.ROOT).contains("founder")
                        && p.businesses().stream().anyMatch(leaving.businesses()::contains))
                .min(Comparator.comparingLong((Person p) -> -p.businesses().stream().filter(leaving.businesses()::contains).count())
                        .thenComparingInt(p -> p.businesses().size()));
    }

    /** "Captain" of "Captain (USCG 100-ton Master)": the role without its detail. */
    private static String role(Person p) {
        int detail = p.role().indexOf(" (");
        return detail > 0 ? p.role().substring(0, detail) : p.role();
    }

    private static String lower(String role) {
        return role.isEmpty() ? role : Character.toLowerCase(role.charAt(0)) + role.substring(1);
    }
}
