package com.execreports.sources;

import java.util.List;
import java.util.Map;

import com.execreports.model.Run;
import com.execreports.security.SecretScanner;

/**
 * Opens the fold ({@code *Tally}) of an S3 source template's poll from the template's parameters: site pages,
 * ledger and invoice files, the cost export, the organisation and engineering registers, marketing channels and the
 * code bucket's secret scan; {@code s3-ddb-export} opens its own through {@link BookingMappings}. Bound as
 * {@code s3TallyFactory}; a parameter that cannot be right fails with its name. Each method takes the run first:
 * tallies of files that carry their own dates take from it only the window of dates they accept ({@link DateWindow}).
 */
public final class S3TallyFactory {

    /** Far above any real ledger row, far below a file that would strain memory. */
    public static final long DEFAULT_MAX_ROW_BYTES = LedgerCsv.DEFAULT_MAX_ROW_BYTES;

    private final int staleCopyDays;
    private final int maxPageBytes;
    private final long maxRowBytes;
    private final SecretScanner scanner;

    /**
     * @param staleCopyDays a site page not changed for longer is stale copy
     * @param maxPageBytes  bytes of one site page read at most
     * @param maxRowBytes   bytes of one ledger or invoice CSV row read at most ({@link LedgerCsv})
     */
    public S3TallyFactory(int staleCopyDays, int maxPageBytes, long maxRowBytes, SecretScanner scanner) {
        if (maxRowBytes < 1) {
            throw new IllegalArgumentException("maxRowBytes must be positive, not " + maxRowBytes);
        }
        this.staleCopyDays = staleCopyDays;
        this.maxPageBytes = maxPageBytes;
        this.maxRowBytes = maxRowBytes;
        this.scanner = scanner;
    }

    /**
     * @param analyticsMarkers "Name=marker;Name=marker", e.g. {@code GA4=gtag(;GTM=googletagmanager.com/gtm.js}
     * @param calendarMarkers  "marker;marker"
     */
    public SiteTally site(Run run, String domain, String source, String bucket, String analyticsMarkers,
                          String calendarMarkers) {
        Map<String, String> analytics = SiteMarkers.analytics(analyticsMarkers);
        List<String> calendar = SiteMarkers.calendar(calendarMarkers);
        return new SiteTally(domain, source, bucket, analytics, calendar, run.today(), staleCopyDays, maxPageBytes);
    }

    /**
     * @param run            the run: ledger figures are as the files state them; only the dates read are bounded by it
     *                       ({@link DateWindow})
     * @param chartKey       key of the chart of accounts
     * @param expensesPrefix every .csv under it is an expense file
     * @param cashKey        key of the cash balances
     */
    public LedgerTally ledger(Run run, String domain, String source, String bucket, String chartKey,
                              String expensesPrefix, String cashKey) {
        present("bucket", bucket);
        present("chartKey", chartKey);
        present("cashKey", cashKey);
        return new LedgerTally(domain, source, bucket, chartKey, expensesPrefix == null ? "" : expensesPrefix, cashKey,
                maxRowBytes, DateWindow.of(run));
    }

    /** @param prefix every .csv under it is an invoice file */
    public InvoiceTally invoices(Run run, String domain, String source, String bucket, String prefix) {
        present("bucket", bucket);
        return new InvoiceTally(domain, source, bucket, prefix == null ? "" : prefix, maxRowBytes, DateWindow.of(run));
    }

    public CostExportTally costExport(Run run, String domain, String source, String bucket, String prefix,
                                      String businessTag) {
        return new CostExportTally(domain, source, bucket, prefix == null ? "" : prefix.trim(),
                required("businessTag", businessTag)).within(DateWindow.of(run));
    }

    public OrgRegisterTally orgRegister(Run run, String domain, String source, String bucket, String registerKey,
                                        String endpointsKey) {
        return new OrgRegisterTally(domain, source, bucket, required("registerKey", registerKey),
                required("endpointsKey", endpointsKey)).within(DateWindow.of(run));
    }

    public ChannelTally channels(Run run, String domain, String source, String bucket, String emailKey, String otaKey,
                                 String seoPrefix) {
        return new ChannelTally(domain, source, bucket, required("emailKey", emailKey), required("otaKey", otaKey),
                required("seoPrefix", seoPrefix)).within(DateWindow.of(run));
    }

    /**
     * @param prefix      the Firehose delivery prefix of the SES event records; every object under it is read
     * @param campaignTag the mail tag naming a message's campaign
     * @param periodDays  events of the days before the run (whole hours, as the CloudWatch sources count) are counted
     * @param maxObjectMb an object larger than this, as listed or once inflated, is named and not read
     */
    public SesEventTally sesEvents(Run run, String domain, String source, String bucket, String prefix, String campaignTag,
                                   int periodDays, int maxObjectMb) {
        if (periodDays < 1 || maxObjectMb < 1) {
            throw new IllegalArgumentException("parameters periodDays and maxObjectMb must be positive, not " + periodDays
                    + " and " + maxObjectMb);
        }
        java.time.Instant end = run.asOf().toInstant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return new SesEventTally(domain, source, required("bucket", bucket), prefix == null ? "" : prefix.trim(),
                required("campaignTag", campaignTag), end.minus(java.time.Duration.ofDays(periodDays)), end, periodDays,
                maxObjectMb * 1024L * 1024L);
    }

    /** @param key the register's key (CSV: business,repo,ci,staging,rollback,deploy_method,notes) */
    public EngineeringRegisterTally engineeringRegister(Run run, String domain, String source, String bucket, String key) {
        return new EngineeringRegisterTally(domain, source, required("bucket", bucket), required("key", key));
    }

    public CodeScanTally codeScan(Run run, String domain, String source, String bucket) {
        return new CodeScanTally(domain, source, bucket, scanner);
    }

    private static void present(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("parameter " + parameter + " is blank");
        }
    }

    private static String required(String parameter, String value) {
        return DdbTallyFactory.required(parameter, value);
    }
}
