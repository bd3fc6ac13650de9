package com.execreports.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SesAccountFacts;

/**
 * The SES account's sending health: bounce and complaint rates over SES's own review thresholds (5% bounces, 0.1%
 * complaints: above them SES reviews the account and may pause its sending), and an account that cannot send.
 */
final class EmailSendingFindings {

    static final double BOUNCE_REVIEW = 0.05;
    static final double COMPLAINT_REVIEW = 0.001;

    private EmailSendingFindings() {
    }

    static void find(PortfolioSnapshot snapshot, SesAccountFacts ses, List<PortfolioFinding> found) {
        Fix lists = new Fix("Clean the mailing lists with high bounce or complaint rates (confirmed opt-in, drop bounced addresses)", 2);
        for (SesAccountFacts.Reputation r : ses.configurationSets()) {
            String business = business(snapshot, r.configurationSet());
            if (r.bounceRate() != null && r.bounceRate() > BOUNCE_REVIEW) {
                found.add(new PortfolioFinding("ses-bounces." + r.configurationSet(), "high", business,
                        "Email bounce rate " + percent(r.bounceRate(), 1) + ", above SES's 5% review line: configuration set "
                                + r.configurationSet() + "; SES may pause the account's sending at 10%",
                        "CloudWatch AWS/SES Reputation.BounceRate, ses:configuration-set " + r.configurationSet(),
                        "every business on this AWS account loses email (bookings, receipts, reports) if SES pauses sending", 0,
                        Set.of("cto", "cmo"), lists));
            }
            if (r.complaintRate() != null && r.complaintRate() > COMPLAINT_REVIEW) {
                found.add(new PortfolioFinding("ses-complaints." + r.configurationSet(), "high", business,
                        "Email complaint rate " + percent(r.complaintRate(), 2) + ", above SES's 0.1% review line: configuration set "
                                + r.configurationSet() + "; SES may pause the account's sending at 0.5%",
                        "CloudWatch AWS/SES Reputation.ComplaintRate, ses:configuration-set " + r.configurationSet(),
                        "recipients mark the mail as spam: SES may pause the whole account", 0, Set.of("cto", "cmo"), lists));
            }
        }
        if (!ses.sendingEnabled() || !"HEALTHY".equals(ses.enforcementStatus())) {
            found.add(new PortfolioFinding("ses-account", "high", "Portfolio-wide",
                    "SES account " + (ses.sendingEnabled() ? "under enforcement: " + ses.enforcementStatus() : "cannot send (sending disabled)"),
                    "SESv2 GetAccount — SendingEnabled " + ses.sendingEnabled() + ", EnforcementStatus " + ses.enforcementStatus(),
                    "booking confirmations, receipts and these reports stop going out", 0, Set.of("ceo", "cto"),
                    new Fix("Restore SES sending: answer the SES review and fix its cause", 2)));
        } else if (!ses.productionAccess()) {
            found.add(new PortfolioFinding("ses-sandbox", "medium", "Portfolio-wide",
                    "SES account is still in the sandbox: it only sends to verified addresses",
                    "SESv2 GetAccount — ProductionAccessEnabled false", "customers' addresses receive nothing", 0, Set.of("cto"),
                    new Fix("Request SES production access", 1)));
        }
    }

    /** The business whose domain id the set's name is or starts with (the longest such id), else portfolio-wide. */
    static String business(PortfolioSnapshot snapshot, String configurationSet) {
        return snapshot.businesses().stream().filter(d -> configurationSet.equals(d) || configurationSet.startsWith(d + "-"))
                .max(Comparator.comparingInt(String::length)).map(snapshot::businessName).orElse("Portfolio-wide");
    }

    static String percent(double fraction, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", fraction * 100);
    }
}
