package com.execreports.delivery;

/**
 * An email to the ops address when a report could not be delivered, or its fate is unknown: what, why, and the
 * command that settles it.
 *
 * @param subject one line naming the report, the period and what happened
 * @param text    the details
 */
public record OpsAlert(String subject, String text) {

    /** A run that stopped before its reports went out (its snapshot could not be archived, say): no report of it was sent. */
    static OpsAlert ofRun(String period, String runId, String asOf, String reason, String instance) {
        String text = "The run " + runId + " for " + period + " stopped before its reports were sent: none of them went out.\n\n"
                + "Reason:     " + Recipients.printable(reason) + "\n"
                + "Instance:   " + instance + "\n\n"
                + "Fix the cause, then run the period again (reports already on the ledger as sent are not sent twice):\n"
                + "  java -jar exec-reports.jar --once --as-of " + asOf + "\n";
        return new OpsAlert("[exec-reports] ALERT: run for " + period + " failed", text);
    }

    /**
     * A run whose reports went out (or are held) with sources missing: the reports name the gaps, but the owners of
     * those sources are ops, and nobody reads a banner in an executive's inbox for them.
     */
    static OpsAlert ofGaps(RunOutcome outcome, java.util.List<com.execreports.model.Facts> gaps, String runId, String instance) {
        StringBuilder text = new StringBuilder("The run " + runId + " for " + outcome.period() + " ended: " + outcome.verdict() + ".\n\n"
                + "Sources not read (" + gaps.size() + "):\n");
        for (com.execreports.model.Facts gap : gaps) {
            text.append("  ").append(gap.name()).append(gap.resource() == null ? "" : " (" + gap.resource() + ")").append(": ")
                    .append(Recipients.printable(gap.error() == null ? gap.status().toString() : gap.error())).append('\n');
        }
        text.append("\nInstance:   ").append(instance).append("\n\n")
                .append("The reports name each gap. Fix the source; the next run reads it again.\n");
        return new OpsAlert("[exec-reports] WARNING: " + outcome.period() + " " + (outcome.exitCode() == RunOutcome.HELD ? "held" : "sent")
                + " with " + gaps.size() + " source" + (gaps.size() == 1 ? "" : "s") + " missing", text.toString());
    }

    /** SNS takes a subject of at most 100 printable characters. */
    public String shortSubject() {
        String s = subject.replaceAll("\\p{Cntrl}", " ");
        return s.length() <= 100 ? s : s.substring(0, 99) + "…";
    }

    static OpsAlert of(Delivery d, String period, String ledgerId, String instance) {
        String what = switch (d.status()) {
            case UNCONFIRMED -> "fate unknown";
            case BUSY -> "still held by another instance";
            default -> "not delivered";
        };
        String next = switch (d.status()) {
            case UNCONFIRMED -> "Check with the recipients (or the SES sending records) whether it arrived. If it did not, send it"
                    + " once with:\n  java -jar exec-reports.jar --resend " + d.role() + " --period " + period
                    + "\nIt is never re-sent automatically: a duplicate to an executive is worse than this email.";
            case BUSY -> "Another instance holds this report (or took it over from this one). Check the instance named in"
                    + " the ledger: if it dies before its SES call, the next run of " + period + " takes the report over; if it"
                    + " dies inside the call, the report becomes unconfirmed and ops decide.";
            default -> "The report is archived. Once the cause is fixed, send it once with:\n  java -jar exec-reports.jar --resend "
                    + d.role() + " --period " + period + "\n(a later run of the same period also retries it).";
        };
        String text = "The " + d.role().toUpperCase() + " report of " + period + " was " + what + ".\n\n"
                + "Reason:     " + Recipients.printable(d.error()) + "\n"
                + "SES calls:  " + d.attempts() + "\n"
                + "Recipients: " + String.join(", ", d.to()) + (d.bcc().isEmpty() ? "" : " (+ audit copy)") + "\n"
                + "Ledger:     " + ledgerId + "\n"
                + "Archive:    " + String.join(", ", d.archiveKeys()) + "\n"
                + "Instance:   " + instance + "\n\n"
                + next + "\n";
        return new OpsAlert("[exec-reports] ALERT: " + d.role().toUpperCase() + " report " + period + " " + what, text);
    }
}
