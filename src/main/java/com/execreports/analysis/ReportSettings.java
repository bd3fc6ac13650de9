package com.execreports.analysis;

/**
 * The thresholds ops tune in application.properties.
 *
 * @param portfolio                    the portfolio's name as it heads every report
 * @param staleCopyDays                marketing copy older than this is stale
 * @param renewalFailureAlarmPercent   a subscription business whose renewals fail more often than this is alarmed
 * @param uninvoicedAlarmPercent       revenue without invoice above this share of revenue is high severity
 * @param untaggedSpendAlarmPercent    AWS spend without a business tag above this share is a finding
 * @param runwayWarningMonths          cash runway below this many months is a finding
 * @param uncollectedAlarmPercent      a business whose revenue earned but not collected, to date, is above this
 *                                     share of what it earned in the last three full months is a finding
 * @param functionErrorAlarmPercent    a Lambda function failing more than this share of its invocations in the period is a
 *                                     finding (any failure is one on the booking or payment path)
 * @param functionP95AlarmMs           a booking or payment function whose Duration p95 over the period is above this
 *                                     (ms) is a finding
 * @param cdn4xxAlarmPercent           a CloudFront distribution answering more than this share of requests 4xx is a finding
 * @param cdn5xxAlarmPercent           the same for 5xx (its origin failing visitors)
 * @param kpiTargets                   KPI key (its name in lower case, words joined by '-') → target such as
 *                                     {@code >= 30000} or {@code <= 0}, in the KPI's own unit
 */
public record ReportSettings(String portfolio, int staleCopyDays, int renewalFailureAlarmPercent,
                             int uninvoicedAlarmPercent, int untaggedSpendAlarmPercent, int runwayWarningMonths,
                             int uncollectedAlarmPercent, java.util.Map<String, String> kpiTargets, int functionErrorAlarmPercent,
                             int functionP95AlarmMs, int cdn4xxAlarmPercent, int cdn5xxAlarmPercent) {

    /** The shipped default of {@code alarm.function-error-percent}. */
    static final int FUNCTION_ERROR_ALARM_PERCENT = 1;
    /** The shipped defaults of {@code alarm.function-p95-ms}, {@code alarm.cdn-4xx-percent}, {@code alarm.cdn-5xx-percent}. */
    static final int FUNCTION_P95_ALARM_MS = 3000;
    static final int CDN_4XX_ALARM_PERCENT = 10;
    static final int CDN_5XX_ALARM_PERCENT = 1;

    public ReportSettings(String portfolio, int staleCopyDays, int renewalFailureAlarmPercent, int uninvoicedAlarmPercent,
                          int untaggedSpendAlarmPercent, int runwayWarningMonths, int uncollectedAlarmPercent,
                          java.util.Map<String, String> kpiTargets, int functionErrorAlarmPercent) {
        this(portfolio, staleCopyDays, renewalFailureAlarmPercent, uninvoicedAlarmPercent, untaggedSpendAlarmPercent,
                runwayWarningMonths, uncollectedAlarmPercent, kpiTargets, functionErrorAlarmPercent, FUNCTION_P95_ALARM_MS,
                CDN_4XX_ALARM_PERCENT, CDN_5XX_ALARM_PERCENT);
    }

    public ReportSettings(String portfolio, int staleCopyDays, int renewalFailureAlarmPercent, int uninvoicedAlarmPercent,
                          int untaggedSpendAlarmPercent, int runwayWarningMonths, int uncollectedAlarmPercent,
                          java.util.Map<String, String> kpiTargets) {
        this(portfolio, staleCopyDays, renewalFailureAlarmPercent, uninvoicedAlarmPercent, untaggedSpendAlarmPercent,
                runwayWarningMonths, uncollectedAlarmPercent, kpiTargets, FUNCTION_ERROR_ALARM_PERCENT);
    }

    /** The shipped default of {@code alarm.uncollected-percent}. */
    static final int UNCOLLECTED_ALARM_PERCENT = 50;

    public ReportSettings(String portfolio, int staleCopyDays, int renewalFailureAlarmPercent, int uninvoicedAlarmPercent,
                          int untaggedSpendAlarmPercent, int runwayWarningMonths) {
        this(portfolio, staleCopyDays, renewalFailureAlarmPercent, uninvoicedAlarmPercent, untaggedSpendAlarmPercent,
                runwayWarningMonths, UNCOLLECTED_ALARM_PERCENT, java.util.Map.of());
    }

    public ReportSettings(String portfolio, int staleCopyDays, int renewalFailureAlarmPercent, int uninvoicedAlarmPercent) {
        this(portfolio, staleCopyDays, renewalFailureAlarmPercent, uninvoicedAlarmPercent, 10, 6);
    }
}
