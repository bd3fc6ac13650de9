package com.execreports.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.RiskScore.Exposure;
import com.execreports.model.IamFacts;
import com.execreports.model.OrgFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * The account's sign-in hygiene from the IAM credential report (MFA, key age, unused keys, the root account), and the
 * report crossed with the org register: a person in transition or gone who can still reach the account.
 */
final class IamFindings {

    /** Keys older than this are due for rotation (the CIS AWS Foundations benchmark's 90 days). */
    static final int KEY_MAX_AGE_DAYS = 90;

    static final Fix REVOKE_LEAVERS = new Fix("Revoke the AWS access of people leaving: deactivate their keys and console sign-in", 1);
    static final Fix ROTATE_KEYS = new Fix("Rotate IAM access keys older than 90 days and delete unused ones", 1);
    static final Fix MFA = new Fix("Require MFA for every IAM user who signs in to the console", 1);
    static final Fix ROOT = new Fix("Lock the root account: MFA on, no access keys", 1);

    private IamFindings() {
    }

    /** @param orgs the org registers read: a user of someone leaving is one finding, naming its keys and sign-in */
    static void find(PortfolioSnapshot snapshot, IamFacts iam, List<OrgFacts> orgs, List<PortfolioFinding> found) {
        LocalDate today = snapshot.run().asOf().toLocalDate();
        String report = "IAM credential report" + (iam.generatedAt() == null ? "" : " of " + iam.generatedAt());
        java.util.Set<String> leavers = new java.util.HashSet<>();
        orgs.forEach(org -> leavers.addAll(leavers(snapshot, iam, org, found)));
        for (IamFacts.User u : iam.users()) {
            if (u.root()) {
                root(u, report, found);
                continue;
            }
            if (leavers.contains(u.name())) {
                continue; // the leaver's finding says its key age and MFA already
            }
            if (u.console() && !u.mfa()) {
                found.add(new PortfolioFinding("iam-no-mfa." + u.name(), "medium", "Portfolio-wide",
                        "IAM user " + u.name() + " signs in to the AWS console without MFA",
                        report + " — " + u.name() + ": password enabled, mfa_active false" + lastSignIn(u),
                        "a phished or reused password opens the whole account", 0, Set.of("cto"), MFA)
                        .groupedAs("IAM users signing in without MFA", 1, "user", u.name()));
            }
            for (IamFacts.AccessKey k : u.activeKeys()) {
                long age = k.lastRotated() == null ? -1 : ChronoUnit.DAYS.between(k.lastRotated(), today);
                if (age > KEY_MAX_AGE_DAYS) {
                    found.add(new PortfolioFinding("iam-old-key." + u.name() + "." + k.slot(), "medium", "Portfolio-wide",
                            "IAM user " + u.name() + "'s active access key " + k.slot() + " is " + Figures.count(age) + " days old",
                            report + " — " + u.name() + ": key " + k.slot() + " last rotated " + k.lastRotated() + used(k),
                            "a leaked old key keeps working until someone rotates it", 0, Set.of("cto"), ROTATE_KEYS)
                            .groupedAs("Active access keys older than " + KEY_MAX_AGE_DAYS + " days", 1, "key",
                                    u.name() + " " + Figures.count(age) + " days"));
                }
                long idle = k.lastUsed() == null ? -1 : ChronoUnit.DAYS.between(k.lastUsed(), today);
                if (k.lastUsed() == null || idle > KEY_MAX_AGE_DAYS) {
                    String unused = k.lastUsed() == null ? "has never been used" : "has not been used in " + Figures.count(idle) + " days";
                    found.add(new PortfolioFinding("iam-unused-key." + u.name() + "." + k.slot(), "low", "Portfolio-wide",
                            "IAM user " + u.name() + "'s active access key " + k.slot() + " " + unused,
                            report + " — " + u.name() + ": key " + k.slot() + " last used " + (k.lastUsed() == null ? "never" : k.lastUsed()),
                            "a credential nobody needs, still valid", 0, Set.of("cto"), ROTATE_KEYS)
                            .groupedAs("Active access keys nobody uses", 1, "key", u.name() + " (" + unused + ")"));
                }
            }
        }
    }

    private static void root(IamFacts.User root, String report, List<PortfolioFinding> found) {
        if (!root.activeKeys().isEmpty()) {
            found.add(new PortfolioFinding("iam-root-keys", "high", "Portfolio-wide",
                    "The AWS root account has " + Figures.plural(root.activeKeys().size(), "active access key"),
                    report + " — <root_account>: access keys active", "a root key can do anything, including closing the account,"
                            + " and no policy can restrict it", 0, Set.of("ceo", "cto"), ROOT).exposedTo(Set.of(Exposure.LIVE)));
        }
        if (!root.mfa()) {
            found.add(new PortfolioFinding("iam-root-no-mfa", "high", "Portfolio-wide", "The AWS root account has no MFA",
                    report + " — <root_account>: mfa_active false", "the account owner's password alone opens everything", 0,
                    Set.of("ceo", "cto"), ROOT));
        }
    }

    /** People the register shows leaving, and the IAM users that are theirs, who can still sign in or call AWS. */
    private static java.util.Set<String> leavers(PortfolioSnapshot snapshot, IamFacts iam, OrgFacts org, List<PortfolioFinding> found) {
        java.util.Set<String> users = new java.util.HashSet<>();
        String report = "IAM credential report" + (iam.generatedAt() == null ? "" : " of " + iam.generatedAt());
        LocalDate today = snapshot.run().asOf().toLocalDate();
        for (OrgFacts.Person p : org.people()) {
            Optional<String> status = leaving(p, today);
            if (status.isEmpty()) {
                continue;
            }
            for (IamFacts.User u : iam.users()) {
                if (u.root() || !belongsTo(u.name(), p.name()) || (u.activeKeys().isEmpty() && !u.console())) {
                    continue;
                }
                List<String> holds = new ArrayList<>();
                for (IamFacts.AccessKey k : u.activeKeys()) {
                    holds.add("an active access key" + (k.lastRotated() == null ? ""
                            : " " + Figures.count(ChronoUnit.DAYS.between(k.lastRotated(), today)) + " days old")
                            + (k.lastUsed() == null ? " (never used)" : " (last used " + k.lastUsed() + ")"));
                }
                if (u.console()) {
                    holds.add("console sign-in" + (u.mfa() ? "" : " without MFA"));
                }
                users.add(u.name());
                found.add(new PortfolioFinding("iam-leaver." + u.name(), "high", "Portfolio-wide",
                        p.name() + " still holds AWS access " + (status.get().startsWith("gone") ? "after leaving" : "while leaving")
                                + ": IAM user " + u.name() + " has " + String.join(" and ", holds),
                        "org register: " + p.name() + " (" + p.role() + ") " + status.get() + " × " + report + " — " + u.name(),
                        "someone leaving keeps the keys to the account's tables and buckets, and no date says when they stop", 0,
                        Set.of("ceo", "cto"), REVOKE_LEAVERS).exposedTo(Set.of(Exposure.LIVE)));
            }
        }
        return users;
    }

    /** "in transition (Operations lead → Advisor, no date agreed)", "gone (left 2026-10-31)", or empty when staying. */
    static Optional<String> leaving(OrgFacts.Person p, LocalDate today) {
        OrgFacts.Transition t = p.transition();
        if (t == null) {
            return Optional.empty();
        }
        String to = t.toRole() == null ? "" : t.toRole().strip().toLowerCase(Locale.ROOT);
        boolean leaves = to.isEmpty() || to.matches("(left|gone|departed|none|former|leaving|-)");
        boolean past = t.effectiveDate() != null && !LocalDate.parse(t.effectiveDate()).isAfter(today);
        if (leaves && past) {
            return Optional.of("gone (left " + t.effectiveDate() + ")");
        }
        return Optional.of("in transition (" + t.fromRole() + " → " + (t.toRole() == null ? "leaving" : t.toRole())
                + (t.effectiveDate() == null ? ", no date agreed" : ", from " + t.effectiveDate()) + ")");
    }

    /** An IAM user name is a person's when it spells first and last name (dana.whitfield, dwhitfield, whitfield.dana). */
    static boolean belongsTo(String user, String person) {
        String[] names = person.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim().split("\\s+");
        if (names.length < 2) {
            return false;
        }
        String first = names[0];
        String last = names[names.length - 1];
        String u = user.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return u.equals(first + last) || u.equals(first.charAt(0) + last) || u.equals(last + first);
    }

    private static String lastSignIn(IamFacts.User u) {
        return u.passwordLastUsed() == null ? "" : ", last sign-in " + u.passwordLastUsed();
    }

    private static String used(IamFacts.AccessKey k) {
        return k.lastUsed() == null ? ", never used" : ", last used " + k.lastUsed();
    }
}
