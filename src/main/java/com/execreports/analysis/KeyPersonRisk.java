package com.execreports.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.BookingFacts;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.Person;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

/**
 * The people the portfolio cannot lose, from the organisation register: one person on staff (not the majority owner, who reads
 * the report, nor a contractor) working across {@value #BUSINESSES} or more businesses, so an illness or a resignation stops all of them;
 * and a person stepping back with no successor named. Each finding says how much revenue runs through the person
 * (bookings to date, and a year of MRR for a subscription business).
 */
final class KeyPersonRisk {

    /** Across this many businesses, one person is a single point of failure for the portfolio, not for one business. */
    static final int BUSINESSES = 3;

    /** An owner of this share or more is the reader, not a key-person risk to report to them. */
    private static final BigDecimal OWNER_PERCENT = BigDecimal.valueOf(50);

    private KeyPersonRisk() {
    }

    static List<PortfolioFinding> find(PortfolioSnapshot snapshot, OrgFacts org) {
        List<PortfolioFinding> found = new ArrayList<>();
        if (!org.registerRead()) {
            return found;
        }
        String where = org.bucket() + "/" + org.registerKey();
        for (Person p : org.people()) {
            List<String> names = p.businesses().stream().map(snapshot::businessName).toList();
            String revenue = Figures.compactMoney(revenueCents(snapshot, p.businesses()));
            if (p.businesses().size() >= BUSINESSES && !owner(p) && !contractor(p)) {
                // medium: the missing handoff procedures are the high risk to continuity; this names who it rests on, and the
                // CEO's decisions put the choice of a backup
                found.add(new PortfolioFinding("key-person." + OrganisationFindings.slug(p.name()), "medium", "Portfolio-wide",
                        p.name() + " (" + p.role() + ") works across " + p.businesses().size() + " businesses holding " + revenue
                                + " of revenue, with no named backup",
                        where + " — " + p.name() + ": " + String.join(", ", names),
                        "if " + p.name() + " is unavailable, " + String.join(", ", names) + " lose their " + lower(p.role()),
                        0, Set.of("ceo"), new Fix("Name and train a backup for every person who works across several businesses", 3)));
            } else if (noSuccessor(p) && p.transition().effectiveDate() != null) {
                // an undated one is already a finding of its own (OrganisationFindings), which then names the missing successor
                found.add(new PortfolioFinding("no-successor." + OrganisationFindings.slug(p.name()), "high", "Portfolio-wide",
                        p.name() + " is stepping back as " + p.role() + " with no successor named (" + String.join(", ", names)
                                + ", " + revenue + " of revenue)",
                        where + " — " + p.name() + ": \"" + p.notes() + "\"",
                        "no one is named to run " + String.join(", ", names) + " when " + p.name() + " steps back", 0,
                        Set.of("ceo"), new Fix("Name a successor and a handover date for every person stepping back", 1)));
            }
        }
        return found;
    }

    /** A contractor's work is bought: another firm can take it over. The risk is a person on the payroll. */
    private static boolean contractor(Person p) {
        return p.role().toLowerCase(Locale.ROOT).contains("contractor");
    }

    private static boolean owner(Person p) {
        try {
            return p.equityPercent() != null && new BigDecimal(p.equityPercent()).compareTo(OWNER_PERCENT) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The register says so in the person's notes, or a transition is announced with no one to take the role. */
    static boolean noSuccessor(Person p) {
        String notes = p.notes() == null ? "" : p.notes().toLowerCase(Locale.ROOT);
        return p.transition() != null && (notes.contains("no successor") || notes.contains("successor not named")
                || notes.contains("successor: none"));
    }

    /** What runs through the person: revenue booked to date, and a year of MRR for a subscription business. */
    static long revenueCents(PortfolioSnapshot snapshot, List<String> businesses) {
        return snapshot.all(BookingFacts.class).stream().filter(f -> businesses.contains(f.domain()))
                .mapToLong(f -> f.data().revenueCents()).sum()
                + snapshot.all(SubscriptionFacts.class).stream().filter(f -> businesses.contains(f.domain()))
                .mapToLong(f -> f.data().mrrCents() * 12).sum();
    }

    private static String lower(String role) {
        return role.isEmpty() ? role : Character.toLowerCase(role.charAt(0)) + role.substring(1);
    }
}
