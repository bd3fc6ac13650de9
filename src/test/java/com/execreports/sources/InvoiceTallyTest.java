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
import com.execreports.demo.DemoPortfolio;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.InvoiceFacts.Total;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class InvoiceTallyTest {

    private static final String BUCKET = "portfolio-ledgers";
    private static final String RUN_ID = "2026-W48-20261123T0700";
    private static final String KEY = "invoices/invoices.csv";
    private static final String HEADER = "invoice_number,business,booking_ref,issued,amount,currency,status\n";

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
                new DataIssue("portfolio-ledgers/invoices/invoices.csv line 2", "too few columns (6 of 7)"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv line 3", "amount '1,0O0.00' is not a number"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv line 4", "issued '02/01/2026' is not a date (yyyy-MM-dd)"),
                new DataIssue("portfolio-ledgers/invoices/invoices.csv line 6", "currency 'CAD' is not USD"));
        assertThat(i.rowsRead()).isEqualTo(5);
        assertThat(i.rowsUnreadable()).isEqualTo(4);
        assertThat(i.invoices()).isEqualTo(1);
        assertThat(i.amountCents()).isEqualTo(300L);
    }

    @Test
    void should_report_a_file_whose_header_lacks_a_column() {
        Facts f = feed(tally(1_024), Map.of("invoices/a.csv", "invoice_number,business,issued,amount,status\nA,jada,2026-01-01,1.00,paid\n",
                "invoices/b.csv", HEADER + "B,jada,J1,2026-01-01,2.00,USD,paid\n"));

        assertThat(f.issues()).extracting(DataIssue::where).containsExactly("portfolio-ledgers/invoices/a.csv line 1");
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
        Facts f = invoices(HEADER + "A,jada,J1,2026-01-02,1.00,USD,paid\nB,jada,,2026-02-02,2.00,USD,open\n");
        SnapshotJson json = new SnapshotJson();
        PortfolioSnapshot snapshot = new PortfolioSnapshot(new Run(RUN_ID, "2026-W48", OffsetDateTime.parse("2026-11-23T07:00:00-08:00")),
                List.of(f));

        PortfolioSnapshot back = json.read(json.write(snapshot));

        assertThat(back.sources().get(0).data()).isEqualTo(f.data());
    }

    // ---------------------------------------------------------------- the demo invoice ledger

    @Test
    void should_fold_the_demo_invoice_ledger_into_the_figures_the_reports_show() {
        DemoPortfolio portfolio = new DemoPortfolio();
        portfolio.tables();
        List<DemoPortfolio.Invoice> list = portfolio.invoices();

        Facts f = feed(new FinanceTallies().invoices(null, "portfolio", "invoices", BUCKET, "invoices/"), Map.of(KEY, csv(list)));
        InvoiceFacts i = data(f);

        assertThat(f.kind()).isEqualTo("s3-invoices");
        assertThat(f.status()).isEqualTo(SourceStatus.OK);
        assertThat(f.issues()).isEmpty();
        assertThat(i.invoices()).isEqualTo(2_035).isEqualTo(list.size());
        assertThat(i.rowsRead()).isEqualTo(2_035);
        assertThat(i.amountCents()).isEqualTo(657_350_000L); // $6,573,500.00
        assertThat(i.byBusiness()).containsExactly(
                entry("dangerouscentaur", new Total(227, 38_159_500L)),
                entry("expert-yacht-delivery", new Total(283, 174_807_500L)),
                entry("jada", new Total(899, 242_529_500L)),
                entry("queenofsandiego", new Total(562, 193_821_500L)),
                entry("rental-3028-51st", new Total(64, 8_032_000L)));
        // the seeder marks an invoice open when it was issued in the 30 days before the as-of date, or later
        assertThat(i.byStatus()).containsExactly(entry("open", new Total(134, 42_058_800L)), entry("paid", new Total(1_901, 615_291_200L)));
        assertThat(i.openInvoices()).isEqualTo(134);
        assertThat(i.openCents()).isEqualTo(42_058_800L);
        assertThat(i.byMonth().firstKey()).isEqualTo("2025-10");
        assertThat(i.byMonth().lastKey()).isEqualTo("2027-01");
        assertThat(i.byMonth().values().stream().mapToLong(Total::cents).sum()).isEqualTo(i.amountCents());
        assertThat(i.withoutBookingRef()).isEqualTo(Total.NONE);
        // one booking per invoice in the demo: every invoice is reconcilable
        assertThat(i.bookingCents().values().stream().mapToInt(Map::size).sum()).isEqualTo(2_035);
        DemoPortfolio.Invoice first = list.get(0);
        assertThat(i.bookingCents().get(first.business())).containsEntry(first.bookingRef(),
                first.amount().movePointRight(2).longValueExact());
    }

    /** The CSV the demo seeder writes to invoices/invoices.csv (DemoSeeder.invoiceCsv is package-private). */
    private static String csv(List<DemoPortfolio.Invoice> invoices) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (DemoPortfolio.Invoice i : invoices) {
            csv.append(i.number()).append(',').append(i.business()).append(',').append(i.bookingRef()).append(',')
                    .append(i.issued()).append(',').append(i.amount().toPlainString()).append(",USD,")
                    .append(i.issued().isBefore(DemoPortfolio.AS_OF.minusDays(30)) ? "paid" : "open").append('\n');
        }
        return csv.toString();
    }

    // ---------------------------------------------------------------- helpers

    private static InvoiceTally tally(long maxRowBytes) {
        return new FinanceTallies(maxRowBytes).invoices(null, "portfolio", "invoices", BUCKET, "invoices/");
    }

    private static Facts invoices(String csv) {
        return feed(tally(FinanceTallies.DEFAULT_MAX_ROW_BYTES), Map.of(KEY, csv));
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
