package com.execreports.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.InventoryFacts;
import com.execreports.model.OrgFacts;
import com.execreports.model.PortfolioSnapshot;

/** Equity, transition and continuity risks from the organisation register, and endpoints it declares public. */
final class OrganisationFindings {

    static final Set<String> OPEN_ACCESS = Set.of("anyone", "anyone_anonymous", "none");

    private OrganisationFindings() {
    }

    static void find(PortfolioSnapshot snapshot, OrgFacts org, List<PortfolioFinding> found) {
        String where = org.bucket() + "/" + org.registerKey();
        if (org.registerRead()) {
            for (String name : org.undocumentedEquity()) {
                found.add(new PortfolioFinding("undocumented-equity." + slug(name), "high", "Portfolio-wide",
                        "Equity of partner " + name + " is not documented", where + " — " + name + ": equity_documented false",
                        "ownership can be disputed at a sale, a funding round or a partner's exit", 0, Set.of("ceo", "accounting"),
                        new Fix("Document every partner's equity in a signed agreement", 2)));
            }
            for (OrgFacts.PendingTransition t : org.transitionsWithoutDate()) {
                // with no successor named either, the role falls vacant on a day no one knows: the title says so, and the CEO's
                // decisions put the choice of one
                boolean vacant = org.people().stream().anyMatch(p -> p.name().equals(t.name()) && KeyPersonRisk.noSuccessor(p));
                found.add(new PortfolioFinding("undated-transition." + slug(t.name()), "medium", "Portfolio-wide",
                        t.name() + " is moving from " + t.fromRole() + " to " + t.toRole() + " with no effective date"
                                + (vacant ? " and no successor named" : ""),
                        where + " — " + t.name() + ": transition.effective_date null",
                        "no one knows when responsibilities change hands", 0, Set.of("ceo"),
                        new Fix("Set a date and a named successor for every announced transition", 1)));
            }
            if (org.handoffProcedures() == 0) {
                found.add(new PortfolioFinding("no-handoff-procedures", "high", "Portfolio-wide",
                        "No handoff procedure exists for any business: operations depend on the people who run them today",
                        where + " — handoff_procedures: []", "a departure or illness stops bookings, billing or deploys", 0,
                        Set.of("ceo", "cto"), new Fix("Write handoff procedures for each business's critical operations", 3)));
            }
        }
        for (OrgFacts.PublicEndpoint e : org.publicEndpoints()) {
            if (e.endpoint() != null && e.endpoint().regionMatches(true, 0, "http://", 0, 7)) {
                found.add(new PortfolioFinding("plain-http." + slug(e.endpoint()), "medium", snapshot.businessName(e.business()),
                        "Site served over plain HTTP, without TLS: browsers mark it \"Not secure\"",
                        org.bucket() + "/" + org.endpointsKey() + " — " + e.endpoint() + " (" + e.kind() + ")",
                        "pages and form posts travel unencrypted and can be read or altered on the way; visitors see a warning"
                                + " and search engines rank it lower", 0, Set.of("cto", "cmo"),
                        new Fix("Serve every site over HTTPS (CloudFront with an ACM certificate in front of S3 website endpoints)", 1))
                        .exposedTo(Set.of(RiskScore.Exposure.PUBLIC)));
            }
        }
        for (OrgFacts.PublicEndpoint e : org.openEndpoints()) {
            if (!OPEN_ACCESS.contains(e.access().toLowerCase(Locale.ROOT)) || isFunctionUrl(snapshot, e.endpoint())) {
                continue; // public websites are meant to be public; function URLs are audited from the Lambda inventory
            }
            found.add(new PortfolioFinding("open-endpoint." + slug(e.endpoint()), "high", snapshot.businessName(e.business()),
                    "Endpoint open to anyone without sign-in (" + e.kind() + ", access " + e.access() + ")",
                    org.bucket() + "/" + org.endpointsKey() + " — " + e.endpoint(),
                    "anyone with the link can submit or read data" + (e.notes() == null || e.notes().isBlank() ? "" : " (" + e.notes() + ")"),
                    0, Set.of("cto"), new Fix("Require sign-in or a signed token on endpoints declared open to anyone", 2))
                    .exposedTo(Set.of(RiskScore.Exposure.PUBLIC)));
        }
    }

    private static boolean isFunctionUrl(PortfolioSnapshot snapshot, String endpoint) {
        return snapshot.all(InventoryFacts.class).stream().flatMap(f -> f.data().functions().stream())
                .anyMatch(fn -> fn.url() != null && fn.url().equals(endpoint));
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
