package com.execreports.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo portfolio's invoice ledger ({@code invoices/invoices.csv} in {@code portfolio-ledgers}): one invoice per
 * invoiced booking, with how and when each business gets paid.
 *
 * <p>Planted: every 97th invoice bills $150 more than its booking; three JADA invoices name bookings that never
 * existed; a few invoices of each business are never paid (still open long after they were issued); and the invoices
 * of 2025, carried over from the old spreadsheet that had no paid-date column, are paid without a paid date.
 */
public final class DemoInvoiceLedger {

    public static final String HEADER = "invoice_number,business,booking_ref,issued,amount,currency,status,paid_date\n";

    /** Invoices issued before this were carried over from the old spreadsheet, without paid dates. */
    static final LocalDate DATED_FROM = LocalDate.of(2026, 1, 1);

    /** The demo's three JADA invoices for bookings that never existed. */
    public static final List<DemoPortfolio.Invoice> DEMO_ORPHANS = List.of(orphan("INV-J-99901", "jada", "JADA-99901", LocalDate.of(2026, 9, 11)),
            orphan("INV-J-99902", "jada", "JADA-99902", LocalDate.of(2026, 9, 12)), orphan("INV-J-99903", "jada", "JADA-99903", LocalDate.of(2026, 9, 13)));

    /**
     * Days from invoice to payment per business, as each gets paid: JADA and Queen of San Diego take card deposits at
     * booking, the rental is paid out by the booking platforms right after check-in, DangerousCentaur and Expert Yacht
     * Delivery bill on net-30 terms and are paid late as often as not.
     */
    private static final Map<String, int[]> PAYMENT_DAYS = Map.of(
            "jada", new int[] {0, 10},
            "queenofsandiego", new int[] {1, 30},
            "rental-3028-51st", new int[] {1, 3},
            "dangerouscentaur", new int[] {10, 50},
            "expert-yacht-delivery", new int[] {15, 65});
    /** One invoice in this many is never paid (checked before the payment terms, per invoice). */
    private static final int NEVER_PAID_ONE_IN = 30;

    private DemoInvoiceLedger() {
    }

    /** The ledger as CSV, for the invoices the demo portfolio generated (its own seed, so the same CSV every time). */
    public static String csv(List<DemoPortfolio.Invoice> generated) {
        return csv(generated, DemoPortfolio.DEMO, DATED_FROM, DEMO_ORPHANS);
    }

    /**
     * The ledger for another shape of portfolio.
     *
     * @param datedFrom invoices issued before it are paid without a paid date
     * @param orphans   invoices naming a booking that never existed, added at the end
     */
    public static String csv(List<DemoPortfolio.Invoice> generated, DemoPortfolio.Shape shape, LocalDate datedFrom,
                             List<DemoPortfolio.Invoice> orphans) {
        Random random = new Random(shape.seed() + 1);
        // the last day a payment can have landed: the day before the as-of date
        LocalDate lastPayment = shape.asOf().minusDays(1);
        StringBuilder csv = new StringBuilder(HEADER);
        for (DemoPortfolio.Invoice i : withPlantedProblems(generated, orphans)) {
            boolean neverPaid = random.nextInt(NEVER_PAID_ONE_IN) == 0;
            int[] days = PAYMENT_DAYS.getOrDefault(i.business(), new int[] {0, 30});
            LocalDate paid = i.issued().plusDays(days[0] + random.nextInt(days[1] - days[0] + 1));
            boolean isPaid = !neverPaid && !paid.isAfter(lastPayment);
            csv.append(i.number()).append(',').append(i.business()).append(',').append(i.bookingRef()).append(',')
                    .append(i.issued()).append(',').append(i.amount().toPlainString()).append(",USD,")
                    .append(isPaid ? "paid" : "open").append(',')
                    .append(isPaid && !i.issued().isBefore(datedFrom) ? paid.toString() : "").append('\n');
        }
        return csv.toString();
    }

    /** Every 97th invoice billed $150 more than its booking, and the invoices for bookings that never existed. */
    static List<DemoPortfolio.Invoice> withPlantedProblems(List<DemoPortfolio.Invoice> generated, List<DemoPortfolio.Invoice> orphans) {
        List<DemoPortfolio.Invoice> invoices = new ArrayList<>();
        for (int n = 0; n < generated.size(); n++) {
            DemoPortfolio.Invoice i = generated.get(n);
            invoices.add(n % 97 == 45 ? new DemoPortfolio.Invoice(i.number(), i.business(), i.bookingRef(), i.issued(),
                    i.amount().add(new BigDecimal("150.00"))) : i);
        }
        invoices.addAll(orphans);
        return invoices;
    }

    private static DemoPortfolio.Invoice orphan(String number, String business, String bookingRef, LocalDate issued) {
        return new DemoPortfolio.Invoice(number, business, bookingRef, issued, new BigDecimal("1250.00"));
    }
}
