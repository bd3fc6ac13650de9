package com.execreports.charts;

/**
 * A chart drawn for one report: embedded in the HTML email by Content-ID, archived beside the report, and
 * described in words for the text part.
 *
 * @param cid         Content-ID the HTML refers to ({@code cid:...})
 * @param fileName    archive file name, e.g. {@code ceo-revenue.png}
 * @param title       what it shows
 * @param description the same numbers in one or two sentences
 */
public record ChartImage(String cid, String fileName, String title, String description, byte[] png) {
}
