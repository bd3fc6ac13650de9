package com.execreports.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.Report.Section;
import com.execreports.model.LedgerFacts;
import com.execreports.model.LedgerFacts.VendorPaid;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/**
 * The contractors a 1099-NEC is owed to: vendors paid on the chart's contract-labour accounts, over the year's threshold,
 * by a method the payer reports itself (cash, check, ACH — a card issuer or payment app reports its payees on a 1099-K).
 * 1099s follow the calendar year whatever a business's tax year. No source read records a W-9 on file or a 1099 filed,
 * so each contractor over the threshold is a finding until that tracking exists.
 */
final class ContractorForms {

    static final String TITLE = "1099 contractors";
    /** Rows a table lists before it sums the rest: a long tail of small vendors says nothing the total does not. */
    static final int MAX_ROWS = 8;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.US);

    private ContractorForms() {
    }

    /**
     * The 1099-NEC threshold for payments made in the year: $600 to 2025, $2,000 from 2026 (One Big Beautiful Bill Act,
     * sec. 70433; indexed for inflation from 2027, so for a later year this is the floor and the IRS's figure decides).
     */
    static long thresholdCents(int year) {
        return year <= 2025 ? 60_000 : 200_000;
    }

    /** The year whose forms are being prepared: the run's, except in January, when last year's are due. */
    static int formYear(LocalDate asOf) {
        return asOf.getMonthValue() == 1 ? asOf.getYear() - 1 : asOf.getYear();
    }

    /** 31 January after the year, or the Monday after when it falls on a weekend. */
    static LocalDate dueDate(int year) {
        LocalDate due = LocalDate.of(year + 1, 1, 31);
        return due.getDayOfWeek() == DayOfWeek.SATURDAY ? due.plusDays(2) : due.getDayOfWeek() == DayOfWeek.SUNDAY ? due.plusDays(1) : due;
    }

    /** One vendor of the year, from every ledger read. */
    record Contractor(String vendor, VendorPaid paid) {

        boolean owed(long threshold) {
            return paid.reportableCents() >= threshold && !vendor.equals(LedgerFacts.OTHER_VENDORS);
        }
    }

    /** The year's contractor vendors, largest paid first. */
    static List<Contractor> contractors(PortfolioSnapshot s, int year) {
        List<Contractor> all = new ArrayList<>();
        for (Fact<LedgerFacts> f : s.all(LedgerFacts.class)) {
            for (Map.Entry<String, VendorPaid> e : f.data().contractorPayments().getOrDefault(String.valueOf(year), java.util.Collections.emptySortedMap())
                    .entrySet()) {
                all.add(new Contractor(e.getKey(), e.getValue()));
            }
        }
        all.sort(Comparator.comparingLong((Contractor c) -> c.paid().cents()).reversed().thenComparing(Contractor::vendor));
        return all;
    }

    /** Whether the chart of accounts has an account contractors' pay can be booked to. */
    static boolean chartHasContractLabour(PortfolioSnapshot s) {
        return s.all(LedgerFacts.class).stream().flatMap(f -> f.data().chart().stream())
                .anyMatch(a -> (a.name() + " " + a.taxCategory()).toLowerCase(java.util.Locale.ROOT).matches(".*(contract|1099|freelanc).*"));
    }

    static Section section(PortfolioSnapshot s) {
        int year = formYear(s.run().asOf().toLocalDate());
        long threshold = thresholdCents(year);
        List<String> columns = List.of("Vendor", "Paid in " + year, "By card or app", "1099-NEC");
        if (!FinanceMeasures.ledgerRead(s)) {
            return new Section(TITLE + " (" + year + ")", "No expense ledger was read: contractors' payments are unknown.", columns, List.of());
        }
        if (!chartHasContractLabour(s)) {
            return new Section(TITLE + " (" + year + ")", "The chart of accounts has no contract-labour account: contractors' pay "
                    + "cannot be told from other expenses, so no 1099 can be prepared from the books. Add one (Schedule C's "
                    + "\"Contract labor\") and book contractors to it.", columns, List.of());
        }
        List<Contractor> contractors = contractors(s, year);
        List<List<String>> rows = new ArrayList<>();
        for (Contractor c : contractors.subList(0, Math.min(MAX_ROWS, contractors.size()))) {
            rows.add(List.of(c.vendor() + " (" + String.join(", ", c.paid().businesses().stream().map(s::businessName).toList()) + ")",
                    Figures.money(c.paid().cents()), c.paid().cardCents() == 0 ? "—" : Figures.money(c.paid().cardCents()), form(c, threshold, year)));
        }
        if (contractors.size() > MAX_ROWS) {
            List<Contractor> rest = contractors.subList(MAX_ROWS, contractors.size());
            rows.add(List.of(Figures.plural(rest.size(), "more vendor"), Figures.money(rest.stream().mapToLong(c -> c.paid().cents()).sum()),
                    "", Figures.count(rest.stream().filter(c -> c.owed(threshold)).count()) + " over the threshold"));
        }
        String capped = contractors.stream().anyMatch(c -> c.vendor().equals(LedgerFacts.OTHER_VENDORS))
                ? " More than " + LedgerFacts.MAX_CONTRACTOR_VENDORS + " contractor vendors were paid in " + year + ": past that cap they are "
                        + "summed as " + LedgerFacts.OTHER_VENDORS + ", whose forms cannot be told apart here." : "";
        String paid = contractors.isEmpty() ? "No vendor was paid on a contract-labour account in " + year + "."
                : "Vendors paid on contract-labour accounts in " + year + ".";
        return new Section(TITLE + " (" + year + ")", paid + " A 1099-NEC is due "
                + DAY.format(dueDate(year)) + " for each paid " + Figures.money(threshold) + " or more by cash, check or ACH "
                + "(card and app payments are reported on the processor's 1099-K); no W-9 or 1099 record is kept in the sources read."
                + capped, columns, rows);
    }

    private static String form(Contractor c, long threshold, int year) {
        if (c.vendor().equals(LedgerFacts.OTHER_VENDORS)) {
            return "unknown: vendors past the cap";
        }
        if (c.owed(threshold)) {
            return "due " + DAY.format(dueDate(year)) + " on " + Figures.money(c.paid().reportableCents()) + ": W-9 needed";
        }
        if (c.paid().cents() >= threshold) {
            return "none: " + Figures.money(c.paid().cents() - c.paid().reportableCents()) + " paid by card or app (1099-K)";
        }
        return "none: under " + Figures.money(threshold);
    }

    /** One finding for the year's contractors owed a 1099-NEC, each named: no W-9 or 1099 is tracked anywhere read. */
    static void find(PortfolioSnapshot s, List<PortfolioFinding> found) {
        int year = formYear(s.run().asOf().toLocalDate());
        long threshold = thresholdCents(year);
        List<Contractor> owed = contractors(s, year).stream().filter(c -> c.owed(threshold)).toList();
        if (owed.isEmpty()) {
            return;
        }
        long cents = owed.stream().mapToLong(c -> c.paid().reportableCents()).sum();
        String due = DAY.format(dueDate(year));
        String buckets = String.join(", ", s.all(LedgerFacts.class).stream().map(f -> "s3://" + f.data().bucket()).distinct().toList());
        found.add(new PortfolioFinding("form-1099." + year, "medium", "Portfolio-wide",
                Figures.plural(owed.size(), "contractor") + " paid " + Figures.money(threshold) + " or more in " + year
                        + (owed.size() == 1 ? " needs" : " need") + " a 1099-NEC by " + due + "; no W-9 is on file in the sources read",
                buckets + " contract-labour expenses: " + String.join("; ", owed.stream().map(c -> c.vendor() + " "
                        + Figures.money(c.paid().reportableCents()) + " (" + Figures.plural(c.paid().payments(), "payment") + ")").toList()),
                Figures.money(cents) + " paid by cash, check or ACH; a 1099-NEC not filed costs a penalty per form, and without a W-9 "
                        + "the payer must withhold 24% backup withholding from later payments",
                0, Set.of("accounting", "cfo"),
                new Fix("Collect a W-9 from each contractor paid " + Figures.money(threshold) + " or more and file their 1099-NEC by " + due, 2)));
    }
}
