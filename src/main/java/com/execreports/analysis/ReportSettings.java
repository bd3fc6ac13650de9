package com.execreports.analysis;

/**
 * The thresholds ops tune in application.properties.
 *
 * @param portfolio                    the portfolio's name as it heads every report
 * @param staleCopyDays                marketing copy older than this is stale
 * @param renewalFailureAlarmPercent   a subscription business whose renewals fail more often than this is alarmed
 * @param uninvoicedAlarmPercent       revenue without invoice above this share of revenue is high severity
 */
public record ReportSettings(String portfolio, int staleCopyDays, int renewalFailureAlarmPercent,
                             int uninvoicedAlarmPercent) {
}
