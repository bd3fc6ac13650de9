package com.execreports.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.execreports.analysis.FinanceMeasures.BusinessMargin;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.OperationsFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

/**
 * What each business earns and spends on one unit of what it sells — a trip, a night, a booking, a subscriber's month —
 * over the break-even's last full months, and for a subscription business what a subscriber is worth over a lifetime
 * (ARPU × margin ÷ monthly churn). Units and their revenue are counted as the CEO's operations tables count them;
 * expenses and the margin are the break-even's, so a figure reads the same in every report.
 */
final class UnitEconomics {

    static final String TITLE = "Unit economics";

    private UnitEconomics() {
    }

    /**
     * Units sold and what they brought in and cost: the one per-unit computation, shared with the CEO's trips table.
     *
     * @param units         trips, nights, bookings or subscriber-months
     * @param revenueCents  their revenue
     * @param expensesCents the business's recorded expenses over the same months
     */
    record PerUnit(long units, long revenueCents, long expensesCents) {

        long revenuePerUnitCents() {
            return Figures.divideCents(revenueCents, units);
        }

        long costPerUnitCents() {
            return Figures.divideCents(expensesCents, units);
        }
    }

    /**
     * A subscription business's lifetime value.
     *
     * @param active          subscriptions paying now
     * @param mrrCents        their monthly recurring revenue
     * @param cancelled       cancellations in the months
     * @param months          the months counted
     * @param marginCents     the business's margin over those months (the break-even's)
     * @param revenueCents    the revenue it is a share of
     */
    record Lifetime(long active, long mrrCents, long cancelled, List<String> months, long marginCents, long revenueCents) {

        long arpuCents() {
            return Figures.divideCents(mrrCents, active);
        }

        /** Cancellations a month as a share of the active subscriptions; null when none are active. */
        BigDecimal monthlyChurnPercent() {
            if (active == 0) {
                return null;
            }
            return BigDecimal.valueOf(cancelled * 100).divide(BigDecimal.valueOf(active * months.size()), 1, RoundingMode.HALF_UP);
        }

        /** ARPU × margin ÷ churn; null when no churn was seen (a lifetime the data cannot bound) or none are active. */
        Long ltvCents() {
            if (active == 0 || cancelled == 0 || revenueCents == 0) {
                return null;
            }
            // ARPU × margin ÷ (cancelled ÷ (active × months)), in exact arithmetic
            return BigDecimal.valueOf(arpuCents()).multiply(BigDecimal.valueOf(marginCents))
                    .multiply(BigDecimal.valueOf(active * months.size()))
                    .divide(BigDecimal.valueOf(revenueCents).multiply(BigDecimal.valueOf(cancelled)), 0, RoundingMode.HALF_UP)
                    .longValueExact();
        }

        String sentence(String name) {
            BigDecimal churn = monthlyChurnPercent();
            if (churn == null) {
                return name + ": no active subscription, so no ARPU or lifetime value.";
            }
            String margin = Figures.percent(marginCents, revenueCents);
            String base = name + ": ARPU " + Figures.money(arpuCents()) + " a month (MRR " + Figures.money(mrrCents) + " ÷ "
                    + Figures.count(active) + " active); monthly churn " + churn.toPlainString() + "% (" + Figures.count(cancelled)
                    + " cancelled in " + ReportMonths.span(months) + " ÷ " + months.size() + " ÷ " + Figures.count(active) + " active)";
            Long ltv = ltvCents();
            return ltv == null ? base + "; no cancellation in those months, so churn cannot bound a lifetime value."
                    : base + "; LTV = ARPU × margin " + margin + " ÷ churn = " + Figures.money(ltv) + ".";
        }
    }

    /**
     * One business's unit economics.
     *
     * @param unit     what one unit is ("trip", "night", "booking", "subscriber-month")
     * @param lifetime a subscription business's lifetime value, else null
     */
    record BusinessUnits(String domain, String name, String unit, PerUnit figures, boolean expensesRead, Lifetime lifetime) {
    }

    /** Every business whose units can be counted, in business order. */
    static List<BusinessUnits> of(PortfolioSnapshot s) {
        List<String> months = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS);
        List<BusinessUnits> out = new ArrayList<>();
        for (BusinessMargin m : FinanceMeasures.margins(s)) {
            if (!s.businesses().contains(m.domain())) {
                continue;
            }
            String kind = s.of(m.domain(), BusinessProfile.class).map(BusinessProfile::kind).orElse("");
            Optional<OperationsFacts> ops = s.of(m.domain(), OperationsFacts.class);
            Optional<SubscriptionFacts> subs = s.of(m.domain(), SubscriptionFacts.class);
            Optional<BookingFacts> bookings = s.of(m.domain(), BookingFacts.class);
            if (kind.equals("logistics") && ops.isPresent()) {
                OperationsFacts o = ops.get();
                out.add(new BusinessUnits(m.domain(), m.name(), "trip", new PerUnit(months.stream().mapToLong(o::items).sum(),
                        months.stream().mapToLong(o::revenue).sum(), m.expensesCents()), m.expensesRead(), null));
            } else if (kind.equals("rental") && ops.isPresent()) {
                OperationsFacts o = ops.get();
                out.add(new BusinessUnits(m.domain(), m.name(), "night", new PerUnit(months.stream().mapToLong(o::days).sum(),
                        months.stream().mapToLong(o::revenue).sum(), m.expensesCents()), m.expensesRead(), null));
            } else if (kind.equals("subscription") && subs.isPresent()) {
                SubscriptionFacts sub = subs.get();
                long cancelled = months.stream().mapToLong(x -> sub.cancelledByMonth().getOrDefault(x, 0L)).sum();
                // the break-even counts MRR × months as revenue: the same revenue, spread over the same subscriber-months
                out.add(new BusinessUnits(m.domain(), m.name(), "subscriber-month", new PerUnit(sub.active() * months.size(),
                        m.revenueCents(), m.expensesCents()), m.expensesRead(),
                        new Lifetime(sub.active(), sub.mrrCents(), cancelled, months, m.marginCents(), m.revenueCents())));
            } else if (bookings.isPresent()) {
                BookingFacts b = bookings.get();
                out.add(new BusinessUnits(m.domain(), m.name(), "booking", new PerUnit(
                        months.stream().mapToLong(x -> b.bookingsByMonth().getOrDefault(x, 0L)).sum(),
                        months.stream().mapToLong(x -> b.revenueByMonth().getOrDefault(x, 0L)).sum(), m.expensesCents()),
                        m.expensesRead(), null));
            }
        }
        return out;
    }

    /** Four columns, so a phone shows it side by side; subscriptions' lifetime value in the note. */
    static Section section(PortfolioSnapshot s) {
        List<String> months = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS);
        UnreadableExpenses unreadable = new UnreadableExpenses(s);
        List<List<String>> rows = new ArrayList<>();
        List<String> lifetimes = new ArrayList<>();
        for (BusinessUnits b : of(s)) {
            PerUnit f = b.figures();
            long missing = unreadable.rows(b.domain(), months);
            rows.add(List.of(b.name(), Figures.plural(f.units(), b.unit()),
                    f.units() == 0 ? "n/a" : Figures.money(f.revenuePerUnitCents()),
                    !b.expensesRead() ? "no expense ledger read" : f.units() == 0 ? "n/a"
                            : UnreadableExpenses.marked(Figures.money(f.costPerUnitCents()), missing)));
            if (b.lifetime() != null) {
                lifetimes.add(b.lifetime().sentence(b.name()));
            }
        }
        CashReconciliation cash = CashReconciliation.portfolio(s);
        String caution = cash != null && cash.expensesIncomplete() ? " Recorded expenses are " + cash.coverage()
                + " of cash out, so every cost per unit is understated." : "";
        return new Section(TITLE, ReportMonths.span(months) + ", per unit sold: trips by departure and nights by stay (as in the "
                + "CEO's operations tables), bookings by month booked, subscriber-months at today's MRR; cost = the business's "
                + "recorded expenses (as in Break-even by business) ÷ units." + caution
                + (lifetimes.isEmpty() ? "" : " " + String.join(" ", lifetimes)) + unreadable.footnote(null, months),
                List.of("Business", "Units", "Revenue / unit", "Cost / unit"), rows);
    }
}
