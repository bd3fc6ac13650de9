package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.Report.Section;
import com.execreports.analysis.RiskScore.Exposure;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.RdsFacts;

/** RDS instances open to the internet, unencrypted, without backups or a standby, or past standard support. */
final class DatabaseFindings {

    private DatabaseFindings() {
    }

    static void find(PortfolioSnapshot snapshot, RdsFacts rds, List<PortfolioFinding> found) {
        for (RdsFacts.Instance db : rds.instances()) {
            String business = db.business() == null ? "Portfolio-wide (untagged)" : snapshot.businessName(db.business());
            String where = "RDS " + db.id() + " " + db.instanceClass() + ", " + db.engine() + " " + db.engineVersion();
            if (db.publiclyAccessible()) {
                found.add(new PortfolioFinding("rds-public." + db.id(), "high", business,
                        "RDS instance " + db.id() + " is publicly accessible: its database port answers the internet",
                        where + " — PubliclyAccessible true", "the database is one leaked or guessed password from anyone on the internet",
                        0, Set.of("cto"), new Fix("Make RDS instances private (PubliclyAccessible off, security group to the app only)", 1))
                        .exposedTo(Set.of(Exposure.PUBLIC)));
            }
            // the rest of an instance's baseline is one finding: one piece of work on one database, read in one line
            List<String> gaps = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            String severity = "low";
            if (db.backupRetentionDays() == 0) {
                gaps.add("automated backups off (no point-in-time restore)");
                evidence.add("BackupRetentionPeriod 0");
                severity = "high";
            }
            if (!db.storageEncrypted()) {
                gaps.add("storage unencrypted");
                evidence.add("StorageEncrypted false");
                severity = "high".equals(severity) ? severity : "medium";
            }
            if (db.endOfStandardSupport() != null && db.endOfStandardSupport().isBefore(snapshot.run().asOf().toLocalDate())) {
                gaps.add(db.engine() + " " + major(db) + " past RDS standard support (ended " + db.endOfStandardSupport()
                        + ", billed as Extended Support)");
                evidence.add("EngineVersion " + db.engineVersion());
                severity = "high".equals(severity) ? severity : "medium";
            }
            if (!db.multiAz()) {
                gaps.add("no Multi-AZ standby");
                evidence.add("MultiAZ false");
            }
            if (!gaps.isEmpty()) {
                found.add(new PortfolioFinding("rds-baseline." + db.id(), severity, business,
                        "RDS instance " + db.id() + " misses its baseline: " + String.join(", ", gaps),
                        where + " — " + String.join(", ", evidence),
                        "a lost disk, a bad deploy or a zone outage costs data or hours, and an old engine costs extra every hour",
                        0, Set.of("cto"), new Fix("Bring RDS instances to baseline: encrypted, backed up, Multi-AZ, a supported engine", 3)));
            }
        }
    }

    private static String major(RdsFacts.Instance db) {
        String[] parts = db.engineVersion().split("\\.");
        return "mysql".equals(db.engine()) && parts.length >= 2 ? parts[0] + "." + parts[1] : parts[0];
    }

    /** The CTO's table of the instances; null when the account has none (a portfolio without RDS says nothing). */
    static Section section(PortfolioSnapshot snapshot, RdsFacts rds) {
        if (rds.instances().isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RdsFacts.Instance db : rds.instances()) {
            rows.add(List.of(db.id(), db.business() == null ? "untagged" : snapshot.businessName(db.business()),
                    db.engine() + " " + db.engineVersion(), db.publiclyAccessible() ? "yes" : "no", db.storageEncrypted() ? "yes" : "no",
                    db.backupRetentionDays() + " days", db.multiAz() ? "yes" : "no"));
        }
        return new Section("Databases (RDS)", "Exposure, encryption, backups and standby per instance.",
                List.of("Instance", "Business", "Engine", "Public", "Encrypted", "Backups", "Multi-AZ"), rows);
    }
}
