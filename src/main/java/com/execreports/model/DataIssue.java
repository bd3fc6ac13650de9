package com.execreports.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item, row or object a source could not use, named precisely enough to find and fix it. Text taken from the
 * source (a value, an id) is quoted with its secrets masked and shortened.
 *
 * @param where    table/bucket and key, or file:line
 * @param reason   what was wrong with it, e.g. "amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze
 *                 HVAC, 2026-05-14"
 * @param business for a row of figures (an expense), the business whose figures it leaves incomplete, as the row
 *                 names it ({@link #ANY_BUSINESS} when it does not); null for anything else
 * @param month    likewise the month (yyyy-MM), {@link #ANY_MONTH} when the row's date cannot be read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataIssue(String where, String reason, String business, String month) {

    /** The business of a row that names none it can be trusted with: it may be any business's. */
    public static final String ANY_BUSINESS = "(unknown)";
    /** The month of a row whose date cannot be read: it may be any month's. */
    public static final String ANY_MONTH = "(undated)";

    /** An issue that leaves no particular business's month incomplete: a file, a chart row, an item. */
    public DataIssue(String where, String reason) {
        this(where, reason, null, null);
    }

    /** As a report or the log names it: "portfolio-ledgers/expenses/expenses-2026.csv:109 amount '12,40O.00' is …". */
    public String text() {
        return where + " " + reason;
    }
}
