package com.execreports.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BusinessProfile;
import com.execreports.model.LedgerFacts;
import com.execreports.model.OperationsFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

/**
 * The KPIs that only make sense for one kind of business, one short table per business, for the CEO: occupancy
 * and yield of a rental, trips and utilisation of a logistics business, recurring revenue and churn of a
 * subscription business. A table appears only when its source was read: a rental needs its operations facts
 * (nights), a logistics business its operations facts (trips), a subscription business its subscription facts.
 *
 * <p>Months are the last {@value #FULL_MONTHS} full months and the current one. Expenses come from the expense
 * ledger, every account booked to the business (the ledger mixes maintenance, crew, fuel, cleaning, ...).
 */
final class OperationsReportSection {

    /** Full months shown before the current one. */
    static final int FULL_MONTHS = 6;

    /**
     * Nautical miles a delivery covers in a day at sea: 7 knots around the clock, a conservative passage speed for
     * the sail and trawler yachts delivered. Used only when the jobs table records no arrival date.
     */
    static final BigDecimal SEA_MILES_PER_DAY = BigDecimal.valueOf(7 * 24);

    private OperationsReportSection() {
    }

    /** The kind-specific tables of every business that has the facts for one, in business order. */
    static List<Section> sections(PortfolioSnapshot snapshot) {
        List<Section> sections = new ArrayList<>();
        for (String domain : snapshot.businesses()) {
            String kind = snapshot.of(domain, BusinessProfile.class).map(BusinessProfile::kind).orElse("");
            switch (kind) {
                case "rental" -> snapshot.of(domain, OperationsFacts.class).ifPresent(o -> sections.add(rental(snapshot, domain, o)));
                case "logistics" -> snapshot.of(domain, OperationsFacts.class).ifPresent(o -> sections.add(logistics(snapshot, domain, o)));
                case "subscription" -> snapshot.of(domain, SubscriptionFacts.class).ifPresent(s -> sections.add(subscriptions(snapshot, domain, s)));
                default -> { }
            }
        }
        return sections;
    }

    // ---------------------------------------------------------------- rental

    static Section rental(PortfolioSnapshot snapshot, String domain, OperationsFacts o) {
        List<YearMonth> months = months(snapshot);
        Optional<Expenses> expenses = Expenses.of(snapshot, domain);
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        List<List<String>> rows = new ArrayList<>();
        long nights = 0;
        long available = 0;
        long rent = 0;
        long spent = 0;
        for (YearMonth m : months) {
            long n = o.days(m.toString());
            long r = o.revenue(m.toString());
            long e = expenses.map(x -> x.month(m)).orElse(0L);
            rows.add(rentalRow(label(snapshot, m), n, m.lengthOfMonth(), r, e, expenses.isPresent(),
                    unreadable.rows(domain, List.of(m.toString()))));
            if (!m.equals(current(snapshot))) {
                nights += n;
                available += m.lengthOfMonth();
                rent += r;
                spent += e;
            }
        }
        rows.add(rentalRow(FULL_MONTHS + " full months", nights, available, rent, spent, expenses.isPresent(),
                unreadable.rows(domain, names(months.subList(0, FULL_MONTHS)))));
        String statuses = String.join(" or ", o.countStatuses());
        String note = "Nights of " + statuses + " stays in each month (" + o.startAttribute() + " to " + o.endAttribute()
                + "; a stay across a month end counts in both) against the days of the month; rent by " + o.startAttribute()
                + " month. " + expensesNote(expenses) + " Net yield = (rent − expenses) ÷ rent. "
                + current(snapshot) + " counts the stays on the books for the whole month and the expenses recorded so far;"
                + " the last row totals " + months.get(0) + " to " + months.get(FULL_MONTHS - 1) + "."
                + unreadable.footnote(domain, names(months));
        return new Section("Occupancy and yield — " + snapshot.businessName(domain), note,
                List.of("Month", "Nights booked", "Available", "Occupancy", "Rent", "Expenses", "Net yield"), rows);
    }

    /** @param unreadable expense rows the month may miss: its expenses and yield are marked incomplete */
    private static List<String> rentalRow(String label, long nights, long available, long rent, long expenses, boolean ledger,
                                          long unreadable) {
        return List.of(label, Figures.count(nights), Figures.count(available), Figures.percent(nights, available),
                Figures.money(rent), ledger ? UnreadableExpenses.marked(Figures.money(expenses), unreadable) : "n/a",
                ledger ? UnreadableExpenses.marked(Figures.percent(rent - expenses, rent), unreadable) : "n/a");
    }

    // ---------------------------------------------------------------- logistics

    static Section logistics(PortfolioSnapshot snapshot, String domain, OperationsFacts o) {
        List<YearMonth> months = months(snapshot);
        Optional<Expenses> expenses = Expenses.of(snapshot, domain);
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        String distance = o.quantityAttributes().isEmpty() ? null : o.quantityAttributes().get(0);
        List<List<String>> rows = new ArrayList<>();
        Totals full = new Totals();
        for (YearMonth m : months) {
            Totals month = new Totals();
            month.trips = o.items(m.toString());
            month.miles = distance == null ? BigDecimal.ZERO : o.quantity(distance, m.toString());
            month.revenue = o.revenue(m.toString());
            month.expenses = expenses.map(x -> x.month(m)).orElse(0L);
            month.seaDays = seaDays(o, month.miles, m);
            month.days = (long) m.lengthOfMonth() * o.units();
            month.unreadable = unreadable.rows(domain, List.of(m.toString()));
            rows.add(logisticsRow(label(snapshot, m), month, distance != null, expenses.isPresent(), o.intervals() || distance != null));
            if (!m.equals(current(snapshot))) {
                full.add(month);
            }
        }
        full.unreadable = unreadable.rows(domain, names(months.subList(0, FULL_MONTHS)));
        rows.add(logisticsRow(FULL_MONTHS + " full months", full, distance != null, expenses.isPresent(),
                o.intervals() || distance != null));
        String statuses = String.join(" or ", o.countStatuses());
        String atSea = o.intervals()
                ? "days from " + o.startAttribute() + " to " + o.endAttribute()
                : distance == null ? "not measurable without a distance or an end date"
                : distance + " ÷ " + SEA_MILES_PER_DAY + ", i.e. 7 knots around the clock, all in the departure month";
        String cost = expenses.isPresent()
                ? "Cost per trip = all the business's ledger expenses in the month (fuel and crew included, when booked to the business) ÷ trips."
                : "Cost per trip is n/a: no expense ledger was read.";
        String note = "Trips " + statuses + ", by " + o.startAttribute() + " month, with their " + (distance == null ? "" : distance + " and ")
                + "revenue. " + cost + " Utilisation = days at sea (" + atSea + ") ÷ (days in the month × " + o.units()
                + (o.units() == 1 ? " vessel" : " vessels") + ", the template's units). " + current(snapshot)
                + " counts the trips on the books for the whole month and the expenses recorded so far; the last row totals "
                + months.get(0) + " to " + months.get(FULL_MONTHS - 1) + "." + unreadable.footnote(domain, names(months));
        return new Section("Trips and utilisation — " + snapshot.businessName(domain), note,
                List.of("Month", "Trips", "Miles (nm)", "Revenue / trip", "Cost / trip", "Days at sea", "Utilisation"), rows);
    }

    private static BigDecimal seaDays(OperationsFacts o, BigDecimal miles, YearMonth m) {
        if (o.intervals()) {
            return BigDecimal.valueOf(o.days(m.toString()));
        }
        return miles.divide(SEA_MILES_PER_DAY, 4, RoundingMode.HALF_UP);
    }

    private static List<String> logisticsRow(String label, Totals t, boolean miles, boolean ledger, boolean atSea) {
        // per trip as the CFO's unit economics computes it
        UnitEconomics.PerUnit perTrip = new UnitEconomics.PerUnit(t.trips, t.revenue, t.expenses);
        return List.of(label, Figures.count(t.trips), miles ? Figures.count(t.miles.setScale(0, RoundingMode.HALF_UP).longValue()) : "n/a",
                t.trips == 0 ? "n/a" : Figures.money(perTrip.revenuePerUnitCents()),
                !ledger || t.trips == 0 ? "n/a" : UnreadableExpenses.marked(Figures.money(perTrip.costPerUnitCents()), t.unreadable),
                atSea ? Figures.count(t.seaDays.setScale(0, RoundingMode.HALF_UP).longValue()) : "n/a",
                atSea ? percent(t.seaDays, t.days) : "n/a");
    }

    private static String percent(BigDecimal part, long whole) {
        return whole == 0 ? "n/a" : part.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP) + "%";
    }

    /** A month's (or several months') logistics figures. */
    private static final class Totals {
        long trips;
        BigDecimal miles = BigDecimal.ZERO;
        long revenue;
        long expenses;
        BigDecimal seaDays = BigDecimal.ZERO;
        long days;
        /** expense rows the figures may miss (not summed: the total's own months are counted once) */
        long unreadable;

        void add(Totals m) {
            trips += m.trips;
            miles = miles.add(m.miles);
            revenue += m.revenue;
            expenses += m.expenses;
            seaDays = seaDays.add(m.seaDays);
            days += m.days;
        }
    }

    // ---------------------------------------------------------------- subscriptions

    static Section subscriptions(PortfolioSnapshot snapshot, String domain, SubscriptionFacts s) {
        List<YearMonth> months = months(snapshot);
        List<String> cancelled = new ArrayList<>();
        for (YearMonth m : months) {
            long n = s.cancelledByMonth().getOrDefault(m.toString(), 0L);
            cancelled.add(m.equals(current(snapshot)) ? Figures.count(n) + " so far in " + m : Figures.count(n));
        }
        List<List<String>> rows = List.of(
                List.of("Monthly recurring revenue", Figures.money(s.mrrCents())),
                List.of("Active subscriptions", Figures.count(s.active())),
                List.of("Past due", Figures.count(s.countByStatus().getOrDefault("past_due", 0L))),
                List.of("Renewal attempts that failed", s.renewalsAttempted() == 0 ? "none attempted"
                        : s.renewalFailurePercent() + "% (" + Figures.count(s.renewalsFailed()) + " of " + Figures.count(s.renewalsAttempted()) + ")"),
                List.of("Cancelled per month, " + months.get(0) + " to " + months.get(months.size() - 1), String.join(", ", cancelled)));
        return new Section("Subscriptions — " + snapshot.businessName(domain),
                "Recurring revenue of the active subscriptions in " + s.table() + ", what is at risk (past due, failed renewals) and churn: "
                        + "cancellations by month of cancellation.",
                List.of("Figure", "Value"), rows);
    }

    // ---------------------------------------------------------------- shared

    /** The last {@value #FULL_MONTHS} full months and the current one, oldest first. */
    static List<YearMonth> months(PortfolioSnapshot snapshot) {
        YearMonth current = current(snapshot);
        List<YearMonth> months = new ArrayList<>();
        for (int i = FULL_MONTHS; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    static YearMonth current(PortfolioSnapshot snapshot) {
        return YearMonth.from(snapshot.run().asOf());
    }

    private static List<String> names(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).toList();
    }

    private static String label(PortfolioSnapshot snapshot, YearMonth m) {
        return m.equals(current(snapshot)) ? m + " (current)" : m.toString();
    }

    private static String expensesNote(Optional<Expenses> expenses) {
        return expenses.isPresent()
                ? "Expenses are all the business's ledger expenses by expense date, every account together (the ledger mixes maintenance with cleaning, utilities and the rest)."
                : "Expenses and yield are n/a: no expense ledger was read.";
    }

    /** A business's expenses by month, summed over every ledger read. */
    private record Expenses(List<LedgerFacts> ledgers, String business) {

        static Optional<Expenses> of(PortfolioSnapshot snapshot, String business) {
            List<LedgerFacts> ledgers = snapshot.all(LedgerFacts.class).stream().map(PortfolioSnapshot.Fact::data).toList();
            return ledgers.isEmpty() ? Optional.empty() : Optional.of(new Expenses(ledgers, business));
        }

        long month(YearMonth m) {
            return ledgers.stream().mapToLong(l -> l.expensesByBusinessMonth().getOrDefault(business, java.util.Collections.emptySortedMap())
                    .getOrDefault(m.toString(), 0L)).sum();
        }
    }
}
