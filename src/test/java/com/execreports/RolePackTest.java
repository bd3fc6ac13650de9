package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

/**
 * Each role's brief on the demo, as its reader opens it on a phone: the headline with its trend and sparkline, the few
 * figures, what changed, and the tables the role runs the business by (CEO scorecard, CFO cash against what is owed
 * and receivables aging, the accountant's periods, gaps, 1099s and next quarter), with the demo's own figures. And the
 * subject that carries the headline.
 */
class RolePackTest extends DemoPipelineTestSupport {

    @Test
    void should_open_every_brief_with_its_headline_trend_and_what_changed_and_hold_the_ceo_and_cfo_tables() throws Exception {
        aws.clearSes();
        RunOutcome outcome = runAt("2026-11-23T07:00:00-08:00");
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);

        // the subject says what moved before the mail is opened
        List<String> subjects = aws.sesEmails().stream().map(e -> e.path("subject").asText()).toList();
        assertThat(subjects).containsExactly(
                "CEO · bookings 30d $314k (-6%), cash $91.9k · 34 findings · Demo portfolio 2026-W48",
                "CTO · 13 high security risks, AWS $220/mo · 44 findings · Demo portfolio 2026-W48",
                "CFO · cash $91.9k, runway 5.4 mo · 27 findings · Demo portfolio 2026-W48",
                "CMO · bookings 30d $314k (-6%), 35 open leads · 29 findings · Demo portfolio 2026-W48",
                "Accounting · not invoiced $808k, not collected $1.06M · 21 findings · Demo portfolio 2026-W48");

        String ceo = brief("ceo");
        // the first screen, before any chart or finding
        assertThat(ceo.indexOf("Decisions for you")).isLessThan(ceo.indexOf("Chart —"));
        assertThat(ceo).contains("Bookings, last 30 days\n----------------------\n$314,230 (-6% on the 30 days before)\n"
                        + "bookings by month: ▇▇██▇▁ May–Oct: $654k to $293k\n")
                .contains("Cash:                       $91,887 (runway 5.4 months)\n")
                .contains("Profit, last 3 full months: $1,689,771 (overstated: cash fell $51,463)")
                .contains("Earned, not collected:      $1,060,582\n")
                .contains("What changed\n------------\n- October bookings $292,919: -56% on September, -43% on October 2025.\n")
                .contains("1. QuickDumpNow (junk removal) — Hardcoded Stripe live secret key\n   (F-QDN-SECRET-a15b")
                .contains("   → Rotate every exposed credential and move secrets to a secrets manager\n");
        // decisions with options and what each costs, from the runway, the register's successor and key person
        assertThat(ceo).contains("1. Fund the runway to 6 months — burn $17,154 a month\n   a) Cut burn $1,840 a month: 11% of it\n"
                        + "   b) Raise $11,039: equity or a loan\n   c) Collect $11,039 of $1.06M owed: 1% of it\n")
                .contains("2. Name a successor to Dana Whitfield (Operations lead) — $378k of revenue\n"
                        + "   a) Promote Luis Ortega (Crew lead): backfill that role\n")
                .contains("1 more decision in the full report.");
        assertThat(full("ceo")).contains("3. Back up Sam Okafor (Captain) — 3 businesses, $6.59M of revenue");
        // the scorecard: bookings with trend, margin, cash against what is owed, worst finding
        assertThat(ceo).contains("Business scorecard\n---")
                .contains("DangerousCentaur      | $25.9k (-7%) | 100% · $1.3k · $50.6k | MEDIUM Earned bookings not invoiced")
                .contains("JADA                  | $131k (-14%) | 98% · $18.4k · $494k  | HIGH Hardcoded Stripe live secret key");
        // the register's key person, as a finding; inventory and untracked KPIs only in the full report
        assertThat(ceo.replaceAll("\\s+", " ")).contains("Sam Okafor (Captain (USCG 100-ton Master)) works across 3 businesses"
                + " holding $6.59M of revenue, with no named backup", "Asset inventory (6 rows)");
        assertThat(ceo).doesNotContain("Asset inventory\n---", "KPIs not tracked today\n---");

        String cfo = brief("cfo");
        assertThat(cfo).contains("Cash and runway\n---------------\n$91,887 as of 2026-10-31; runway 5.4 months at $17,154 a month"
                        + " (-16% on the\n2026-09 month-end)\nmonth-end cash: ▇██▆▃▁ May–Oct: $135k to $91.9k\n")
                .contains("Days to collect:              46 days\n")
                .contains("- October collected $396,957: -39% on September.\n")
                .contains("1. JADA (yacht charters) — $493,945 earned but not collected\n   (F-JADA/EYD/DC/3028-UNCOLLECTED)\n   → Collect what is earned\n");
        // per-business cash against what is owed, and its age
        assertThat(cfo).contains("DangerousCentaur (studio)               |  $1,287 | $50,630           |              58")
                .contains("All businesses                          | $91,887 | $1,060,582        |              46")
                .contains("0–30 days    |      $265,048 |   46% | Expert Yacht Delivery $164,060");
        // each business's profit month by month, said to be overstated while recorded costs fall short of cash out
        assertThat(cfo).contains("Profit by business and month\n----------------------------\nRevenue booked (+ MRR) − the business's"
                        + " recorded expenses, by month.\nOverstated: recorded expenses are 3% of cash out.\n")
                .contains("JADA (yacht charters)                   | $288,598 | $306,692 | $108,560\n")
                .contains("All businesses                          | $714,321 | $678,993 | $296,456\n");
        // the tables the brief cannot hold are in the full report, with what the data cannot say said so
        String cfoFull = full("cfo");
        assertThat(cfoFull).contains("Profit by business and month\n---", "Next quarter (Q1 2027)\n---");
        // what moves the runway: today's burn, prices up, costs down, volume down, and the cash in that breaks even
        assertThat(cfoFull).contains("Today         | $585,819        |    -$17,154 | 5.4 months\n")
                .contains("Prices +10%   | $644,401        |    +$41,428 | no limit\n")
                .contains("Volume −20%   | $468,655        |   -$134,318 | 0.7 months\n")
                .contains("To break even | $602,974 (+3%)  |          $0 | no limit\n");
        // unit economics per business, per the unit it sells, and a subscriber's lifetime value
        assertThat(cfoFull).contains("Expert Yacht Delivery                   | 76 trips              |         $5,821 |        $130\n")
                .contains("QuickDumpNow (junk removal)             | 795 subscriber-months |            $92 |         $23\n")
                .contains("3028 51st St Rental                     | 62 nights             |           $252 |         $27\n");
        assertThat(cfoFull.replaceAll("\\s+", " ")).contains("monthly churn 7.4% (59 cancelled in 2026-08 to 2026-10 ÷ 3 ÷ 265 active);"
                + " LTV = ARPU × margin 75% ÷ churn = $927.");
        assertThat(cfoFull.replaceAll("\\s+", " ")).contains("QuickDumpNow (junk removal) | $24,119 | no bookings table | —");

        // the other roles' first screens: their headline, trend and what changed
        assertThat(brief("cto")).contains("Open security risks\n-------------------\n")
                .contains("What changed\n------------\n- Largest AWS move:");
        assertThat(brief("cmo").replaceAll("\\s+", " ")).contains("Bookings and leads ------------------ $314,230 booked in the last 30 days;"
                        + " 35 open leads worth $135,580 (bookings -6% on the 30 days before) bookings by month: ▇▇██▇▁")
                .contains("What changed ------------ - October bookings $292,919: -56% on September");
        // each channel's conversion and cost, and where the data holds none, said so
        assertThat(brief("cmo")).contains("website       |      161 | 77% (24 of 31)     | no cost recorded\n")
                .contains("airbnb        |        5 | no leads kept      | $50\n")
                .contains("vrbo          |        3 | no leads kept      | no cost recorded\n");
        assertThat(brief("accounting")).contains("Not invoiced and not collected\n------------------------------\n$807,849 earned with no invoice;")
                .contains("cash collected by month: ")
                .contains("What changed\n------------\n");
        // the accountant's periods (profit, rounded, on the phone; exact in the full report, QuickDumpNow's subscription
        // revenue estimated and capped at its renewals' $137,818), the system gaps a line each, the 1099s and next quarter
        assertThat(brief("accounting")).contains("Month, quarter and tax year to date: profit\n---")
                .contains("JADA (yacht charters)                   | $177k            | $443k           | $2.32M\n")
                .contains("No trial balance               | Portfolio-wide      | —\n")
                .contains("No occupancy tax               | 3028 51st St Rental | $62,695\n");
        String accountingFull = full("accounting").replaceAll("\\s+", " ");
        assertThat(accountingFull).contains("- Business: JADA (yacht charters) Nov 2026 to date: $176,511 ($180,445 − $3,934) "
                        + "Q4 2026 to date: $442,721 ($451,065 − $8,344) 2026 to date: $2,315,169 ($2,362,295 − $47,126)")
                .contains("- Business: QuickDumpNow (junk removal) ~ Nov 2026 to date: $17,919 ($24,345 − $6,426)")
                .contains("2026 to date: $71,168 ($137,818 − $66,650)")
                .contains("Sparkle Turnover Cleaning (3028 51st St Rental) | $1,595 | $1,595 | none: under $2,000")
                .contains("- Business: JADA (yacht charters) On the books: $39,850 Costs at run rate: $13,006 Profit on the books: $26,844 "
                        + "Accountant's actions: Invoice 198 earned bookings ($519,885); collect 32 open invoices ($86,810; $55,275 over "
                        + "60 days); set aside tax on $26,844 for the 15 Apr 2027 estimated payment");
    }

    private static String brief(String role) {
        return aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + role + ".txt");
    }

    private static String full(String role) {
        return aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + role + "-full.txt");
    }
}
