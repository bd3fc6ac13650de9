package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.PortfolioFinding.Grouping;
import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.analysis.RiskScore.Exposure;
import com.execreports.model.DeployedCodeFacts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SecurityFacts;

/**
 * Hardcoded secrets, plaintext env files and packages that could not be scanned: redacted, never the secret. A
 * secret is one finding however many places hold it (the fingerprint says which copies are the same value), so the
 * reports count secrets, not copies: "6 secrets in 7 places".
 */
final class SecurityFindings {

    /** Rules whose keys move money: a payment provider's live keys. */
    static final Set<String> PAYMENT_RULES = Set.of("stripe-secret-key", "stripe-restricted-key");

    /** A title names this many places of one secret; the evidence names them all. */
    static final int MAX_NAMED_PLACES = 3;

    static final Fix ROTATE = new Fix("Rotate every exposed credential and move secrets to a secrets manager", 2);

    private SecurityFindings() {
    }

    static void find(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        Map<String, List<Place>> byFingerprint = new LinkedHashMap<>();
        places(snapshot).forEach(p -> byFingerprint.computeIfAbsent(p.secret().fingerprint(), k -> new ArrayList<>()).add(p));
        // deployed copies first: they are the ones in use, and name the finding
        byFingerprint.values().forEach(places -> found.add(secret(snapshot,
                withoutCopiesOfDeployed(places).stream().sorted(Comparator.comparing(p -> !p.deployed())).toList())));
        for (SecurityFacts facts : snapshot.all(SecurityFacts.class).stream().map(PortfolioSnapshot.Fact::data).toList()) {
            for (String env : facts.envFiles()) {
                found.add(new PortfolioFinding("plaintext-env." + OrganisationFindings.slug(env), "high", "Portfolio-wide",
                        "Plaintext env file stored in a bucket: " + env.substring(env.lastIndexOf('/') + 1), env,
                        "every secret in it is readable by anyone who can read the bucket", 0, Set.of("cto"),
                        new Fix("Delete plaintext env files from buckets and keep them out of exports", 1)));
            }
            for (SecurityFacts.NotScanned n : facts.notScanned()) {
                found.add(new PortfolioFinding("not-scanned." + OrganisationFindings.slug(n.resource()), "medium", "Portfolio-wide",
                        "Package " + n.resource() + " could not be audited for secrets: " + n.reason(), n.resource(),
                        "it may hold credentials; treat it as unaudited, not clean", 0, Set.of("cto"),
                        new Fix("Repackage or remove the packages the scanner could not read", 2))
                        .withConfidence(Confidence.SUSPECTED));
            }
        }
        for (DeployedCodeFacts facts : snapshot.all(DeployedCodeFacts.class).stream().map(PortfolioSnapshot.Fact::data).toList()) {
            for (DeployedCodeFacts.Package p : facts.packages()) {
                if (p.notScanned() != null) {
                    found.add(notScanned(snapshot, p));
                }
            }
        }
    }

    /** A deployed package the scanner could not read: the code in use is unaudited, which is not clean. */
    private static PortfolioFinding notScanned(PortfolioSnapshot snapshot, DeployedCodeFacts.Package p) {
        String resource = p.resource();
        String reason = p.notScanned().startsWith("not scanned: ") ? p.notScanned().substring("not scanned: ".length()) : p.notScanned();
        String business = inventoryFunctions(snapshot).stream().filter(fn -> fn.name().equals(p.function()) && fn.business() != null)
                .map(fn -> snapshot.businessName(fn.business())).findFirst().orElse("Portfolio-wide");
        return new PortfolioFinding("not-scanned." + OrganisationFindings.slug(resource), "medium", business,
                Character.toUpperCase(resource.charAt(0)) + resource.substring(1) + " could not be audited for secrets: " + reason,
                resource + (p.codeSha256() == null ? "" : " (CodeSha256 " + p.codeSha256() + ")"),
                "the code in use may hold credentials; treat it as unaudited, not clean", 0, Set.of("cto"),
                new Fix("Repackage or remove the packages the scanner could not read", 2))
                .withConfidence(Confidence.SUSPECTED);
    }

    /**
     * The code bucket's copy of a function's package says nothing the deployed package does not: when the deployed one
     * holds the same secret, the finding names the deployed one only.
     */
    private static List<Place> withoutCopiesOfDeployed(List<Place> places) {
        List<InventoryFacts.Function> deployedIn = places.stream().filter(p -> p.deployedPackage() != null && p.function() != null)
                .map(Place::function).toList();
        return places.stream().filter(p -> p.deployedPackage() != null || p.environment() || p.function() == null
                || !deployedIn.contains(p.function())).toList();
    }

    /** How many secrets the function's deployed code or environment holds. */
    static long secretsHeldBy(PortfolioSnapshot snapshot, InventoryFacts.Function fn) {
        return places(snapshot).stream().filter(p -> fn.equals(p.function())).map(p -> p.secret().fingerprint()).distinct().count();
    }

    /** True when the function's deployed code or environment holds a live payment key: calls to it can move money. */
    static boolean holdsPaymentKey(PortfolioSnapshot snapshot, InventoryFacts.Function fn) {
        return places(snapshot).stream().anyMatch(p -> fn.equals(p.function()) && PAYMENT_RULES.contains(p.secret().ruleId()));
    }

    /** One finding for one secret value, named by its most telling place: deployed code or a live environment first. */
    private static PortfolioFinding secret(PortfolioSnapshot snapshot, List<Place> places) {
        Place first = places.get(0);
        SecurityFacts.Secret s = first.secret();
        String severity = switch (s.severity()) {
            case "critical", "high" -> "high";
            case "medium" -> "medium";
            default -> "low";
        };
        // what the line says of this secret when look-alike ones share a line: the title without "Hardcoded"
        String what = s.description() + " " + s.preview() + " in " + placeNames(places);
        boolean payment = PAYMENT_RULES.contains(s.ruleId());
        String business = first.function() == null || first.function().business() == null ? "Portfolio-wide"
                : snapshot.businessName(first.function().business());
        String where = String.join("; ", places.stream().map(Place::where).toList()) + " — fingerprint " + s.fingerprint();
        Set<Exposure> exposure = EnumSet.noneOf(Exposure.class);
        if ("high".equals(severity)) {
            exposure.add(Exposure.LIVE);
        }
        if (payment) {
            exposure.add(Exposure.PAYMENT_PATH);
        }
        return new PortfolioFinding("secret." + s.ruleId() + "." + s.fingerprint(), severity, business, "Hardcoded " + what, where,
                "anyone with read access to the code can use the credential" + (payment ? ", and this one moves money" : ""), 0,
                "high".equals(severity) ? Set.of("cto", "ceo") : Set.of("cto"), ROTATE)
                .withGrouping(new Grouping("Hardcoded credentials that anyone with read access to the code can use", 1, "secret",
                        what, places.size()))
                .exposedTo(exposure)
                // a copy in an exported file may already be rotated; one in deployed code or a live environment is in use
                .withConfidence(places.stream().anyMatch(Place::deployed) ? Confidence.MEASURED : Confidence.INFERRED);
    }

    /** "a, b and c": every place, so each copy can be cleaned up; past three, "a, b and 4 more places". */
    private static String placeNames(List<Place> places) {
        List<String> names = places.stream().map(Place::shortName).toList();
        if (names.size() > MAX_NAMED_PLACES) {
            names = new ArrayList<>(names.subList(0, MAX_NAMED_PLACES - 1));
            names.add(Figures.plural(places.size() - names.size(), "more place"));
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static List<InventoryFacts.Function> inventoryFunctions(PortfolioSnapshot snapshot) {
        return snapshot.all(InventoryFacts.class).stream().flatMap(f -> f.data().functions().stream()).toList();
    }

    /** Every place a secret was found: the code buckets' scans, the packages Lambda runs and the functions' environments. */
    private static List<Place> places(PortfolioSnapshot snapshot) {
        List<InventoryFacts.Function> functions = inventoryFunctions(snapshot);
        List<Place> places = new ArrayList<>();
        for (PortfolioSnapshot.Fact<SecurityFacts> f : snapshot.all(SecurityFacts.class)) {
            for (SecurityFacts.Secret s : f.data().secrets()) {
                InventoryFacts.Function deployedFrom = functions.stream()
                        .filter(fn -> fn.codeArtifact() != null && fn.codeArtifact().equals(s.resource())).findFirst().orElse(null);
                places.add(new Place(s, deployedFrom, false, null));
            }
        }
        for (PortfolioSnapshot.Fact<DeployedCodeFacts> f : snapshot.all(DeployedCodeFacts.class)) {
            for (DeployedCodeFacts.Package p : f.data().packages()) {
                InventoryFacts.Function of = functions.stream().filter(fn -> fn.name().equals(p.function())).findFirst().orElse(null);
                p.secrets().forEach(s -> places.add(new Place(s, of, false, p)));
            }
        }
        for (PortfolioSnapshot.Fact<InventoryFacts> f : snapshot.all(InventoryFacts.class)) {
            for (SecurityFacts.Secret s : f.data().environmentSecrets()) {
                InventoryFacts.Function of = functions.stream()
                        .filter(fn -> s.resource().equals("Lambda " + fn.name() + " environment")).findFirst().orElse(null);
                places.add(new Place(s, of, true, null));
            }
        }
        return places;
    }

    /**
     * One place a secret was found.
     *
     * @param function    the Lambda function whose deployment package or environment it is in, or null
     * @param environment found in a function's environment variables rather than in a file
     * @param deployedPackage the package Lambda runs it was found in (downloaded from Lambda itself), or null
     */
    private record Place(SecurityFacts.Secret secret, InventoryFacts.Function function, boolean environment,
                         DeployedCodeFacts.Package deployedPackage) {

        boolean deployed() {
            return function != null || environment || deployedPackage != null;
        }

        /** "index.js line 8 of Lambda jada-booking-api", "the environment of Lambda quickdumpnow-renewals", "repos.env line 6". */
        String shortName() {
            if (environment && function != null) {
                return "the environment of Lambda " + function.name();
            }
            String resource = secret.resource();
            String name = secret.file() == null ? resource.substring(resource.lastIndexOf('/') + 1) : secret.file();
            if (deployedPackage != null) {
                return name + " line " + secret.line() + " of the " + deployedPackage.resource();
            }
            return name + " line " + secret.line() + (function != null ? " of Lambda " + function.name() : "");
        }

        String where() {
            return secret.resource() + (secret.file() == null ? "" : " → " + secret.file()) + " line " + secret.line()
                    + (secret.variable() == null ? "" : " (" + secret.variable() + ")");
        }
    }
}
