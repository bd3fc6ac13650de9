package com.execreports.sources;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.execreports.model.Facts;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Folds a DynamoDB export of a bookings table (its gzip JSON-lines data files) into the very {@link
 * com.execreports.model.BookingFacts} a Scan of the table gives, through the same {@link BookingTally}: only the
 * reading differs. What the export gets wrong is named with file and line and leaves the facts partial: a line that
 * is not an item, a data file the manifest lists but S3 does not hold, a file with another number of items than the
 * manifest says. The facts are as of the export's point in time, not the run's.
 */
public final class BookingExportTally implements SourceTally {

    public static final String KIND = "s3-ddb-export";

    /** An item is at most 400 KB; in DynamoDB JSON (type keys, base64, escapes) well under this. */
    static final int MAX_LINE_BYTES = 2 * 1024 * 1024;
    /** Lines folded between two looks at the source's read budget, as a Scan page is. */
    static final int LINES_PER_CHECK = 500;

    private final String domain;
    private final String source;
    private final String bucket;
    private final ZoneId zone;
    // the fold of the export's table, opened once the manifest names the table
    private final Function<String, BookingTally> tableTally;
    private DdbExport export;
    private BookingTally bookings;

    // takes what BookingTally takes, to open one for the export's table once the manifest names it
    public BookingExportTally(String domain, String source, String bucket, BookingMapping mapping, LocalDate today, ZoneId zone) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.zone = zone;
        this.tableTally = table -> new BookingTally(domain, source, table, mapping, today, zone);
    }

    /** The export to read, once chosen: its table names the facts as a Scan of that table would. */
    void reading(DdbExport chosen) {
        this.export = chosen;
        this.bookings = tableTally.apply(chosen.table() == null ? bucket : chosen.table());
    }

    /**
     * Reads one data file to its end, or until the read budget stops it.
     *
     * @param key           the data file's key ({@code .json.gz}: gzip; anything else is read as it is)
     * @param expectedItems the manifest's {@code itemCount} for it; -1 when it gives none
     * @return false when the budget stopped reading (the rest of the export is left unread)
     */
    boolean read(String key, long expectedItems, InputStream content, ReadDeadline deadline, PastedSecrets pasted)
            throws IOException {
        String file = bucket + "/" + key;
        long lines = 0;
        long sinceCheck = 0;
        JsonLines in = null;
        try {
            InputStream data = key.endsWith(".gz") ? new GZIPInputStream(content, 64 * 1024) : content;
            in = new JsonLines(data, MAX_LINE_BYTES);
            while (in.next()) {
                lines++;
                fold(file, in, pasted);
                if (++sinceCheck == LINES_PER_CHECK) {
                    deadline.counted(sinceCheck, "items");
                    sinceCheck = 0;
                    if (!deadline.goOn()) {
                        return false;
                    }
                }
            }
        } catch (IOException e) {
            // a truncated or corrupt gzip, a broken connection: what was read counts, the rest of the file is named
            bookings.unreadable(IssueText.at(file, in == null ? 1 : in.number() + 1), "the rest of the file is unreadable ("
                    + why(e) + "); " + lines + " of "
                    + (expectedItems < 0 ? "its" : expectedItems) + " items read", Math.max(1, expectedItems - lines));
            return true;
        } finally {
            deadline.counted(sinceCheck, "items");
        }
        if (expectedItems >= 0 && lines != expectedItems) {
            bookings.unreadable(file, "holds " + lines + " items where manifest-files.json says " + expectedItems,
                    Math.abs(expectedItems - lines));
        }
        return true;
    }

    private void fold(String file, JsonLines line, PastedSecrets pasted) {
        String where = IssueText.at(file, line.number());
        if (line.tooLong()) {
            bookings.unreadable(where, "line longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MB: not an item", 1);
            return;
        }
        Map<String, AttributeValue> item;
        try {
            item = DynamoJson.item(line.bytes(), line.length());
        } catch (DynamoJson.NotAnItem e) {
            bookings.unreadable(where, e.getMessage(), 1);
            return;
        }
        if (pasted == null) {
            bookings.fold(item, where);
        } else {
            pasted.duringItem(file, item, () -> bookings.fold(item, where));
        }
    }

    /** A data file the manifest lists that could not be fetched: its items are left out. */
    void missing(String key, long expectedItems, String why) {
        bookings.unreadable(bucket + "/" + key, "data file listed in manifest-files.json could not be read (" + why + "); its "
                + (expectedItems < 0 ? "" : expectedItems + " ") + "items are left out", Math.max(1, expectedItems));
    }

    /** A line of manifest-files.json that names no data file: whatever it listed is left out. */
    void unreadableManifestLine(long line, String why) {
        bookings.unreadable(IssueText.at(bucket + "/" + export.filesKey(), line), why, 1);
    }

    @Override
    public Facts facts(String runId) {
        Facts table = bookings.facts(runId);
        // the same BookingFacts a Scan gives, named as read from the export, as of its point in time
        return Facts.read(runId, domain, source, KIND, bucket + "/" + export.folder(), table.data(), table.issues(), table.unreadable())
                .takenAt(export.exportTime().atZone(zone).toOffsetDateTime());
    }

    private static String why(IOException e) {
        return e instanceof EOFException ? "it ends early" : e instanceof ZipException ? "not gzip" : e.getClass().getSimpleName();
    }
}
