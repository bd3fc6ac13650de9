package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/**
 * What each sales channel costs and how well it turns demand into bookings: bookings over the last full months, the
 * share of the demand for dates ahead already booked, and the channel's recorded cost (advertising, or a marketplace's
 * fee paid to a vendor of the channel's name) per booking. Where the data holds no cost or no leads for a channel, the
 * table says so rather than showing a zero.
 */
final class ChannelEconomics {

    static final String TITLE = "Channel cost and conversion";

    /** The months cost and bookings are counted over: the channel trend's. */
    static final int MONTHS = ChannelTrend.MONTHS;

    private ChannelEconomics() {
    }

    /**
     * One channel, all businesses together.
     *
     * @param bookings   revenue bookings taken in the months
     * @param ahead      revenue bookings for dates still ahead, of businesses that record leads
     * @param openLeads  open leads and quotes of those businesses
     * @param costCents  recorded cost over the months, of vendors named as the channel; null when none is recorded
     * @param vendors    the vendors that cost is paid to
     */
    record Channel(String name, long bookings, long ahead, long openLeads, Long costCents, List<String> vendors) {

        /** "78% (35 of 45)" of the demand ahead booked; why not, when no lead is kept. */
        String bookedShare() {
            if (ahead + openLeads == 0) {
                return "no leads kept";
            }
            return Figures.percent(ahead, ahead + openLeads) + " (" + Figures.count(ahead) + " of " + Figures.count(ahead + openLeads) + ")";
        }

        String costPerBooking() {
            if (costCents == null) {
                return "no cost recorded";
            }
            return bookings == 0 ? Figures.money(costCents) + ", no booking" : Figures.money(Figures.divideCents(costCents, bookings));
        }
    }

    /** A channel cost no channel of its business is named for: said in the note, never spread over the channels. */
    record Unmatched(String business, String vendor, long cents) {
    }

    record Result(List<String> months, List<Channel> channels, List<Unmatched> unmatched, List<String> noLeads, boolean ledgerRead) {
    }

    static Result of(PortfolioSnapshot s) {
        List<String> months = ReportMonths.full(s, MONTHS);
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Long> costs = new TreeMap<>();
        Map<String, List<String>> vendors = new TreeMap<>();
        List<Unmatched> unmatched = new ArrayList<>();
        List<String> noLeads = new ArrayList<>();
        SortedMap<String, SortedMap<String, SortedMap<String, Long>>> channelCosts = new TreeMap<>();
        s.all(LedgerFacts.class).forEach(f -> f.data().channelCosts().forEach((business, byVendor) ->
                byVendor.forEach((vendor, byMonth) -> channelCosts.computeIfAbsent(business, b -> new TreeMap<>())
                        .computeIfAbsent(vendor, v -> new TreeMap<>()).putAll(byMonth))));
        for (Fact<BookingFacts> f : s.all(BookingFacts.class)) {
            BookingFacts b = f.data();
            boolean leadsKept = b.openLeads() > 0;
            if (!leadsKept) {
                noLeads.add(s.businessName(f.domain()));
            }
            for (String m : months) {
                b.bookingsByMonthAndChannel().getOrDefault(m, new TreeMap<>())
                        .forEach((c, n) -> counts.computeIfAbsent(c, k -> new long[3])[0] += n);
            }
            if (leadsKept) {
                b.aheadByChannel().forEach((c, n) -> counts.computeIfAbsent(c, k -> new long[3])[1] += n);
                b.openLeadsByChannel().forEach((c, n) -> counts.computeIfAbsent(c, k -> new long[3])[2] += n);
            }
            for (var vendor : channelCosts.getOrDefault(f.domain(), new TreeMap<>()).entrySet()) {
                long cents = months.stream().mapToLong(m -> vendor.getValue().getOrDefault(m, 0L)).sum();
                if (cents == 0) {
                    continue;
                }
                String channel = b.countByChannel().keySet().stream().filter(c -> sameName(c, vendor.getKey())).findFirst().orElse(null);
                if (channel == null) {
                    unmatched.add(new Unmatched(s.businessName(f.domain()), vendor.getKey(), cents));
                } else {
                    costs.merge(channel, cents, Long::sum);
                    vendors.computeIfAbsent(channel, c -> new ArrayList<>()).add(vendor.getKey());
                }
            }
        }
        // a business with channel costs and no bookings table (a subscription paid by card) has no channel to set them against
        java.util.Set<String> withBookings = new java.util.HashSet<>();
        s.all(BookingFacts.class).forEach(f -> withBookings.add(f.domain()));
        channelCosts.forEach((business, byVendor) -> {
            if (!withBookings.contains(business)) {
                byVendor.forEach((vendor, byMonth) -> {
                    long cents = months.stream().mapToLong(m -> byMonth.getOrDefault(m, 0L)).sum();
                    if (cents != 0) {
                        unmatched.add(new Unmatched(s.businessName(business), vendor, cents));
                    }
                });
            }
        });
        List<Channel> channels = new ArrayList<>();
        counts.forEach((c, n) -> channels.add(new Channel(c, n[0], n[1], n[2], costs.get(c), vendors.getOrDefault(c, List.of()))));
        channels.sort(Comparator.comparingLong((Channel c) -> -c.bookings()).thenComparing(Channel::name));
        return new Result(months, channels, unmatched, noLeads, !s.all(LedgerFacts.class).isEmpty());
    }

    /** "airbnb" is the vendor "Airbnb", "Airbnb, Inc." or "AIRBNB PAYMENTS": letters and digits compared, one inside the other. */
    static boolean sameName(String channel, String vendor) {
        String c = channel.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String v = vendor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return c.length() >= 3 && v.length() >= 3 && (v.startsWith(c) || c.startsWith(v));
    }

    static Section section(PortfolioSnapshot s) {
        Result r = of(s);
        List<List<String>> rows = new ArrayList<>();
        for (Channel c : r.channels()) {
            rows.add(List.of(c.name(), Figures.count(c.bookings()), c.bookedShare(), c.costPerBooking()));
        }
        List<String> costed = r.channels().stream().filter(c -> c.costCents() != null)
                .map(c -> c.name() + ": " + String.join(", ", c.vendors()) + " " + Figures.money(c.costCents())).toList();
        // short: a phone reads the rows; the note only says what each column rests on and what the data lacks
        String cost = !r.ledgerRead() ? "No expense ledger was read: every channel's cost is unknown."
                : "Cost = the ledger's advertising and commissions paid to a vendor of the channel's name"
                        + (costed.isEmpty() ? " (none)" : " (" + String.join("; ", costed) + ")")
                        + "; a marketplace that nets its fee from payouts leaves none.";
        String unmatched = r.unmatched().isEmpty() ? "" : " No channel of that name: " + String.join(", ",
                r.unmatched().stream().map(u -> u.business() + " " + u.vendor() + " " + Figures.money(u.cents())).toList()) + ".";
        String leads = " Booked share = bookings for dates ahead ÷ (those + open leads); lost leads are not kept"
                + (r.noLeads().isEmpty() ? "." : "; no leads recorded: " + String.join(", ", r.noLeads()) + ".");
        return new Section(TITLE, ReportMonths.span(r.months()) + ", all businesses. " + cost + unmatched
                + " Cost / booking is the CAC if every booking is a new customer." + leads,
                List.of("Channel", "Bookings", "Booked share ahead", "Cost / booking"), rows);
    }
}
