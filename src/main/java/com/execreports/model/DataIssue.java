package com.execreports.model;

/**
 * One item, row or object a source could not use, named precisely enough to find and fix it.
 *
 * @param where table/bucket and key, or file and line
 * @param reason what was wrong with it
 */
public record DataIssue(String where, String reason) {
}
