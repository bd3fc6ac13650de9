package com.execreports.sources;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV object read row by row, with the line each row starts on, so a bad row can be named by
 * "bucket/key line N" (the header is line 1, as a person counts in an editor). Shared by the portfolio tallies
 * (cost export, registers, channels).
 * Header names are matched trimmed and case-insensitively, and a UTF-8 byte-order mark is ignored, because
 * these files are as often saved from a spreadsheet as exported by a service.
 */
final class CsvRows implements Closeable {

    // RFC 4180; blank lines are skipped
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private final CSVParser parser;
    private final LedgerCsv.RowBound bound;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> names = List.of();
    private int width;
    private long endOfLast;
    private long line;

    private CsvRows(CSVParser parser, LedgerCsv.RowBound bound) {
        this.parser = parser;
        this.bound = bound;
        this.records = parser.iterator();
    }

    /**
     * Every row, the header included, is bounded as the finance files' are ({@link LedgerCsv}): a row past
     * {@link LedgerCsv#DEFAULT_MAX_ROW_BYTES} (an unclosed quote, a megabyte header) stops the file there.
     */
    static CsvRows open(InputStream in) throws IOException {
        LedgerCsv.RowBound bound = new LedgerCsv.RowBound(in,
                LedgerCsv.DEFAULT_MAX_ROW_BYTES + LedgerCsv.READ_AHEAD_BYTES);
        return new CsvRows(FORMAT.parse(new BufferedReader(new InputStreamReader(bound, StandardCharsets.UTF_8))), bound);
    }

    /**
     * Reads one CSV object of a source: its header, then hands the rows to {@code rowsAfterHeader}. An empty object,
     * and a broken stream (truncated gzip, reset connection) or broken quoting part-way, are issues named at their
     * line; what was read before still counts.
     *
     * @param where "bucket/key", as issues name the object
     */
    static void read(InputStream content, String where, IssueSample issues, Consumer<CsvRows> rowsAfterHeader) throws IOException {
        try (CsvRows rows = open(content)) {
            try {
                if (!rows.header()) {
                    issues.add(IssueText.at(where, 1), "empty file: no header");
                    return;
                }
                rowsAfterHeader.accept(rows);
            } catch (UncheckedIOException e) {
                issues.add(IssueText.at(where, rows.nextLine()), reason(e));
            }
        }
    }

    /**
     * Reads the header row.
     *
     * @return false when the object is empty
     * @throws UncheckedIOException when the header itself is not valid CSV
     */
    boolean header() {
        CSVRecord header = next();
        if (header == null) {
            return false;
        }
        width = header.size();
        List<String> all = new java.util.ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
            all.add(name);
        }
        names = all;
        return true;
    }

    /** The index of the first of these columns the header has, or -1. */
    int column(String... names) {
        for (String name : names) {
            Integer index = columns.get(name.toLowerCase(Locale.ROOT));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** How many columns the header names. */
    int width() {
        return width;
    }

    /**
     * The next row, or null at the end.
     *
     * @throws UncheckedIOException when the rest of the object is not valid CSV (an unclosed quote, a broken
     *                              stream); {@link #nextLine()} then names where it went wrong
     */
    CSVRecord next() {
        bound.startRow();
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        long end = parser.getCurrentLineNumber();
        line = end - embeddedLineBreaks(record);
        endOfLast = end;
        return CsvCells.redacted(record, line, names, false);
    }

    /** The line the row last returned starts on. */
    long line() {
        return line;
    }

    /** The line after the last row read: where a row that could not be parsed starts. */
    long nextLine() {
        return endOfLast + 1;
    }

    /** A cell trimmed, or "" when the column is absent or the row is short. */
    static String value(CSVRecord row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).trim();
    }

    /** Why a CSV object stopped reading, in one line. */
    static String reason(Exception error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof LedgerCsv.RowTooLong) {
                return c.getMessage();
            }
        }
        Throwable t = error instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : error;
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
        if (message.length() > 200) { // a parser's message may quote the input
            message = message.substring(0, 200) + "…";
        }
        return "not valid CSV from here on (" + IssueText.masked(message) + "); the rest of the file was not read";
    }

    // a quoted cell may span lines; the parser reports the line a row ends on
    private static long embeddedLineBreaks(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
