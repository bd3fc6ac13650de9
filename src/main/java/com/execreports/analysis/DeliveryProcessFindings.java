package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.Report.Section;
import com.execreports.model.EngineeringFacts;
import com.execreports.model.EngineeringFacts.DeliveryPractice;
import com.execreports.model.PortfolioSnapshot;

/**
 * How each business ships software, from the engineering register: one finding per business that lacks CI, a
 * staging environment or a rollback, naming what is missing with its deploy method as evidence, and the CTO's
 * "Delivery process" table.
 */
final class DeliveryProcessFindings {

    static final Fix FIX = new Fix("Add CI with automated tests, a staging environment and one-step rollback", 3);

    private DeliveryProcessFindings() {
    }

    static void find(PortfolioSnapshot snapshot, EngineeringFacts register, List<PortfolioFinding> found) {
        if (!register.registerRead()) {
            return;
        }
        for (DeliveryPractice p : register.businesses()) {
            if (p.missing().isEmpty()) {
                continue;
            }
            found.add(new PortfolioFinding("delivery-process." + p.business(), "medium", snapshot.businessName(p.business()),
                    "Ships changes with " + lacking(p), where(register, p), consequences(p), 0, Set.of("cto"), FIX)
                    .groupedAs("Ships changes without CI, staging or rollback", 0, null, lacking(p)));
        }
    }

    /** "no CI, no staging environment and no rollback". */
    static String lacking(DeliveryPractice p) {
        List<String> parts = new ArrayList<>();
        if (!p.ci()) {
            parts.add("no CI");
        }
        if (!p.staging()) {
            parts.add("no staging environment");
        }
        if (!p.rollback()) {
            parts.add("no rollback");
        }
        return and(parts);
    }

    private static String where(EngineeringFacts register, DeliveryPractice p) {
        return register.bucket() + "/" + register.key() + " — deploy method: "
                + (p.deployMethod().isBlank() ? "not stated" : p.deployMethod())
                + (p.repo().isBlank() ? "" : "; repo: " + p.repo());
    }

    private static String consequences(DeliveryPractice p) {
        List<String> parts = new ArrayList<>();
        if (!p.ci()) {
            parts.add("no change is tested before it ships");
        }
        if (!p.staging()) {
            parts.add("customers are the first to see each change");
        }
        if (!p.rollback()) {
            parts.add("a bad deploy stays live until someone repairs it by hand");
        }
        return String.join("; ", parts);
    }

    private static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** One row per business of the register, in register order. */
    static Section section(PortfolioSnapshot snapshot, EngineeringFacts register) {
        List<List<String>> rows = new ArrayList<>();
        for (DeliveryPractice p : register.businesses()) {
            rows.add(List.of(snapshot.businessName(p.business()), yesNo(p.ci()), yesNo(p.staging()), yesNo(p.rollback()),
                    p.deployMethod().isBlank() ? "not stated" : p.deployMethod()));
        }
        String note = register.registerRead()
                ? "How each business ships its software, as the engineering register " + register.bucket() + "/" + register.key()
                        + " states it."
                : "The engineering register " + register.bucket() + "/" + register.key()
                        + " could not be read this run (see data completeness): delivery practices are unknown.";
        return new Section("Delivery process", note, List.of("Business", "CI", "Staging", "Rollback", "Deploy method"), rows);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
