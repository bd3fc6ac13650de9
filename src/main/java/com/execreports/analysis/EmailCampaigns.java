package com.execreports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.execreports.analysis.Report.Section;
import com.execreports.model.InventoryFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SesAccountFacts;
import com.execreports.model.SesEventFacts;

/**
 * What the SES event records say of the mail sent in the period: for the CMO each campaign's deliveries, opens and
 * clicks; for the CTO each business's bounces and complaints, with the suppression list's growth. A stream of mail
 * belongs to the business its configuration set names (jada-mail: jada), else to the one whose site its sender
 * domain is (a tagged CloudFront alias, or a domain whose first label is the business's id).
 */
final class EmailCampaigns {

    private EmailCampaigns() {
    }

    /** The CMO's table, or empty when no event records were read. */
    static Optional<Section> campaigns(PortfolioSnapshot snapshot) {
        Optional<SesEventFacts> events = events(snapshot);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (SesEventFacts.Stream s : events.get().streams()) {
            rows.add(List.of(business(snapshot, s), s.campaign().isEmpty() ? "(no campaign tag)" : s.campaign(), Figures.count(s.sent()),
                    Figures.count(s.delivered()), counted(s.opened(), s.delivered()), counted(s.clicked(), s.delivered())));
        }
        SesEventFacts e = events.get();
        return Optional.of(new Section("Email campaigns", "SES event records of the " + Figures.plural(e.periodDays(), "day")
                + " before the run, per campaign (mail tag " + e.campaignTag() + "). Opened and clicked: messages, each once,"
                + " as a share of those delivered; mail clients that block images open unseen.",
                List.of("Business", "Campaign", "Sent", "Delivered", "Opened", "Clicked"), rows));
    }

    /** The CTO's table: bounces and complaints per business and configuration set, and the suppression list's growth. */
    static Optional<Section> sending(PortfolioSnapshot snapshot, PortfolioSnapshot previous) {
        Optional<SesEventFacts> events = events(snapshot);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Map<List<String>, long[]> bySet = new LinkedHashMap<>();
        for (SesEventFacts.Stream s : events.get().streams()) {
            long[] n = bySet.computeIfAbsent(List.of(business(snapshot, s), s.configurationSet().isEmpty() ? "(none)" : s.configurationSet()),
                    k -> new long[4]);
            n[0] += s.sent();
            n[1] += s.hardBounces();
            n[2] += s.softBounces();
            n[3] += s.complaints();
        }
        List<List<String>> rows = new ArrayList<>();
        bySet.forEach((k, n) -> rows.add(List.of(k.get(0), k.get(1), Figures.count(n[0]), rate(n[1], n[0], 1), Figures.count(n[2]),
                rate(n[3], n[0], 2))));
        return Optional.of(new Section("Email sending", "SES event records of the " + Figures.plural(events.get().periodDays(), "day")
                + " before the run. Bounce rate: hard bounces of sent (SES reviews an account above 5%); complaint rate: of sent"
                + " (above 0.1%)." + suppression(snapshot, previous),
                List.of("Business", "Configuration set", "Sent", "Hard bounces", "Soft bounces", "Complaints"), rows));
    }

    /** " Suppression list: 51 addresses, +37 since 2026-W47." — or, without a previous period, the week's additions. */
    static String suppression(PortfolioSnapshot snapshot, PortfolioSnapshot previous) {
        Optional<SesAccountFacts> now = snapshot.all(SesAccountFacts.class).stream().map(PortfolioSnapshot.Fact::data).findFirst();
        if (now.isEmpty()) {
            return "";
        }
        long total = total(now.get());
        Optional<SesAccountFacts> before = previous == null ? Optional.empty()
                : previous.all(SesAccountFacts.class).stream().map(PortfolioSnapshot.Fact::data).findFirst();
        String growth = before.map(b -> signed(total - total(b)) + " since " + previous.run().period())
                .orElse(signed(now.get().suppressedInPeriod()) + " in the period");
        return " Suppression list: " + Figures.count(total) + (total == 1 ? " address" : " addresses") + ", " + growth + ".";
    }

    private static long total(SesAccountFacts ses) {
        return ses.suppressedByReason().values().stream().mapToLong(Long::longValue).sum();
    }

    private static String signed(long n) {
        return (n > 0 ? "+" : "") + Figures.count(n);
    }

    private static Optional<SesEventFacts> events(PortfolioSnapshot snapshot) {
        return snapshot.all(SesEventFacts.class).stream().map(PortfolioSnapshot.Fact::data).findFirst();
    }

    /** "96 (34%)": a count and its share of {@code of}. */
    private static String counted(long n, long of) {
        return Figures.count(n) + " (" + Figures.percent(n, of) + ")";
    }

    /** "31 (6.2%)", with the decimals SES's own thresholds are read in. */
    private static String rate(long n, long of, int decimals) {
        return Figures.count(n) + (of == 0 ? "" : " (" + String.format(Locale.ROOT, "%." + decimals + "f%%", 100.0 * n / of) + ")");
    }

    static String business(PortfolioSnapshot snapshot, SesEventFacts.Stream s) {
        if (!s.configurationSet().isEmpty()) {
            String bySet = EmailSendingFindings.business(snapshot, s.configurationSet());
            if (!"Portfolio-wide".equals(bySet)) {
                return bySet;
            }
        }
        String domain = s.senderDomain();
        Optional<String> byAlias = snapshot.all(InventoryFacts.class).stream().flatMap(f -> f.data().distributions().stream())
                .filter(d -> d.business() != null && d.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(domain)
                        || a.equalsIgnoreCase("www." + domain)))
                .map(InventoryFacts.Distribution::business).findFirst();
        return byAlias.or(() -> snapshot.businesses().stream().filter(d -> domain.startsWith(d + ".")).findFirst())
                .map(snapshot::businessName).orElse("Portfolio-wide");
    }
}
