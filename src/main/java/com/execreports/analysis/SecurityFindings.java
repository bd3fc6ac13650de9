package com.execreports.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.SecurityFacts;

/** Hardcoded secrets, plaintext env files and packages that could not be scanned: redacted, never the secret. */
final class SecurityFindings {

    private SecurityFindings() {
    }

    static void find(SecurityFacts facts, List<PortfolioFinding> found) {
        // one finding per secret value and place: the fingerprint says when the same key appears in several files
        Map<String, Integer> places = new LinkedHashMap<>();
        facts.secrets().forEach(s -> places.merge(s.fingerprint(), 1, Integer::sum));
        for (SecurityFacts.Secret s : facts.secrets()) {
            String place = s.resource() + (s.file() == null ? "" : " → " + s.file()) + " line " + s.line()
                    + (s.variable() == null ? "" : " (" + s.variable() + ")");
            String severity = switch (s.severity()) {
                case "critical", "high" -> "high";
                case "medium" -> "medium";
                default -> "low";
            };
            int count = places.get(s.fingerprint());
            // what the line says of this secret when look-alike ones share a line: the title without "Hardcoded"
            String what = s.description() + " " + s.preview() + " in "
                    + (s.file() == null ? s.resource().substring(s.resource().lastIndexOf('/') + 1) : s.file()) + " line " + s.line()
                    + (count > 1 ? " (the same value is in " + count + " places)" : "");
            found.add(new PortfolioFinding("secret." + s.ruleId() + "." + s.fingerprint() + "." + OrganisationFindings.slug(place),
                    severity, "Portfolio-wide", "Hardcoded " + what,
                    place + " — fingerprint " + s.fingerprint(),
                    "anyone with read access to the code can use the credential", 0,
                    "high".equals(severity) ? Set.of("cto", "ceo") : Set.of("cto"),
                    new Fix("Rotate every exposed credential and move secrets to a secrets manager", 5, 2))
                    .groupedAs("Hardcoded credentials that anyone with read access to the code can use", 1, "credential", what));
        }
        for (String env : facts.envFiles()) {
            found.add(new PortfolioFinding("plaintext-env." + OrganisationFindings.slug(env), "high", "Portfolio-wide",
                    "Plaintext env file stored in a bucket: " + env.substring(env.lastIndexOf('/') + 1), env,
                    "every secret in it is readable by anyone who can read the bucket", 0, Set.of("cto"),
                    new Fix("Delete plaintext env files from buckets and keep them out of exports", 4, 1)));
        }
        for (SecurityFacts.NotScanned n : facts.notScanned()) {
            found.add(new PortfolioFinding("not-scanned." + OrganisationFindings.slug(n.resource()), "medium", "Portfolio-wide",
                    "Package " + n.resource() + " could not be audited for secrets: " + n.reason(), n.resource(),
                    "it may hold credentials; treat it as unaudited, not clean", 0, Set.of("cto"),
                    new Fix("Repackage or remove the packages the scanner could not read", 2, 2)));
        }
    }
}
