package com.execreports.sources;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The choke point of every CSV row a source reads: each cell passes {@link PastedSecrets#cell} as the row is parsed,
 * so a key pasted into a notes cell is redacted before any tally sees it, and its finding names the file, the line
 * and the column. A row with nothing to redact is handed on as parsed (the usual case costs a length check per cell).
 */
final class CsvCells {

    private CsvCells() {
    }

    /**
     * The row with its secrets redacted.
     *
     * @param line   the line the row starts on
     * @param header the column names in order (a cell past them is named by its position)
     */
    static CSVRecord redacted(CSVRecord row, long line, List<String> header, boolean mapped) {
        String[] values = null;
        for (int i = 0; i < row.size(); i++) {
            String value = row.get(i);
            String shown = PastedSecrets.cell(value, line, i < header.size() ? header.get(i) : "#" + (i + 1));
            if (shown != value) {
                if (values == null) {
                    values = row.values();
                }
                values[i] = shown;
            }
        }
        if (values == null) {
            return row;
        }
        // CSVRecord has no public constructor: the redacted row is written and read back, with the same header
        CSVFormat format = mapped ? CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setSkipHeaderRecord(false).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get() : CSVFormat.DEFAULT;
        try (CSVParser parser = CSVParser.parse(new StringReader(CSVFormat.DEFAULT.format((Object[]) values)), format)) {
            return parser.iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException("re-reading a redacted row failed", e); // a StringReader does not fail
        }
    }
}
