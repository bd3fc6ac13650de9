package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.ReadingBudget;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The reports a user receives from the demo portfolio, compared with committed golden files (a change to a
 * report shows as a diff; rerun with -Dgolden.update=true to accept it), and a second run a week later that
 * shows what moved.
 */
class ReportTrendAndGoldenTest extends DemoPipelineTestSupport {

    static final Path GOLDEN = LocalAws.projectDir().resolve("src/test/resources/golden/2026-W48");
    static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    @Test
    void should_render_the_demo_reports_exactly_as_the_golden_files() throws Exception {
        RunOutcome outcome = runAt("2026-11-23T07:00:00-08:00");
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);

        boolean update = Boolean.getBoolean("golden.update");
        for (String role : ROLES) {
            // the brief the email carries, and the full report it attaches as text and HTML (every demo report is over the
            // reading budget)
            for (String file : List.of(role + ".txt", role + ".html", role + "-full.txt", role + "-full.html")) {
                String actual = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + file);
                Path golden = GOLDEN.resolve(file);
                // the rendered report beside the build, to diff against the golden file when they differ
                Path rendered = LocalAws.projectDir().resolve("target/golden-actual/" + file);
                Files.createDirectories(rendered.getParent());
                Files.writeString(rendered, actual, StandardCharsets.UTF_8);
                if (update) {
                    Files.createDirectories(GOLDEN);
                    Files.writeString(golden, actual, StandardCharsets.UTF_8);
                }
                assertThat(actual).as("%s differs from %s (rerun with -Dgolden.update=true to accept)", file, golden)
                        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void should_keep_every_emailed_report_to_a_five_minute_read_and_attach_the_rest() throws Exception {
        runAt("2026-11-23T07:00:00-08:00");

        for (String role : ROLES) {
            String brief = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + role + ".txt");
            String full = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + role + "-full.txt");
            assertThat(ReadingBudget.words(brief)).as("words of the %s report's text part", role)
                    .isLessThanOrEqualTo(ReadingBudget.DEFAULT_MAX_WORDS);
            assertThat(ReadingBudget.words(full)).as("words of the full %s report", role).isGreaterThan(ReadingBudget.DEFAULT_MAX_WORDS);
            // the brief says where the rest is; the full report names every source and has nothing left out
            assertThat(brief).contains("attached as " + role + "-full.txt").contains("sources were read completely; the attached full report names");
            assertThat(full).doesNotContain("In the full report").contains("Read completely (34): dangerouscentaur/bookings");
        }
        // the briefs keep their role's essential tables (measured on the rendered text, a report without charts keeps no
        // room for them) and leaves supporting tables, then findings' evidence, to the attachment first
        String ceo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/ceo.txt");
        String ceoFull = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/ceo-full.txt");
        // the CEO's worst risk keeps its evidence, and so do the CEO's essential tables; the operations tables and the
        // money terms go to the attachment, named
        // (with the money terms defined in every footer, the CEO's asset inventory, table and bucket names, is in the attachment)
        assertThat(ceo).contains("Next 30 days\n---", "[HIGH] F-QDN-SECRET-a15b ", "Terms (to date): Not invoiced = earned bookings with no invoice id")
                .doesNotContain("Occupancy and yield — 3028 51st St Rental\n---", "Asset inventory\n---");
        assertThat(ceoFull).contains("Asset inventory\n---");
        assertThat(ceo.replaceAll("\\s+", " ")).contains("Occupancy and yield — 3028 51st St Rental (8 rows)", "Money terms (");
        assertThat(ceoFull).contains("Occupancy and yield — 3028 51st St Rental\n---", "Trips and utilisation — Expert Yacht Delivery\n---",
                "KPIs not tracked today\n---");
        // the CTO brief keeps AWS spend; with the CloudWatch findings (a 5xx distribution, a slow booking function) listed,
        // the delivery process table is the essential one it leaves to the attachment, named
        String cto = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/cto.txt");
        assertThat(cto).contains("AWS spend by service\n---").doesNotContain("Delivery process\n---");
        assertThat(cto.replaceAll("\\s+", " ")).contains("Delivery process (6 rows)");
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/cmo.txt"))
                .contains("Channels by booking value\n---", "Channel cost and conversion\n---", "Channels by business\n---");
        // two briefs cannot hold all their essential tables even with no finding detailed; each leaves the ones its role
        // needs least (listed last), names them, and gives the words they free back to the findings' evidence:
        String cfo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/cfo.txt");
        // with its first screen (cash and runway as the headline, burn a key figure), the CFO brief keeps cash against what is
        // owed, the receivables aging and what moves the runway (break-even scenarios), and names its other tables and
        // actions 5-10 as left in the attachment
        assertThat(cfo).contains("Monthly burn:                 $17,154", "runway 5.4 months at $17,154 a month",
                        "Cash against what customers owe\n---", "Receivables aging\n---", "Profit by business and month\n---",
                        "Terms (to date): Booked = revenue bookings")
                .doesNotContain("Break-even by business\n---", "Expenses by category\n---", "Unit economics\n---");
        assertThat(cfo.replaceAll("\\s+", " ")).contains("In the full report", "Break-even scenarios (5 rows)",
                "Cash flow, burn and runway (5 rows)", "Break-even by business (6 rows)", "Unit economics (6 rows)",
                "Expenses by category (11 rows)", "Actions 5–10 (owners, due dates)");
        // ...and the accountant recognition (subscriptions included), each business's profit for the month, quarter and tax
        // year to date, the tax lines and the system gaps a line each, leaving the periods' revenue and expenses, the gaps'
        // evidence and the roadmap, each named
        String accounting = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/accounting.txt");
        assertThat(accounting).contains("Revenue recognition\n---", "Month, quarter and tax year to date: profit\n---",
                        "Expenses by tax category\n---", "System gaps (in short)\n---",
                        "QuickDumpNow (junk removal) (subscriptions) |   $137,818",
                        "JADA (yacht charters)                   | $177k            | $443k           | $2.32M",
                        "No trial balance               | Portfolio-wide      | —")
                .doesNotContain("Next-quarter profitability roadmap (Q1 2027)\n---", "System gaps\n---");
        assertThat(accounting.replaceAll("\\s+", " ")).contains("In the full report",
                "Month, quarter and tax year to date (7 rows; in short above)", "System gaps (8 rows; in short above)",
                "Next-quarter profitability roadmap (Q1 2027) (7 rows)", "1099 contractors (2026) (1 row)");
        // look-alike secrets share one line in the brief, counted by value, not by copy; the full report has each with its evidence
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/cto.txt").replaceAll("\\s+", " "))
                .contains("HIGH Hardcoded credentials that anyone with read access to the code can use — 6 more secrets; "
                        + "7 secrets in 8 places in all");
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/cto-full.txt"))
                .contains("s3://portfolio-code/repos/repos.env line 6 (STRIPE_SECRET_KEY) —");
    }

    @Test
    void should_lead_each_brief_with_the_live_keys_or_the_money_not_with_housekeeping() throws Exception {
        runAt("2026-11-23T07:00:00-08:00");
        String ceo = brief("ceo");
        String cto = brief("cto");

        // the CEO: the live Stripe key is the worst risk, and rotating the keys comes first: on the brief's first screen,
        // and in the summary of the full report
        assertThat(ceo).contains("Top risks --------- 1. QuickDumpNow (junk removal) — Hardcoded Stripe live secret key (F-QDN-SECRET-",
                "→ Rotate every exposed credential and move secrets to a secrets manager");
        assertThat(sentence(full("ceo"), "Worst risk:")).contains("Stripe live secret key");
        assertThat(sentence(full("ceo"), "Top action:")).startsWith("Top action: rotate every exposed credential");
        assertThat(ceo).contains("1. Rotate every exposed credential and move secrets to a secrets manager (impact: critical");
        // the CTO: key rotation is the first engineering action
        assertThat(cto).contains("Engineering actions ------------------- 1. Rotate every exposed credential");
        for (String role : List.of("cfo", "accounting")) {
            String brief = brief(role);
            assertThat(sentence(full(role), "Worst risk:")).as(role).contains("198 earned bookings worth $519,885 are not invoiced");
            // the uncollected money first, the $490 mapping far below it
            assertThat(brief).as(role).contains("Top risks --------- 1. JADA (yacht charters) — $493,945 earned but not collected (F",
                    "→ Collect what is earned");
            assertThat(sentence(full(role), "Top action:")).as(role)
                    .startsWith("Top action: collect what is earned").contains("($961,882 at stake)").doesNotContain("$490");
            assertThat(brief).as(role).contains("1. Collect what is earned").doesNotContain("1. Map every expense");
        }
        // idle resources are annualised from the last full month, never from 22 days of November
        // (the CFO's ten actions now lead with cash and collections, so the idle-resource actions are past the tenth;
        // their findings stay, with the full-month figures)
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/cfo-full.txt"))
                .contains("impact: about $370 a year at the rate of 2026-10, the last full month");
        assertThat(brief("cfo")).contains("Bucket expert-yacht-delivery-trip-photos costs about $52 a month");
    }

    @Test
    void should_raise_the_months_that_broke_with_their_history_on_the_very_first_run() throws Exception {
        runAt("2026-11-23T07:00:00-08:00");
        String drop = "October bookings $292,919: -56% on September, -43% on October 2025";
        for (String role : List.of("ceo", "cfo", "cmo")) {
            assertThat(brief(role)).as(role).contains("Portfolio-wide — " + drop);
        }
        assertThat(full("ceo")).contains("(-6% on the 30 days before); " + drop + ".");
        // the first screen says it too, as what changed on a first report
        assertThat(brief("ceo")).contains("What changed ------------ - " + drop + ".");
        for (String role : List.of("ceo", "cfo")) {
            assertThat(brief(role)).as(role).contains("QuickDumpNow (junk removal) — 121 cancellations so far in November (month to date) against 2–24 a "
                            + "month in the last 12 months")
                    .contains("Past-due subscriptions (371) outnumber active ones (265)")
                    .contains("2,559 of 4,041 subscription renewals failed (63%, all history; alarm above 20%)");
        }
        // the figures with monthly history compare their last full month; the others have no history to compare
        assertThat(full("cfo")).contains("Revenue booked, all history: $7,070,501 (" + drop + ")")
                .contains("AWS spend, last full month: $220 (+39% on September)");
        assertThat(full("cto")).contains("AWS spend, last full month: $219.98 (+39% on September)");
        // the CTO's brief says it in its headline and what changed
        assertThat(brief("cto")).contains("AWS $220 in 2026-10 (first report; AWS +39% on September)",
                "Largest AWS move: Amazon Simple Storage Service $54 in 2026-10 against $2 in 2026-09 (+2340%).");
        assertThat(brief("cmo")).contains("Email subscribers: 127 (October 10 sign-ups: +25% on September, -9% on October 2025)");
        for (String role : ROLES) {
            assertThat(brief(role)).as(role).contains("Findings and actions in risk order: severity × money at stake");
        }
    }

    /** A brief as the owner reads it, its lines joined. */
    private static String brief(String role) {
        return aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + role + ".txt").replaceAll("\\s+", " ");
    }

    /** A full report as the owner reads it, its lines joined. */
    private static String full(String role) {
        return aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + role + "-full.txt").replaceAll("\\s+", " ");
    }

    /** The summary sentence that starts with the label, up to its full stop. */
    private static String sentence(String text, String label) {
        int start = text.indexOf(label);
        assertThat(start).as(label).isNotNegative();
        return text.substring(start, text.indexOf(". ", start) + 1);
    }

    @Test
    void should_show_changes_and_new_still_open_and_resolved_findings_a_week_later() throws Exception {
        String jadaIndex = aws.object("jada-site", "index.html");
        try (S3Client s3 = aws.clients().s3(); DynamoDbClient ddb = aws.clients().dynamoDb()) {
            try {
                runAt("2026-12-14T07:00:00-08:00");

                // during the week: JADA adds an analytics tag, DangerousCentaur records a quote, QuickDumpNow gets a broken item
                s3.putObject(b -> b.bucket("jada-site").key("index.html"), RequestBody.fromString(
                        jadaIndex.replace("</head>", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-DEMO\"></script>"
                                + "<script>gtag('config', 'G-DEMO');</script></head>"), StandardCharsets.UTF_8));
                ddb.putItem(b -> b.tableName("dangerouscentaur-bookings").item(Map.of("projectId", AttributeValue.fromS("DC-TREND-1"),
                        "fee", AttributeValue.fromN("1800"), "status", AttributeValue.fromS("quote"), "channel", AttributeValue.fromS("website"),
                        "bookedAt", AttributeValue.fromS("2026-12-15"), "startDate", AttributeValue.fromS("2027-01-20"))));
                ddb.putItem(b -> b.tableName("quickdumpnow-subscriptions").item(Map.of("subscriptionId", AttributeValue.fromS("QDN-TREND-1"),
                        "status", AttributeValue.fromS("active"), "monthlyPrice", AttributeValue.fromS("forty-nine"))));

                RunOutcome second = runAt("2026-12-21T07:00:00-08:00");
                assertThat(second.exitCode()).isEqualTo(RunOutcome.SUCCESS);

                String ceo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/ceo.txt");
                String cto = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/cto.txt");
                String cmo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/cmo.txt");
                // the broken subscription leaves the CEO's MRR short: it is the CEO's one new finding
                String ceoFull = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/ceo-full.txt");
                assertThat(ceoFull).contains("Since 2026-W51: 1 new finding, 2 resolved.");
                assertThat(ceoFull).containsPattern("Open pipeline:\\s+\\d+ leads, \\$[\\d,]+ \\([+-]\\d+% vs 2026-W51\\)");
                assertThat(ceoFull).contains("Monthly recurring revenue:    $24,345 (no change vs 2026-W51)");
                // the brief's first screen: the figures that moved against the archived week, then the new and resolved findings
                assertThat(ceo.replaceAll("\\s+", " ")).containsPattern("What changed -+ - \\S.* vs 2026-W51 \\(was \\$[\\d,]+\\)\\.")
                        .contains("- 1 new finding: ", "- 2 resolved: ")
                        .contains("DangerousCentaur (studio) — Empty sales funnel: 0 open leads or quotes for upcoming dates");
                assertThat(ceo).contains("Resolved since the last report (2):")
                        .contains("  - F-DC-EMPTY-FUNNEL DangerousCentaur (studio) — Empty sales funnel: 0 open\n    leads or quotes for upcoming dates\n")
                        .contains("  - F-JADA-NO-ANALYTICS JADA (yacht charters) — Site has no analytics tag");
                // still open, whether the brief details the finding or (to keep its essential tables) gives it a short line
                assertThat(ceo.replaceAll("\\s+", " ")).containsPattern("\\[HIGH\\] F-JADA-[A-Z0-9-]+ \\(still open\\) JADA \\(yacht charters\\) —"
                        + "|F-JADA-[A-Z0-9-]+ HIGH JADA \\(yacht charters\\) — (?:(?! - F-).)*? \\(still open\\)");
                // the CFO's brief counts the new one; the full report beside it names the item and its value (text is wrapped at 78 columns)
                String cfo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/cfo.txt");
                assertThat(cfo.replaceAll("\\s+", " ")).containsPattern("(\\(new\\) QuickDumpNow \\(junk removal\\) — 1 item in "
                        + "quickdumpnow-subscriptions could not be read)|(Records that could not be read, left out of the figures — \\d+ items across 3 "
                        + "businesses \\(1 new\\))");
                assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/cfo-full.txt").replaceAll("\\s+", " "))
                        .containsPattern("(\\(new\\) QuickDumpNow \\(junk removal\\) — 1 item in quickdumpnow-subscriptions could not be read)"
                                + "|(Records that could not be read, left out of the figures — \\d+ items across 3 businesses \\(1 new\\))");
                // the bookkeeper's full report names the cell to fix
                assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/accounting-full.txt").replaceAll("\\s+", " "))
                        .contains("quickdumpnow-subscriptions subscriptionId=QDN-TREND-1 attribute 'monthlyPrice' is not an amount: 'forty-nine'");
                // the CTO's figures do not come from the subscriptions: nothing new for the CTO
                assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/cto-full.txt")).contains("Since 2026-W51: 0 new findings");
                assertThat(cto).contains("- 0 new findings.");
                assertThat(cmo).containsPattern("Open leads and quotes:\\s+\\d+ \\([+-]\\d+% vs 2026-W51\\)");
            } finally {
                s3.putObject(b -> b.bucket("jada-site").key("index.html"), RequestBody.fromString(jadaIndex, StandardCharsets.UTF_8));
                ddb.deleteItem(b -> b.tableName("dangerouscentaur-bookings").key(Map.of("projectId", AttributeValue.fromS("DC-TREND-1"))));
                ddb.deleteItem(b -> b.tableName("quickdumpnow-subscriptions").key(Map.of("subscriptionId", AttributeValue.fromS("QDN-TREND-1"))));
            }
        }
    }
}
