package com.execreports.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.model.CostFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;

/** Money leaks in the ledgers and the AWS bill: unmapped expenses, untagged spend, resources worth stopping. */
final class SpendFindings {

    private SpendFindings() {
    }

    static void ledger(LedgerFacts ledger, List<PortfolioFinding> found) {
        if (ledger.unmappedRows() > 0) {
            long cents = ledger.unmappedAccounts().values().stream().mapToLong(Long::longValue).sum();
            found.add(new PortfolioFinding("unmapped-expenses", "medium", "Portfolio-wide",
                    Figures.plural(ledger.unmappedRows(), "expense row") + " worth " + Figures.money(cents)
                            + " use accounts that are not in the chart of accounts",
                    ledger.bucket() + " — accounts: " + String.join(", ", ledger.unmappedAccounts().keySet()),
                    Figures.money(cents) + " cannot be put on a tax line", cents, Set.of("cfo", "accounting"),
                    new Fix("Map every expense to a chart-of-accounts account", 1)));
        }
    }

    static void costs(PortfolioSnapshot snapshot, CostFacts costs, int untaggedAlarmPercent, List<PortfolioFinding> found) {
        String where = costs.origin();
        if (costs.totalCents() > 0 && 100.0 * costs.untaggedCents() / costs.totalCents() > untaggedAlarmPercent) {
            found.add(new PortfolioFinding("untagged-spend", "medium", "Portfolio-wide",
                    Figures.money(costs.untaggedCents()) + " of AWS spend (" + Figures.percent(costs.untaggedCents(), costs.totalCents())
                            + ") carries no business tag, so no business is charged for it",
                    where + (costs.explorer() == null ? " — resourceTags/user:" : " — tag ") + costs.businessTag() + " empty",
                    "per-business cost and break-even are understated", 0, Set.of("cto", "cfo"),
                    new Fix("Tag every AWS resource with its business (cost-allocation tag)", 1)));
        }
        SpendJump.find(snapshot, costs).ifPresent(found::add);
        for (CostFacts.TopResource r : costs.topResources()) {
            String business = r.business() == null || r.business().isBlank() ? "Portfolio-wide (untagged)" : snapshot.businessName(r.business());
            Optional<FullMonthRate> rate = FullMonthRate.of(snapshot, costs, r);
            String cost = rate.map(m -> "costs about " + Figures.money(m.monthlyCents()) + " a month")
                    .orElse("costs " + Figures.money(r.cents()) + " so far in " + costs.topResourcesMonth());
            String noYear = "a yearly figure needs a full month of its cost; " + costs.topResourcesMonth() + " is the first";
            if ("AmazonEC2".equals(r.productCode()) && r.usageType() != null && r.usageType().contains("BoxUsage")) {
                found.add(new PortfolioFinding("ec2-instance." + r.resourceId(), "medium", business,
                        "EC2 instance " + r.resourceId() + " (" + r.usageType() + ") " + cost
                                + " in an otherwise serverless stack: stop it if idle",
                        where + " — " + r.resourceId(), rate.map(m -> "about " + Figures.money(m.yearCents())
                                + " a year at the rate of " + m.month() + ", the last full month").orElse(noYear),
                        rate.map(FullMonthRate::yearCents).orElse(0L), Set.of("cto", "cfo"),
                        new Fix("Stop or right-size EC2 instances nobody uses", 1))
                        // nothing in the bill says the instance is idle: a person has to look
                        .withConfidence(Confidence.SUSPECTED));
            }
            if ("AmazonS3".equals(r.productCode()) && r.usageType() != null && r.usageType().contains("TimedStorage")
                    && rate.map(FullMonthRate::monthlyCents).orElse(r.cents()) >= 1000) {
                found.add(new PortfolioFinding("s3-storage." + r.resourceId(), "low", business,
                        "Bucket " + r.resourceId() + " " + cost + " in the standard storage class",
                        where + " — " + r.resourceId(), rate.map(m -> "about " + Figures.money(m.yearCents() / 2)
                                + " a year saved by an archive tier (half of a year at the rate of " + m.month() + ")").orElse(noYear),
                        rate.map(m -> m.yearCents() / 2).orElse(0L), Set.of("cto", "cfo"),
                        new Fix("Add S3 lifecycle rules that move old objects to archive tiers", 1))
                        // half is a rule of thumb: what an archive tier saves depends on how often the objects are read
                        .withConfidence(Confidence.INFERRED));
            }
        }
    }

    /**
     * Each service-month where Cost Explorer and the CUR export disagree by more than a cent: one of them misses part of
     * the bill (a CUR file not delivered or not read, a service mapped otherwise), so the reports' AWS figures may too.
     */
    static void reconciliation(CostReconciliation r, List<PortfolioFinding> found) {
        for (CostReconciliation.Difference d : r.differences()) {
            found.add(new PortfolioFinding("cost-mismatch." + d.month() + "." + d.service(), "medium", "Portfolio-wide",
                    "Cost Explorer and the CUR export differ for " + d.service() + " in " + d.month() + " by "
                            + AwsSpend.dollarsAndCents(d.cents()),
                    "Cost Explorer " + AwsSpend.dollarsAndCents(d.explorerCents()) + ", the CUR export "
                            + AwsSpend.dollarsAndCents(d.exportCents()) + " (unblended cost, " + d.month() + ", " + d.service() + ")",
                    "the AWS spend the reports count may be off by " + AwsSpend.dollarsAndCents(d.cents()) + " in " + d.month(),
                    d.cents(), Set.of("cfo", "cto"),
                    new Fix("Find which AWS cost source misses part of the bill (CUR files delivered and read, services mapped)", 1)));
        }
    }
}
