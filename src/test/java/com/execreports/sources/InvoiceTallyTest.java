package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.config.SnapshotJson;
import com.execreports.demo.DemoInvoiceLedger;
import com.execreports.demo.DemoPortfolio;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.InvoiceFacts.Total;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class InvoiceTallyTest {

    private static final String BUCKET = "portfolio-ledgers";
    private static final String RUN_ID = "2026-W48-20261123T0700";
    private static final String KEY = "invoices/invoices.csv";
    private static final String HEADER = "invoice_number,business,booking_ref,issued,amount,currency,status\n";
    private static final String PAID_HEADER = "invoice_number,business,booking_ref,issued,amount,currency,status,paid_date\n";

    // ---------------------------------------------------------------- totals

    @Test
    void should_total_invoices_by_business_status_and_month_issued() {
        InvoiceFacts i = data(invoices(HEADER + """
                INV-J-00001,jada,JADA-00001,2026-01-02,650.00,USD,paid
                INV-J-00002,jada,JADA-00002,2026-01-31,4800.00,USD,open
                Q10001,queenofsandiego,QSD-0001,2026-02-01,400.00,USD,paid
                """));

        assertThat(i.invoices()).isEqualTo(3);
        assertThat(i.rowsRead()).isEqualTo(3);
        assertThat(i.amountCents()).isEqualTo(585_000L);
        assertThat(i.byBusiness()).containsExactly(entry("jada", new Total(2, 545_000L)),
                entry("queenofsandiego", new Total(1, 40_000L)));
        assertThat(i.byStatus()).containsExactly(entry("open", new Total(1, 480_000L)), entry("paid", new Total(2, 105_000L)));
        assertThat(i.byMonth()).containsExactly(entry("2026-01", new Total(2, 545_000L)), entry("2026-02", new Total(1, 40_000L)));
        assertThat(i.keys()).containsExactly(KEY);
        assertThat(i.bucket()).isEqualTo(BUCKET);
    }

    @Test
    void should_count_as_open_every_invoice_not_known_to_be_settled() {
        InvoiceFacts i = data(invoices(HEADER + """
                A1,jada,J1,2026-01-02,1.00,USD,open
                A2,jada,J2,2026-01-02,2.00,USD,Overdue
                A3,jada,J3,2026-01-02,4.00,USD,sent
                A4,jada,J4,2026-01-02,8.00,USD,
                A5,jada,J5,2026-01-02,16.00,USD,PAID
                A6,jada,J6,2026-01-02,32.00,USD,void
                A7,jada,J7,2026-01-02,64.00,USD,written_off
                """));

        assertThat(i.openInvoices()).isEqualTo(4);
        assertThat(i.openCents()).isEqualTo(1_500L);
        assertThat(i.byStatus()).containsOnlyKeys("open", "overdue", "sent", "(blank)", "paid", "void", "written_off");
        assertThat(i.amountCents()).isEqualTo(12_700L);
    }

    @Test
    void should_sum_the_invoices_of_each_booking_per_business_for_reconciliation() {
        InvoiceFacts i = data(invoices(HEADER + """
                D-1,jada,JADA-00007,2026-03-01,500.00,USD,paid
                B-1,jada,JADA-00007,2026-03-20,1500.00,USD,open
                X-1,queenofsandiego,JADA-00007,2026-03-02,10.00,USD,paid
                N-1,jada,,2026-03-03,99.99,USD,paid
                """));

        assertThat(i.bookingCents()).containsOnlyKeys("jada", "queenofsandiego");
        assertThat(i.bookingCents().get("jada")).containsExactly(entry("JADA-00007", 200_000L));
        assertThat(i.bookingCents().get("queenofsandiego")).containsExactly(entry("JADA-00007", 1_000L));
        assertThat(i.withoutBookingRef()).isEqualTo(new Total(1, 9_999L));
        // what was paid on each booking: cash on a booking later cancelled is owed back
        assertThat(i.paidBookingCents().get("jada")).containsExactly(entry("JADA-00007", 50_000L));
        assertThat(i.paidCents("jada", java.util.Set.of("JADA-00007", "JADA-00099"))).isEqualTo(50_000L);
    }

    // ---------------------------------------------------------------- collected

    @Test
    void should_keep_the_cents_collected_by_business_and_month_paid() {
        InvoiceFacts i = data(invoices(PAID_HEADER + """
                J1,jada,JADA-1,2026-09-28,1000.00,USD,paid,2026-10-03
                J2,jada,JADA-2,2026-10-02,250.50,USD,Paid,2026-10-31
                J3,jada,JADA-3,2026-10-15,400.00,USD,paid,
                J4,jada,JADA-4,2026-10-20,800.00,USD,open,
                J5,jada,JADA-5,2026-10-21,75.00,USD,void,
                Q1,queenofsandiego,QSD-1,2026-08-30,600.00,USD,paid,2026-11-02
                """));

        // J1 paid in the month after it was issued; J3 is paid with no date, so it counts in October, when it was issued
        assertThat(i.collectedCents()).containsOnlyKeys("jada", "queenofsandiego");
        assertThat(i.collectedCents().get("jada")).containsExactly(entry("2026-10", 165_050L));
        assertThat(i.collectedCents().get("queenofsandiego")).containsExactly(entry("2026-11", 60_000L));
        assertThat(i.collectedCents("jada")).isEqualTo(165_050L);
        assertThat(i.collectedCents("jada", "2026-09")).isZero();
        assertThat(i.paidUndated()).isEqualTo(new Total(1, 40_000L));
        // open and void invoices are not collected; the open one is still to be collected
        assertThat(i.openByBusiness()).containsExactly(entry("jada", new Total(1, 80_000L)));
        assertThat(i.byStatus().get("paid")).isEqualTo(new Total(4, 225_050L));
    }

    @Test
    void should_count_every_paid_invoice_in_its_month_issued_when_the_ledger_has_no_paid_date_column() {
        InvoiceFacts i = data(invoices(HEADER + """
                J1,jada,JADA-1,2026-09-28,1000.00,USD,paid
                J2,jada,JADA-2,2026-10-02,250.00,USD,paid
                J3,jada,JADA-3,2026-10-15,400.00,USD,open
                """));

        assertThat(i.collectedCents().get("jada")).containsExactly(entry("2026-09", 100_000L), entry("2026-10", 25_000L));
        assertThat(i.paidUndated()).isEqualTo(new Total(2, 125_000L));
    }

    @Test
    void should_take_the_month_paid_from_the_date_whatever_the_status_column_is_named() {
        // header names are matched case-insensitively, trimmed, in any order
        InvoiceFacts i = data(invoices("""
                Paid_Date , Status,invoice_number,business,booking_ref,issued,amount,currency
                2026-11-01,paid,J1,jada,JADA-1,2026-10-30,10.00,USD
                """));

        assertThat(i.collectedCents().get("jada")).containsExactly(entry("2026-11", 1_000L));
        assertThat(i.paidUndated()).isEqualTo(Total.NONE);
    }

    @Test
    void should_leave_out_a_row_whose_paid_date_is_not_an_iso_date_naming_file_and_line() {
        Facts f = invoices(PAID_HEADER + """
                J1,jada,JADA-1,2026-09-28,1000.00,USD,paid,2026-10-03
                J2,jada,JADA-2,2026-10-02,250.00,USD,paid,10/31/2026
                J3,jada,JADA-3,2026-10-02,50.00,USD,open,soon
                """);
        InvoiceFacts i = data(f);

        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:3",
                        "paid_date '10/31/2026' is not a date (yyyy-MM-dd) — J2, jada, 2026-10-02"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:4",
                        "paid_date 'soon' is not a date (yyyy-MM-dd) — J3, jada, 2026-10-02"));
        assertThat(i.rowsUnreadable()).isEqualTo(2);
        assertThat(i.invoices()).isEqualTo(1);
        assertThat(i.collectedCents().get("jada")).containsExactly(entry("2026-10", 100_000L));
        assertThat(i.openByBusiness()).isEmpty();
    }

    // ---------------------------------------------------------------- malformed rows

    @Test
    void should_count_malformed_rows_with_file_line_and_reason() {
        Facts f = invoices(HEADER + """
                A1,jada,J1,2026-01-02,1.00,USD
                A2,jada,J2,2026-01-02,"1,0O0.00",USD,paid
                A3,jada,J3,02/01/2026,1.00,USD,paid

                A4,jada,J4,2026-01-02,1.00,CAD,paid
                A5,jada,"J5, J6",2026-01-02,3.00,USD,paid
                """);
        InvoiceFacts i = data(f);

        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(f.unreadable()).isEqualTo(4);
        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:2", "too few columns (6 of 7) — A1, jada, 2026-01-02"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:3", "amount '1,0O0.00' is not a number — A2, jada, 2026-01-02"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:4",
                        "issued '02/01/2026' is not a date (yyyy-MM-dd) — A3, jada, 02/01/2026"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:6", "currency 'CAD' is not USD — A4, jada, 2026-01-02"));
        assertThat(i.rowsRead()).isEqualTo(5);
        assertThat(i.rowsUnreadable()).isEqualTo(4);
        assertThat(i.invoices()).isEqualTo(1);
        assertThat(i.amountCents()).isEqualTo(300L);
    }

    @Test
    void should_report_a_file_whose_header_lacks_a_column() {
        Facts f = feed(tally(1_024), Map.of("invoices/a.csv", "invoice_number,business,issued,amount,status\nA,jada,2026-01-01,1.00,paid\n",
                "invoices/b.csv", HEADER + "B,jada,J1,2026-01-01,2.00,USD,paid\n"));

        assertThat(f.issues()).extracting(DataIssue::where).containsExactly("portfolio-ledgers/invoices/a.csv:1");
        assertThat(f.issues().get(0).reason()).startsWith("no column 'booking_ref' in the header");
        assertThat(data(f).amountCents()).isEqualTo(200L);
        assertThat(data(f).keys()).containsExactly("invoices/a.csv", "invoices/b.csv");
    }

    // ---------------------------------------------------------------- the listing and streaming

    @Test
    void should_read_every_csv_under_the_prefix_in_key_order() {
        InvoiceTally tally = tally(1_024);
        for (String key : List.of("invoices/2026.csv", "invoices/README.md", "expenses/expenses-2026.csv",
                "invoices/archive/2025.CSV", "invoices/2025.csv")) {
            tally.inventory(key, 10);
        }

        assertThat(tally.objectsToRead()).containsExactly("invoices/2025.csv", "invoices/2026.csv", "invoices/archive/2025.CSV");
    }

    @Test
    void should_report_a_prefix_without_any_invoice_file() {
        InvoiceTally tally = tally(1_024);
        tally.inventory("invoices/README.md", 10);

        assertThat(tally.objectsToRead()).isEmpty();
        tally.objectsToRead();
        Facts f = tally.facts(RUN_ID);

        assertThat(f.issues()).containsExactly(new DataIssue("portfolio-ledgers/invoices/", "no invoice .csv found under the prefix"));
        assertThat(f.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(data(f).invoices()).isZero();
    }

    @Test
    void should_stream_an_object_far_larger_than_the_row_byte_bound() {
        int rows = 25_000;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("INV-J-").append(i).append(",jada,JADA-").append(i).append(",2026-01-02,10.01,USD,paid\n");
        }
        assertThat(csv.length()).isGreaterThan(1_000_000);

        Facts f = feed(tally(512), Map.of(KEY, csv.toString()));

        assertThat(f.status()).isEqualTo(SourceStatus.OK);
        assertThat(data(f).invoices()).isEqualTo(rows);
        assertThat(data(f).amountCents()).isEqualTo(rows * 1_001L);
        assertThat(data(f).bookingCents().get("jada")).hasSize(rows);
    }

    @Test
    void should_read_back_from_the_snapshot_archive_as_it_was_written() throws IOException {
        Facts f = invoices(PAID_HEADER + "A,jada,J1,2026-01-02,1.00,USD,paid,2026-02-03\nB,jada,,2026-02-02,2.00,USD,open,\n"
                + "C,jada,J3,2026-01-05,4.00,USD,paid,\n");
        SnapshotJson json = new SnapshotJson();
        PortfolioSnapshot snapshot = new PortfolioSnapshot(new Run(RUN_ID, "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")),
                List.of(f));

        PortfolioSnapshot back = json.read(json.write(snapshot));

        // all but which booking each invoice bills: matched when the snapshot was made, the totals archived instead
        assertThat(back.sources().get(0).data()).usingRecursiveComparison()
                .ignoringFields("bookingCents", "paidBookingCents").isEqualTo(f.data());
        assertThat(((InvoiceFacts) back.sources().get(0).data()).bookingCents()).isEmpty();
        assertThat(back.invoiceMatch("jada")).isEqualTo(snapshot.invoiceMatch("jada"));
        assertThat(back.invoiceMatch("jada").namingNoBooking()).isEqualTo(new Total(2, 500L));
    }

    @Test
    void should_match_the_invoices_of_a_snapshot_archived_with_its_booking_references_and_no_matches() throws IOException {
        Facts f = invoices(PAID_HEADER + "A,jada,J1,2026-01-02,1.00,USD,paid,2026-02-03\nC,jada,J3,2026-01-05,4.00,USD,paid,\n");
        ObjectMapper tree = new ObjectMapper();
        JsonNode written = tree.readTree(new SnapshotJson().write(new PortfolioSnapshot(
                new Run(RUN_ID, "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")), List.of(f))));
        assertThat(written.toString()).contains("\"invoiceMatches\"").doesNotContain("bookingCents").doesNotContain("\"J1\"");
        // as archived before 2026-12: the references per invoice, no matched totals
        ((ObjectNode) written).remove("invoiceMatches");
        ObjectNode refs = tree.createObjectNode();
        refs.putObject("jada").put("J1", 100).put("J3", 400);
        ((ObjectNode) written.findParent("byStatus")).set("bookingCents", refs);

        PortfolioSnapshot back = new SnapshotJson().read(tree.writeValueAsBytes(written));

        // no bookings table in this snapshot: both invoices name a booking it does not hold
        assertThat(back.invoiceMatch("jada").namingNoBooking()).isEqualTo(new Total(2, 500L));
        assertThat(back.invoiceMatch("jada").matched()).isEqualTo(Total.NONE);
    }

    @Test
    void should_read_a_snapshot_archived_before_collections_were_kept_as_nothing_known_collected() throws IOException {
        Facts f = invoices(PAID_HEADER + "A,jada,J1,2026-01-02,1.00,USD,paid,2026-02-03\n");
        SnapshotJson json = new SnapshotJson();
        ObjectMapper tree = new ObjectMapper();
        JsonNode written = tree.readTree(json.write(new PortfolioSnapshot(
                new Run(RUN_ID, "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")), List.of(f))));
        for (String field : List.of("collectedCents", "paidUndated", "openByBusiness")) {
            written.findParents(field).forEach(n -> ((ObjectNode) n).remove(field));
        }

        InvoiceFacts back = (InvoiceFacts) new SnapshotJson().read(tree.writeValueAsBytes(written)).sources().get(0).data();

        assertThat(back.collectedCents()).isEmpty();
        assertThat(back.paidUndated()).isEqualTo(Total.NONE);
        assertThat(back.openByBusiness()).isEmpty();
        assertThat(back.byStatus().get("paid")).isEqualTo(new Total(1, 100L));
    }

    // ---------------------------------------------------------------- the demo invoice ledger

    @Test
    void should_fold_the_demo_invoice_ledger_into_the_figures_the_reports_show() {
        DemoPortfolio portfolio = new DemoPortfolio();
        portfolio.tables();
        List<DemoPortfolio.Invoice> list = portfolio.invoices();

        Facts f = feed(new S3TallyFactory(30, 512 * 1024, S3TallyFactory.DEFAULT_MAX_ROW_BYTES, null).invoices(null, "portfolio", "invoices", BUCKET, "invoices/"),
                Map.of(KEY, DemoInvoiceLedger.csv(list)));
        InvoiceFacts i = data(f);

        assertThat(f.kind()).isEqualTo("s3-invoices");
        assertThat(f.status()).isEqualTo(SourceStatus.OK);
        assertThat(f.issues()).isEmpty();
        // one invoice per invoiced booking, and three planted invoices for bookings that never existed
        assertThat(i.invoices()).isEqualTo(2_038).isEqualTo(list.size() + 3);
        assertThat(i.rowsRead()).isEqualTo(2_038);
        assertThat(i.amountCents()).isEqualTo(658_040_000L); // $6,580,400.00
        assertThat(i.byBusiness()).containsExactly(
                entry("dangerouscentaur", new Total(227, 38_189_500L)),
                entry("expert-yacht-delivery", new Total(283, 174_852_500L)),
                entry("jada", new Total(902, 243_039_500L)),
                entry("queenofsandiego", new Total(562, 193_911_500L)),
                entry("rental-3028-51st", new Total(64, 8_047_000L)));
        // open: not paid by the day before the as-of date, or one of the invoices never paid
        assertThat(i.byStatus()).containsExactly(entry("open", new Total(151, 57_719_900L)), entry("paid", new Total(1_887, 600_320_100L)));
        assertThat(i.openInvoices()).isEqualTo(151);
        assertThat(i.openCents()).isEqualTo(57_719_900L);
        assertThat(i.openByBusiness()).containsExactly(
                entry("dangerouscentaur", new Total(30, 4_518_500L)),
                entry("expert-yacht-delivery", new Total(57, 35_063_500L)),
                entry("jada", new Total(32, 8_681_000L)),
                entry("queenofsandiego", new Total(25, 8_455_000L)),
                entry("rental-3028-51st", new Total(7, 1_001_900L)));
        // the 2025 invoices came from the old spreadsheet, which had no paid date: collected in their month issued
        assertThat(i.paidUndated()).isEqualTo(new Total(367, 114_008_200L));
        assertThat(i.collectedCents().get("jada")).containsExactly(entry("2025-10", 12_924_500L), entry("2025-11", 17_068_000L),
                entry("2025-12", 15_977_500L), entry("2026-01", 10_235_500L), entry("2026-02", 9_790_500L),
                entry("2026-03", 12_160_000L), entry("2026-04", 11_774_000L), entry("2026-05", 23_341_000L),
                entry("2026-06", 24_583_000L), entry("2026-07", 23_355_000L), entry("2026-08", 23_580_500L),
                entry("2026-09", 29_594_000L), entry("2026-10", 11_859_500L), entry("2026-11", 8_115_500L));
        assertThat(List.of("dangerouscentaur", "expert-yacht-delivery", "queenofsandiego", "rental-3028-51st").stream()
                .map(b -> i.collectedCents(b, "2026-10")).toList()).containsExactly(1_222_500L, 13_720_000L, 12_415_000L, 478_700L);
        assertThat(i.collectedCents().keySet().stream().mapToLong(i::collectedCents).sum()).isEqualTo(i.byStatus().get("paid").cents());
        assertThat(i.byMonth().firstKey()).isEqualTo("2025-10");
        assertThat(i.byMonth().lastKey()).isEqualTo("2027-01");
        assertThat(i.byMonth().values().stream().mapToLong(Total::cents).sum()).isEqualTo(i.amountCents());
        assertThat(i.withoutBookingRef()).isEqualTo(Total.NONE);
        // one booking per invoice in the demo: every invoice is reconcilable
        assertThat(i.bookingCents().values().stream().mapToInt(Map::size).sum()).isEqualTo(2_038);
        DemoPortfolio.Invoice first = list.get(0);
        assertThat(i.bookingCents().get(first.business())).containsEntry(first.bookingRef(),
                first.amount().movePointRight(2).longValueExact());
    }

    @Test
    void should_pay_demo_invoices_in_a_later_month_than_issued_leave_some_open_and_date_none_of_2025() {
        DemoPortfolio portfolio = new DemoPortfolio();
        portfolio.tables();
        List<String[]> rows = DemoInvoiceLedger.csv(portfolio.invoices()).lines().skip(1).map(l -> l.split(",", -1)).toList();

        // columns: invoice_number,business,booking_ref,issued,amount,currency,status,paid_date
        assertThat(rows.stream().filter(r -> r[6].equals("paid") && !r[7].isEmpty() && !r[7].startsWith(r[3].substring(0, 7))))
                .hasSize(631);
        assertThat(rows.stream().filter(r -> r[6].equals("paid") && !r[7].isEmpty() && r[7].compareTo(r[3]) < 0)).isEmpty();
        assertThat(rows.stream().filter(r -> r[6].equals("paid") && r[7].compareTo("2026-11-22") > 0)).isEmpty();
        assertThat(rows.stream().filter(r -> r[6].equals("open") && r[3].compareTo("2026-10-01") < 0)).hasSize(63);
        assertThat(rows.stream().filter(r -> r[6].equals("open") && !r[7].isEmpty())).isEmpty();
        assertThat(rows.stream().filter(r -> r[6].equals("paid") && r[7].isEmpty())).hasSize(367)
                .allMatch(r -> r[3].startsWith("2025-"));
    }

    // ---------------------------------------------------------------- hostile values (issue 12)

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_two_amounts_of_9e16_instead_of_a_negative_total() {
        Facts f = invoices(HEADER + "A1,jada,J1,2026-01-02,9e16,USD,paid\n" + "A2,jada,J2,2026-01-02,9e16,USD,paid\n"
                + "A3,jada,J3,2026-01-02,\"1,234.56\",USD,paid\n" + "A4,jada,J4,2026-01-02,\"1,5\",USD,paid\n");

        assertThat(f.issues()).containsExactly(
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:2",
                        "amount '9e16' is out of range (beyond 10,000,000,000,000) — A1, jada, 2026-01-02"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:3",
                        "amount '9e16' is out of range (beyond 10,000,000,000,000) — A2, jada, 2026-01-02"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv:5",
                        "amount '1,5' is not a number (a decimal comma or mixed separators; write 1234.56) — A4, jada, 2026-01-02"));
        assertThat(data(f).amountCents()).isEqualTo(123_456L);
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void should_refuse_the_invoice_that_would_overflow_the_sums() {
        long fits = Long.MAX_VALUE / StrictNumbers.MAX_CENTS;
        StringBuilder csv = new StringBuilder(HEADER);
        for (long i = 0; i <= fits; i++) {
            csv.append("A").append(i).append(",jada,J1,2026-01-02,10000000000000,USD,paid\n");
        }
        Facts f = invoices(csv.toString());

        assertThat(data(f).amountCents()).isEqualTo(fits * StrictNumbers.MAX_CENTS).isPositive();
        assertThat(f.issues()).containsExactly(new DataIssue("portfolio-ledgers/invoices/invoices.csv:" + (fits + 2),
                "amount '10000000000000' would overflow the sums; left out — A" + fits + ", jada, 2026-01-02"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_paid_date_outside_the_window() {
        Facts f = invoices(HEADER.replace("\n", ",paid_date\n") + "A1,jada,J1,2026-01-02,1.00,USD,paid,+999999999-12-31\n");

        assertThat(f.issues()).singleElement().satisfies(i -> assertThat(i.reason())
                .startsWith("paid_date '+999999999-12-31' is out of range (outside 1970-01-01 … "));
        assertThat(data(f).invoices()).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private static InvoiceTally tally(long maxRowBytes) {
        return new S3TallyFactory(30, 512 * 1024, maxRowBytes, null).invoices(null, "portfolio", "invoices", BUCKET, "invoices/");
    }

    private static Facts invoices(String csv) {
        return feed(tally(LedgerCsv.DEFAULT_MAX_ROW_BYTES), Map.of(KEY, csv));
    }

    /** Lists the objects, then streams the ones the tally asks for, as the route does. */
    private static Facts feed(InvoiceTally tally, Map<String, String> objects) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        objects.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        bytes.forEach((k, v) -> tally.inventory(k, v.length));
        for (String key : tally.objectsToRead()) {
            try (InputStream in = new ByteArrayInputStream(bytes.get(key))) {
                tally.read(key, in);
            } catch (IOException e) {
                tally.unreadable(key, e.toString());
            }
        }
        return tally.facts(RUN_ID);
    }

    private static InvoiceFacts data(Facts f) {
        return (InvoiceFacts) f.data();
    }
}
