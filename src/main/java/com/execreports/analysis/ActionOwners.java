package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.execreports.model.BusinessProfile;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.Person;
import com.execreports.model.PortfolioSnapshot;

/**
 * Who owns an action: the person the organisation register names for its business (and, for work of one trade —
 * engineering, bookkeeping, finance, marketing — the person of that trade), else the owner the business's domain file
 * declares. The two are checked against each other: a domain file naming someone the register does not name for that
 * business is a mismatch, reported as a finding, and the register wins (it is the record people keep up).
 */
final class ActionOwners {

    /** Report role → words of a register role that mark the person doing that trade, most specific first. */
    private static final Map<String, List<String>> TRADES = Map.of(
            "cto", List.of("cto", "engineer", "developer", "technical", "technology"),
            "accounting", List.of("bookkeeper", "accountant", "controller"),
            "cfo", List.of("cfo", "finance", "controller", "bookkeeper"),
            "cmo", List.of("cmo", "marketing", "growth"));
    private static final List<String> TRADE_ORDER = List.of("cto", "accounting", "cfo", "cmo");

    /**
     * An owner and where the name comes from.
     *
     * @param name         "" when neither the register nor a domain file names anyone
     * @param fromRegister the register names this person for the work (the domain file may agree)
     * @param fileSays     the domain file's owner where it differs from the register's, else ""
     */
    record Owner(String name, boolean fromRegister, String fileSays) {

        static final Owner NOBODY = new Owner("", false, "");

        /**
         * As the reports show it, the register's owners unmarked (the actions' note says so): "Jordan Alvarez", "Tess
         * Lindqvist (register; domain file says Sam Okafor)", "Sam Okafor (domain file)", "unassigned".
         */
        String text() {
            if (name.isEmpty()) {
                return "unassigned";
            }
            if (!fromRegister) {
                return name + " (domain file)";
            }
            return fileSays.isEmpty() ? name : name + " (register; domain file says " + fileSays + ")";
        }
    }

    /** A domain file naming an owner the register does not name for that business. */
    record Mismatch(String domain, String file, String fileOwner, List<String> registered) {
    }

    private final PortfolioSnapshot snapshot;
    private final Optional<OrgFacts> register;

    ActionOwners(PortfolioSnapshot snapshot) {
        this.snapshot = snapshot;
        this.register = snapshot.all(OrgFacts.class).stream().map(PortfolioSnapshot.Fact::data).filter(OrgFacts::registerRead).findFirst();
    }

    /** Where the register lives, for findings' evidence ("portfolio-org/register/organisation.yaml"), or "". */
    String registerWhere() {
        return register.map(o -> o.bucket() + "/" + o.registerKey()).orElse("");
    }

    /**
     * The owner of work on these businesses (domain ids; empty or several: portfolio-wide work) for these report
     * roles (the roles of the findings it resolves, all of them).
     */
    Owner of(Set<String> domains, Set<String> roles) {
        List<String> scope = domains.size() == 1 ? List.copyOf(domains) : snapshot.businesses();
        for (String role : TRADE_ORDER) {
            if (roles.contains(role) && !roles.contains("ceo")) {
                Optional<Person> trade = tradesperson(role, scope);
                if (trade.isPresent()) {
                    return new Owner(trade.get().name(), true, "");
                }
            }
        }
        return domains.size() == 1 ? business(domains.iterator().next()) : principal();
    }

    /** The owner of one business: the domain file's, when the register names that person for it too; else the register's. */
    Owner business(String domain) {
        String declared = declared(domain);
        if (register.isEmpty()) {
            return declared.isEmpty() ? Owner.NOBODY : new Owner(declared, false, "");
        }
        List<Person> named = named(domain);
        if (!declared.isEmpty() && named.stream().anyMatch(p -> p.name().equals(declared))) {
            return new Owner(declared, true, "");
        }
        Optional<Person> lead = lead(domain);
        if (lead.isEmpty()) {
            return declared.isEmpty() ? Owner.NOBODY : new Owner(declared, false, "");
        }
        return new Owner(lead.get().name(), true, declared);
    }

    /** Portfolio-wide work: the register's principal, the person named for every business with the largest equity. */
    Owner principal() {
        List<String> all = snapshot.businesses();
        Optional<Person> principal = register.flatMap(o -> o.people().stream()
                .filter(p -> p.businesses().containsAll(all))
                .max(Comparator.comparingDouble(ActionOwners::equity)));
        if (principal.isPresent()) {
            return new Owner(principal.get().name(), true, "");
        }
        // no register: the one owner every domain file agrees on, if there is one
        Set<String> declared = new LinkedHashSet<>();
        all.forEach(d -> declared.add(declared(d)));
        declared.remove("");
        return declared.size() == 1 ? new Owner(declared.iterator().next(), false, "") : Owner.NOBODY;
    }

    /** Every domain file whose owner the register does not name for that business (none without a register). */
    List<Mismatch> mismatches() {
        List<Mismatch> out = new ArrayList<>();
        if (register.isEmpty()) {
            return out;
        }
        for (String domain : snapshot.businesses()) {
            String declared = declared(domain);
            List<Person> named = named(domain);
            if (!declared.isEmpty() && named.stream().noneMatch(p -> p.name().equals(declared))) {
                String file = snapshot.sources().stream().filter(f -> f.domain().equals(domain) && "profile".equals(f.source()))
                        .map(com.execreports.model.Facts::resource).filter(r -> r != null && !r.isBlank()).findFirst()
                        .orElse("the domain file of " + domain);
                out.add(new Mismatch(domain, file, declared, named.stream().map(Person::name).toList()));
            }
        }
        return out;
    }

    private String declared(String domain) {
        return snapshot.of(domain, BusinessProfile.class).map(BusinessProfile::owner).map(String::trim).orElse("");
    }

    private List<Person> named(String domain) {
        return register.map(o -> o.people().stream().filter(p -> p.businesses().contains(domain)).toList()).orElse(List.of());
    }

    /**
     * The register's person for one business: the most specific one (named for the fewest businesses, so the partner who
     * runs it before the founder and the bookkeeper who serve them all), then the largest equity, then register order.
     */
    private Optional<Person> lead(String domain) {
        List<Person> named = named(domain);
        return named.stream().min(Comparator.comparingInt((Person p) -> p.businesses().size())
                .thenComparing(Comparator.comparingDouble(ActionOwners::equity).reversed()));
    }

    /** A person of the trade named for every business in scope; the most specific trade word first. */
    private Optional<Person> tradesperson(String role, List<String> scope) {
        for (String word : TRADES.get(role)) {
            Optional<Person> found = register.flatMap(o -> o.people().stream()
                    .filter(p -> p.businesses().containsAll(scope) && words(p.role()).contains(word)).findFirst());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String role) {
        return role == null ? List.of() : List.of(role.toLowerCase(Locale.ROOT).split("[^a-z]+"));
    }

    private static double equity(Person p) {
        try {
            return p.equityPercent() == null ? 0 : Double.parseDouble(p.equityPercent());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
