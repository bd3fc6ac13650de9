package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.LedgerFacts;
import com.execreports.model.LedgerFacts.Account;
import com.execreports.model.PortfolioSnapshot;

/**
 * Tax-relevant entries the chart of accounts cannot hold today: depreciation of the fixed assets it lists, interest on
 * the loans it lists, and occupancy tax on a rental's stays. Each is a deduction missed or a tax owed that no figure
 * of the books shows, so the accountant sees it as a gap with its evidence, not as a number.
 */
final class ChartGaps {

    /** Asset accounts that are not fixed assets: cash, money in transit, amounts owed to the business. */
    private static final Pattern CURRENT_ASSET = Pattern.compile("cash|bank|clearing|receivable|deposit|prepaid|inventory|undeposited");
    private static final Pattern LOAN = Pattern.compile("mortgage|loan|note payable|line of credit");

    private ChartGaps() {
    }

    /** Rows of the accountant's System gaps table: gap, business, evidence, value. */
    static List<List<String>> rows(PortfolioSnapshot snapshot, LedgerFacts ledger) {
        List<Account> chart = ledger.chart();
        List<List<String>> rows = new ArrayList<>();
        if (chart.isEmpty()) {
            return rows;
        }
        String where = "The chart of accounts";
        List<Account> fixed = chart.stream().filter(a -> is(a, "asset") && !CURRENT_ASSET.matcher(lower(a.name())).find()).toList();
        if (!fixed.isEmpty() && chart.stream().noneMatch(a -> mentions(a, "depreciation") || mentions(a, "amortization"))) {
            rows.add(List.of("No depreciation", "Portfolio-wide", where + " lists fixed assets (" + labels(fixed) + "), no "
                    + "depreciation account: deductions missed, book value overstated. Path: an asset register (cost, date in "
                    + "service, life) and a yearly depreciation entry", "unknown"));
        }
        List<Account> loans = chart.stream().filter(a -> is(a, "liability") && LOAN.matcher(lower(a.name())).find()).toList();
        if (!loans.isEmpty() && chart.stream().noneMatch(a -> is(a, "expense") && mentions(a, "interest"))) {
            rows.add(List.of("No interest expense", "Portfolio-wide", where + " lists " + labels(loans) + ", no interest "
                    + "expense account: deductible interest missing or booked as principal. Path: split each payment as the "
                    + "lender's statement does", "unknown"));
        }
        for (String domain : snapshot.businesses()) {
            boolean rental = snapshot.of(domain, BusinessProfile.class).map(p -> "rental".equals(p.kind())).orElse(false);
            if (!rental || chart.stream().anyMatch(a -> mentions(a, "occupancy") || mentions(a, "lodging") || mentions(a, "transient"))) {
                continue;
            }
            snapshot.of(domain, BookingFacts.class).filter(b -> b.revenueCents() > 0).ifPresent(b -> {
                String year = snapshot.run().asOf().toLocalDate().getYear() + "";
                long thisYear = b.revenueByMonth().entrySet().stream().filter(e -> e.getKey().startsWith(year))
                        .mapToLong(java.util.Map.Entry::getValue).sum();
                rows.add(List.of("No occupancy tax", snapshot.businessName(domain), Figures.money(thisYear) + " of stays booked in " + year
                        + " (" + b.table() + "), no occupancy-tax account: the city's tax on short stays is collected from guests "
                        + "and remitted; a marketplace remits only for its own bookings", Figures.money(thisYear)));
            });
        }
        return rows;
    }

    private static boolean is(Account a, String type) {
        return type.equals(lower(a.type()));
    }

    private static boolean mentions(Account a, String word) {
        return lower(a.name()).contains(word) || lower(a.taxCategory()).contains(word);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String labels(List<Account> accounts) {
        return String.join(", ", accounts.stream().map(Account::label).toList());
    }
}
