package com.execreports.model;

import java.util.List;

/**
 * What the organisation register says about the people behind the portfolio and the endpoints it exposes:
 * the governance gaps a CEO must close (undocumented equity, undated transitions, no handoff procedures,
 * anonymous endpoints).
 *
 * @param bucket                 the S3 bucket holding the register
 * @param registerKey            the people register (YAML)
 * @param endpointsKey           the public endpoints list (CSV)
 * @param registerRead           the register was found and parsed: without it the people figures below mean nothing
 * @param endpointsRead          the endpoints list was found and read
 * @param people                 everyone the register names, in register order
 * @param undocumentedEquity     names of people whose equity is not documented ({@code equity_documented} not true)
 * @param transitionsWithoutDate role changes announced without an effective date
 * @param handoffProcedures      documented handoff procedures
 * @param publicEndpoints        every listed endpoint, in file order
 * @param openEndpoints          those anyone may call without credentials (access ANYONE, ANYONE_ANONYMOUS, PUBLIC
 *                               or NONE); public websites are among them by design, so read them with their kind
 */
public record OrgFacts(String bucket, String registerKey, String endpointsKey, boolean registerRead,
                       boolean endpointsRead, List<Person> people, List<String> undocumentedEquity,
                       List<PendingTransition> transitionsWithoutDate, long handoffProcedures,
                       List<PublicEndpoint> publicEndpoints, List<PublicEndpoint> openEndpoints) implements SourceData {

    /**
     * One person of the register.
     *
     * @param equityPercent    as written (e.g. "5", "12.5"); null when the register says null or nothing, or holds
     *                         no percentage (then named as a data issue)
     * @param equityDocumented the register says the equity is documented
     * @param joined           as written (yyyy-MM-dd), or null (an unreadable date is named as a data issue)
     * @param transition       an announced role change, or null
     * @param notes            the register's note, or null
     */
    public record Person(String name, String role, List<String> businesses, String equityPercent,
                         boolean equityDocumented, String joined, Transition transition, String notes) {
    }

    /** A role change; {@code effectiveDate} (yyyy-MM-dd as written) is null when none is agreed or it cannot be read. */
    public record Transition(String fromRole, String toRole, String effectiveDate) {
    }

    /** A role change of a named person that has no effective date. */
    public record PendingTransition(String name, String fromRole, String toRole) {
    }

    /** One endpoint reachable from the internet, as the register lists it. */
    public record PublicEndpoint(String business, String endpoint, String kind, String access, String notes) {
    }
}
