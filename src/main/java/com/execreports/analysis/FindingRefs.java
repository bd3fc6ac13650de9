package com.execreports.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.execreports.model.PortfolioSnapshot;

/**
 * The ids a reader follows from an action to a finding, read from the finding's subject: the business's short code, the
 * kind and what it is about ("F-JADA-NO-INVOICE", "F-QDN-SECRET-f53a"). Derived from the subject id alone, the same
 * finding has the same id in all five reports and in every week. A qualifier too long to read (a URL, a bucket name)
 * becomes a short hash of itself, a secret keeps its fingerprint's first characters, and where two subjects would still
 * read the same in a run each gets a short hash of its subject, so an id means one finding.
 */
final class FindingRefs {

    /** A qualifier longer than this reads as noise in a list of ids: it is hashed instead. */
    static final int MAX_QUALIFIER = 16;

    private final Map<String, String> refs;
    private final java.util.Set<String> codes;

    private FindingRefs(Map<String, String> refs, java.util.Set<String> codes) {
        this.refs = refs;
        this.codes = codes;
    }

    /** The businesses' short codes the ids start with. */
    java.util.Set<String> codes() {
        return codes;
    }

    /** The ids of these findings (this run's and the previous run's, so a resolved one keeps its id). */
    static FindingRefs of(PortfolioSnapshot snapshot, Collection<PortfolioFinding> findings) {
        Map<String, String> codes = businessCodes(snapshot);
        Map<String, String> byName = new HashMap<>();
        codes.keySet().forEach(d -> byName.put(snapshot.businessName(d), d));
        Map<String, String> readable = new LinkedHashMap<>();
        for (PortfolioFinding f : findings) {
            readable.putIfAbsent(f.id(), readable(f.id(), byName.get(f.business()), codes));
        }
        Map<String, List<String>> bySame = new HashMap<>();
        readable.forEach((id, ref) -> bySame.computeIfAbsent(ref, r -> new ArrayList<>()).add(id));
        Map<String, String> refs = new LinkedHashMap<>();
        readable.forEach((id, ref) -> refs.put(id, bySame.get(ref).size() > 1 ? ref + "-" + hash(id) : ref));
        return new FindingRefs(Map.copyOf(refs), java.util.Set.copyOf(codes.values()));
    }

    /** Every subject id → its display id. */
    Map<String, String> asMap() {
        return refs;
    }

    String ref(String id) {
        return refs.getOrDefault(id, "");
    }

    /**
     * "F-" + business code + kind + qualifier. The business is the domain named in the id, else the finding's own
     * business; portfolio-wide findings have none.
     */
    static String readable(String id, String businessDomain, Map<String, String> codes) {
        List<String> parts = new ArrayList<>(List.of(id.split("\\.")));
        String kind = parts.remove(0);
        String domain = parts.stream().filter(codes::containsKey).findFirst().orElse(null);
        if (domain != null) {
            parts.remove(domain);
        } else {
            domain = businessDomain;
        }
        String code = domain == null ? null : codes.get(domain);
        if (code != null && !parts.isEmpty() && parts.get(0).startsWith(domain + "-")) {
            // a resource named after its business (jada-booking-api): the code already says whose it is
            parts.set(0, parts.get(0).substring(domain.length() + 1));
        }
        List<String> out = new ArrayList<>();
        if (code != null) {
            out.add(code);
        }
        out.add(upper(kind));
        String qualifier = qualifier(parts);
        if (!qualifier.isEmpty()) {
            out.add(qualifier);
        }
        return "F-" + String.join("-", out);
    }

    private static String qualifier(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.get(parts.size() - 1);
        // a fingerprint (secrets): its first four characters tell two secrets apart, as the scanner shows them
        if (last.matches("[0-9a-f]{4,}") && last.matches(".*[0-9].*")) {
            return last.substring(0, 4);
        }
        String joined = upper(String.join("-", parts));
        return joined.length() <= MAX_QUALIFIER ? joined : hash(String.join(".", parts));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * Each business's short code from its name: an all-capitals name as it is (JADA), a joined-up name's capitals
     * (QuickDumpNow: QDN), a street number (3028 51st St Rental: 3028), else the initials (Queen of San Diego: QOSD).
     * Two businesses that would share a code are called by their domain ids instead.
     */
    static Map<String, String> businessCodes(PortfolioSnapshot snapshot) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String domain : snapshot.businesses()) {
            codes.put(domain, code(snapshot.businessName(domain), domain));
        }
        Map<String, Long> uses = new HashMap<>();
        codes.values().forEach(c -> uses.merge(c, 1L, Long::sum));
        codes.replaceAll((domain, code) -> uses.get(code) > 1 || code.isEmpty() ? upper(domain) : code);
        return codes;
    }

    static String code(String name, String domain) {
        int paren = name.indexOf(" (");
        String[] words = (paren < 0 ? name : name.substring(0, paren)).trim().split("\\s+");
        if (words.length == 1) {
            String w = words[0].replaceAll("[^A-Za-z0-9]", "");
            if (!w.isEmpty() && w.equals(w.toUpperCase(Locale.ROOT))) {
                return w.length() <= 6 ? w : w.substring(0, 6);
            }
            String capitals = w.replaceAll("[^A-Z]", "");
            return capitals.length() >= 2 ? capitals : upper(domain);
        }
        if (words[0].matches("\\d+")) {
            return words[0];
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return initials.toString();
    }

    /** Four hex characters of the SHA-256 of the text: enough to tell a run's few look-alike subjects apart. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
