package com.execreports.model;

import java.util.List;
import java.util.Map;

/**
 * The SES account as SESv2 describes it — can it send, is it out of the sandbox, what SES thinks of it — with the
 * addresses SES suppresses and each configuration set's reputation over the period (CloudWatch AWS/SES).
 *
 * @param enforcementStatus    HEALTHY | PROBATION | SHUTDOWN, as SES says
 * @param suppressedByReason   BOUNCE / COMPLAINT → addresses on the account's suppression list
 * @param suppressedInPeriod   of them, added (last updated) in the reporting period
 * @param configurationSets    each configuration set's reputation
 */
public record SesAccountFacts(boolean sendingEnabled, boolean productionAccess, String enforcementStatus, double max24HourSend,
                              double sentLast24Hours, Map<String, Long> suppressedByReason, long suppressedInPeriod,
                              List<Reputation> configurationSets) implements SourceData {

    public SesAccountFacts {
        suppressedByReason = Map.copyOf(suppressedByReason);
        configurationSets = List.copyOf(configurationSets);
    }

    /**
     * A configuration set belongs to the business whose domain id its name is or starts with ({@code jada-mail}).
     *
     * @param bounceRate    SES's Reputation.BounceRate as a fraction (0.062 = 6.2%), or null when CloudWatch has none
     * @param complaintRate Reputation.ComplaintRate as a fraction, or null
     */
    public record Reputation(String configurationSet, Double bounceRate, Double complaintRate) {
    }
}
