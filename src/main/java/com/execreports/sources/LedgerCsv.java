package com.execreports.sources;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The CSV reading the ledger and invoice files share ({@link LedgerTally}, {@link InvoiceTally}).
 *
 * <p>Files are always streamed row by row, whatever their size. The one byte bound is per row: an unclosed quote
 * makes a CSV parser swallow the rest of the file into one field, so a row that grows past {@code maxRowBytes}
 * stops that file (rows before it are counted) instead of filling memory.
 */
final class LedgerCsv {

    private LedgerCsv() {
    }


    /** Far above any real ledger row, far below a file that would strain memory. */
    public static final long DEFAULT_MAX_ROW_BYTES = 1024 * 1024;

    /** Column names are matched case-insensitively and trimmed, as spreadsheets export them. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setTrim(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            // blank lines are skipped by us, not the parser, so that line numbers stay exact
            .setIgnoreEmptyLines(false)
            .get();

    /**
     * A header line longer than this is not a ledger's (the demo's longest is under 100 characters): the file is
     * refused at line 1 rather than its header echoed into the reports.
     */
    static final int MAX_HEADER_CHARS = 8 * 1024;

    /** How many column names an issue about a header quotes. */
    static final int SHOWN_COLUMNS = 20;

    /** A yyyy-MM-dd date is 10 characters; the longest year LocalDate parses makes it 16. */
    private static final int MAX_DATE_CHARS = 16;

    /** US amounts as spreadsheets write them: optional minus, optional well-formed thousands commas, at most cents. */
    private static final Pattern MONEY = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?|-?\\.\\d{1,2}");

    /**
     * The reader buffers ahead of the parser (8 KiB of bytes being decoded, 8 KiB of chars: up to 32 KiB of UTF-8),
     * so bytes of the following rows may already be counted against the row being parsed; the bound tolerates that.
     */
    static final long READ_AHEAD_BYTES = 48 * 1024;

    /** One data row and the physical line it starts on (the header is line 1). */
    record Row(CSVRecord record, long line, int expectedColumns) {

        /** The trimmed value of a column, "" when the column is absent from the header or the row. */
        String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        }

        int columns() {
            return record.size();
        }

        /** Why the row's shape is wrong, or null; trailing empty cells (a spreadsheet habit) are tolerated. */
        String shapeProblem() {
            if (columns() < expectedColumns) {
                return "too few columns (" + columns() + " of " + expectedColumns + ")";
            }
            for (int i = expectedColumns; i < columns(); i++) {
                if (!record.get(i).isEmpty()) {
                    return "too many columns (" + columns() + " of " + expectedColumns + "; an unquoted comma?)";
                }
            }
            return null;
        }
    }

    /** Consumes the rows of one file. */
    interface RowHandler {
        void row(Row row);
    }

    /** A file that could not be read on from a given line; rows before it were handed over. */
    static final class Stopped extends Exception {
        final long line;

        Stopped(long line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    /** A value a row cannot be used with; the message is the reason a person reads. */
    static final class BadValue extends Exception {
        BadValue(String reason) {
            super(reason);
        }
    }

    /**
     * Streams one CSV object, handing each non-blank data row over with its physical line number.
     *
     * @param required columns the header must have
     */
    static void rows(InputStream content, long maxRowBytes, List<String> required, RowHandler handler) throws Stopped {
        RowBound bound = new RowBound(content, maxRowBytes + READ_AHEAD_BYTES);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader(bound)).setFormat(FORMAT).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Stopped(1, "header unreadable: " + IssueText.masked(capped(reason(e))));
        }
        List<String> header = parser.getHeaderNames();
        long headerChars = header.stream().mapToLong(String::length).sum() + header.size();
        if (headerChars > MAX_HEADER_CHARS) {
            throw new Stopped(1, "header longer than " + MAX_HEADER_CHARS + " characters (" + header.size()
                    + " columns" + (notUtf8(header) ? ", not UTF-8 text" : "") + "); the file was not read");
        }
        for (String column : required) {
            if (header.stream().noneMatch(column::equalsIgnoreCase)) {
                throw new Stopped(1, "no column '" + column + "' in the header " + shown(header));
            }
        }
        int expected = header.size();
        long lastLine = parser.getCurrentLineNumber();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // the parser counts every line break it consumes, quoted ones too: a row starts after the last one's end
            long line = lastLine + 1;
            bound.startRow();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new Stopped(line, capped(reason(e)));
            }
            lastLine = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            handler.row(new Row(CsvCells.redacted(record, line, header, true), line, expected));
        }
    }

    /**
     * A header as an issue quotes it: at most {@value #SHOWN_COLUMNS} names, each as {@link IssueText#shown} quotes a
     * value, and a word when the bytes were not UTF-8 (decoded with replacement characters, never echoed whole).
     */
    static String shown(List<String> header) {
        List<String> names = header.stream().limit(SHOWN_COLUMNS).map(IssueText::shown).toList();
        String more = header.size() > SHOWN_COLUMNS ? ", … " + (header.size() - SHOWN_COLUMNS) + " more" : "";
        String list = "[" + String.join(", ", names) + more + "]";
        return notUtf8(header) ? list + " (not UTF-8 text)" : list;
    }

    private static boolean notUtf8(List<String> header) {
        return header.stream().anyMatch(name -> name.indexOf('\uFFFD') >= 0);
    }

    /** Skips a UTF-8 byte-order mark, which Excel writes and which would otherwise stick to the first column name. */
    private static Reader reader(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] start = pushback.readNBytes(3);
        boolean bom = start.length == 3
                && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!bom) {
            pushback.unread(start);
        }
        return new InputStreamReader(pushback, StandardCharsets.UTF_8);
    }

    /** A parser's message, which may quote the input, cut to {@value #MAX_REASON_CHARS} characters. */
    private static String capped(String message) {
        return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static final int MAX_REASON_CHARS = 200;

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RowTooLong) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /**
     * Cents of an amount cell, read by {@link StrictNumbers} (bounded, no decimal commas) and then held to the ledger's
     * own form: no currency sign, no exponent, at most cents. A malformed amount names itself as written (secrets
     * masked, shortened).
     */
    static long cents(String column, String text) throws BadValue {
        if (text.isEmpty()) {
            throw new BadValue(column + " is blank");
        }
        long cents;
        try {
            cents = StrictNumbers.cents(text);
        } catch (StrictNumbers.Refused e) {
            throw new BadValue(column + " " + e.verdict("not a number", text, true));
        }
        if (!MONEY.matcher(text).matches()) {
            throw new BadValue(column + " " + IssueText.quoted(text) + " is not a number");
        }
        return cents;
    }

    /** A yyyy-MM-dd cell within the run's {@link DateWindow}: '9999-12-31' is refused, named, like any bad date. */
    static LocalDate date(String column, String text, DateWindow window) throws BadValue {
        if (text.isEmpty()) {
            throw new BadValue(column + " is blank");
        }
        LocalDate date;
        try {
            if (text.length() > MAX_DATE_CHARS) {
                throw new DateTimeParseException("too long", text, 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadValue(column + " " + IssueText.quoted(text) + " is not a date (yyyy-MM-dd)");
        }
        if (!window.contains(date)) {
            throw new BadValue(column + " " + IssueText.quoted(text) + " is out of range (" + window.outside() + ")");
        }
        return date;
    }

    /** Amounts are summed as USD; a blank currency is taken as the ledger's own. */
    static void usd(String currency) throws BadValue {
        if (!currency.isEmpty() && !currency.equalsIgnoreCase("USD")) {
            throw new BadValue("currency " + IssueText.quoted(currency) + " is not USD");
        }
    }

    static String orBlank(String text) {
        return text.isEmpty() ? "(blank)" : text;
    }

    static boolean isCsv(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Thrown by the stream when one row has pulled more bytes than the bound. */
    static final class RowTooLong extends IOException {
        RowTooLong(String message) {
            super(message);
        }
    }

    /** Counts the bytes pulled since the current row began, and stops a row that never ends. */
    static final class RowBound extends FilterInputStream {

        private final long limit;
        private long sinceRow;

        RowBound(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        void startRow() {
            sinceRow = 0;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws RowTooLong {
            sinceRow += n;
            if (sinceRow > limit) {
                throw new RowTooLong("row longer than " + (limit - READ_AHEAD_BYTES)
                        + " bytes (an unclosed quote?); the rest of the file was not read");
            }
        }
    }
}
