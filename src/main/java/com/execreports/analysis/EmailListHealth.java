package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.execreports.analysis.Report.Section;
import com.execreports.model.ChannelFacts;
import com.execreports.model.ChannelFacts.BusinessChannels;
import com.execreports.model.PortfolioSnapshot;

/**
 * Whether each email list grows or leaks: who is reachable now, who left (unsubscribed or bounced), and how many of the
 * recent sign-ups stayed. Four columns, so a phone shows it as a table.
 */
final class EmailListHealth {

    static final String TITLE = "Email list health";

    private EmailListHealth() {
    }

    static Section section(PortfolioSnapshot snapshot, Optional<ChannelFacts> channels, List<String> months) {
        List<String> columns = List.of("Business", "Subscribed", "Left the list", "Sign-ups " + ReportMonths.span(months));
        if (!channels.map(ChannelFacts::emailRead).orElse(false)) {
            return new Section(TITLE, "No email list export was read: list size and churn are unknown.", columns, List.of());
        }
        ChannelFacts c = channels.get();
        List<List<String>> rows = new ArrayList<>();
        // this table's own list counts; CfoReport.collectionGaps's run of totals looks alike but sums money
        long subscribed = 0;
        long unsubscribed = 0;
        long bounced = 0;
        long signUps = 0;
        long stayed = 0;
        long everyone = 0;
        for (String domain : snapshot.businesses()) {
            BusinessChannels b = c.forBusiness(domain);
            if (b.emailRows() == 0) {
                continue; // no list at all is a finding of its own
            }
            long n = CmoReport.newSubscribers(b, months);
            long s = CmoReport.stayed(b, months);
            rows.add(List.of(snapshot.businessName(domain), Figures.count(b.emailSubscribed()) + " (" + Figures.percent(b.emailSubscribed(), b.emailRows()) + ")",
                    left(b.emailUnsubscribed(), b.emailBounced()), "+" + Figures.count(n) + ", " + Figures.count(s) + " stayed"));
            subscribed += b.emailSubscribed();
            unsubscribed += b.emailUnsubscribed();
            bounced += b.emailBounced();
            signUps += n;
            stayed += s;
            everyone += b.emailRows();
        }
        rows.add(List.of("All businesses", Figures.count(subscribed) + " (" + Figures.percent(subscribed, everyone) + ")",
                left(unsubscribed, bounced), "+" + Figures.count(signUps) + ", " + Figures.count(stayed) + " stayed"));
        return new Section(TITLE, "Subscribed: reachable now (share of every address the list ever held). Left: unsubscribed or "
                + "bounced (a bounced address is dead; remove it before it hurts sending reputation). Sign-ups: new addresses in "
                + ReportMonths.span(months) + ", and how many are still subscribed. " + c.bucket() + "/" + c.emailKey() + ".",
                columns, rows);
    }

    private static String left(long unsubscribed, long bounced) {
        return Figures.count(unsubscribed + bounced) + " (" + Figures.count(unsubscribed) + " unsub., " + Figures.count(bounced) + " bounced)";
    }
}
