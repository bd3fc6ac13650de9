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
            String name = "RDS instance " + db.id() + " (" + db.engine() + " " + db.engineVersion() + ")";
            String where = "RDS " + db.id() + " " + db.instanceClass();
            if (db.publiclyAccessible()) {
                found.add(new PortfolioFinding("rds-public." + db.id(), "high", business,
                        name + " is publicly accessible: its database port answers the internet",
                        where + " — PubliclyAccessible true" + (db.storageEncrypted() ? "" : ", StorageEncrypted false"),
                        "the database is one leaked or guessed password from anyone on the internet", 0, Set.of("cto"),
                        new Fix("Make RDS instances private (PubliclyAccessible off, security group to the app only)", 1))
                        .exposedTo(Set.of(Exposure.PUBLIC)));
            }
            if (!db.storageEncrypted()) {
                found.add(new PortfolioFinding("rds-unencrypted." + db.id(), "medium", business,
                        name + " stores its data unencrypted",
                        where + " — StorageEncrypted false", "its disks, snapshots and backups are readable by whoever obtains them",
                        0, Set.of("cto"), new Fix("Encrypt RDS storage: restore an encrypted copy of the snapshot and switch over", 3)));
            }
            if (db.backupRetentionDays() == 0) {
                found.add(new PortfolioFinding("rds-no-backup." + db.id(), "high", business,
                        name + " has automated backups off (retention 0 days): no point-in-time restore",
                        where + " — BackupRetentionPeriod 0", "a bad deploy or deleted table cannot be undone", 0, Set.of("cto"),
                        new Fix("Turn on RDS automated backups (7 days or more)", 1)));
            }
            if (!db.multiAz()) {
                found.add(new PortfolioFinding("rds-single-az." + db.id(), "low", business,
                        name + " runs in one availability zone (no Multi-AZ standby)",
                        where + " — MultiAZ false", "a zone outage or host failure takes it down until AWS replaces the host", 0,
                        Set.of("cto"), new Fix("Enable Multi-AZ on production RDS instances", 1)));
            }
            if (db.endOfStandardSupport() != null && db.endOfStandardSupport().isBefore(snapshot.run().asOf().toLocalDate())) {
                found.add(new PortfolioFinding("rds-past-support." + db.id(), "medium", business,
                        name + ": RDS standard support of " + db.engine() + " " + major(db) + " ended " + db.endOfStandardSupport(),
                        where + " — engine " + db.engine() + " " + db.engineVersion(),
                        "RDS bills Extended Support for it every hour, and upgrades it itself when that ends", 0, Set.of("cto"),
                        new Fix("Upgrade RDS engines past the end of standard support", 3)));
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
