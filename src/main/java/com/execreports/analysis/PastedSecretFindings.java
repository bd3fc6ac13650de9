package com.execreports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SecurityFacts;

/**
 * Credentials pasted into business data — a key in a spreadsheet's notes cell, a DynamoDB attribute, a register
 * field. The value was redacted when it was read, so the reports go out; this finding says where it was pasted so
 * the key can be rotated and the cell cleaned. One finding per value (fingerprint), naming every place.
 */
final class PastedSecretFindings {

    static final Fix ROTATE_AND_CLEAN = new Fix("Rotate credentials pasted into business data and delete them from the files and tables", 1);

    private PastedSecretFindings() {
    }

    static void find(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        Map<String, List<Pasted>> byFingerprint = new LinkedHashMap<>();
        for (Facts f : snapshot.sources()) {
            for (SecurityFacts.Secret s : f.pastedSecrets()) {
                byFingerprint.computeIfAbsent(s.fingerprint(), k -> new ArrayList<>()).add(new Pasted(f, s));
            }
        }
        byFingerprint.values().forEach(places -> found.add(finding(snapshot, places)));
    }

    private static PortfolioFinding finding(PortfolioSnapshot snapshot, List<Pasted> places) {
        SecurityFacts.Secret s = places.get(0).secret();
        boolean high = "critical".equals(s.severity()) || "high".equals(s.severity());
        String first = where(s);
        String more = places.size() == 1 ? "" : " and " + Figures.plural(places.size() - 1, "more place");
        Set<String> roles = high ? Set.of("ceo", "cto", "cfo") : Set.of("cto", "cfo");
        return new PortfolioFinding("pasted-secret." + s.ruleId() + "." + s.fingerprint(), high ? "high" : "medium",
                snapshot.businessName(places.get(0).facts().domain()),
                "A credential pasted into " + first + more + ": " + s.description() + " " + s.preview(),
                String.join("; ", places.stream().map(p -> where(p.secret())).toList()) + " — fingerprint " + s.fingerprint()
                        + " (redacted when read: the reports and the archive hold only its first 4 characters)",
                "anyone who can read that data can use the credential", 0, roles, ROTATE_AND_CLEAN);
    }

    /** "`portfolio-ledgers/expenses/expenses-2026.csv` line 255, column notes", "table `jada-bookings`, key bookingId=B-7, attribute channel". */
    static String where(SecurityFacts.Secret s) {
        StringBuilder out = new StringBuilder("`").append(s.resource()).append("`");
        if (s.file() != null) {
            out.append(", ").append(s.file());
        }
        if (s.line() > 0) {
            out.append(" line ").append(s.line());
        }
        if (s.variable() != null) {
            out.append(", ").append(s.variable());
        }
        return out.toString();
    }

    private record Pasted(Facts facts, SecurityFacts.Secret secret) {
    }
}
