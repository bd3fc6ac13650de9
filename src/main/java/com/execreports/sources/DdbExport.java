package com.execreports.sources;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One DynamoDB export to S3 ({@code ExportTableToPointInTime}), as its {@code manifest-summary.json} describes it:
 * the folder its manifests sit in, the point in time the table was exported at and the table it copies.
 *
 * @param folder     the export's key prefix, {@code <prefix>AWSDynamoDB/<exportId>/}
 * @param exportTime the point in time the data is from: the facts' as-of
 * @param table      the exported table's name (from {@code tableArn}), or null when the summary does not say
 * @param itemCount  the items the export holds, as the summary counts them; -1 when it does not say
 */
record DdbExport(String folder, Instant exportTime, String table, long itemCount) {

    static final String SUMMARY = "manifest-summary.json";
    static final String FILES = "manifest-files.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a summary does not describe an export this source can read. */
    static final class NotUsable extends Exception {
        NotUsable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The export a {@code manifest-summary.json} describes. DynamoDB writes the summary when the export has finished;
     * one that says otherwise (a status other than COMPLETED), another format than DynamoDB JSON (ION) or an
     * incremental export (its lines are changes, not items) is not usable.
     */
    static DdbExport of(String summaryKey, byte[] summary) throws NotUsable {
        JsonNode s;
        try {
            s = JSON.readTree(summary);
        } catch (IOException e) {
            throw new NotUsable("is not JSON");
        }
        if (s == null || !s.isObject()) {
            throw new NotUsable("is not a JSON object");
        }
        String status = text(s, "exportStatus", text(s, "status", "COMPLETED"));
        if (!"COMPLETED".equals(status)) {
            throw new NotUsable("says the export is " + IssueText.quoted(status) + ", not COMPLETED");
        }
        String format = text(s, "outputFormat", "DYNAMODB_JSON");
        if (!"DYNAMODB_JSON".equals(format)) {
            throw new NotUsable("is an export in " + IssueText.quoted(format) + " (only DYNAMODB_JSON is read)");
        }
        String type = text(s, "exportType", "FULL_EXPORT");
        if (!"FULL_EXPORT".equals(type)) {
            throw new NotUsable("is an " + IssueText.quoted(type) + " (only a FULL_EXPORT holds whole items)");
        }
        Instant time;
        try {
            time = Instant.parse(text(s, "exportTime", ""));
        } catch (DateTimeParseException e) {
            throw new NotUsable("has no exportTime an ISO instant");
        }
        String arn = text(s, "tableArn", "");
        String table = arn.contains(":table/") ? arn.substring(arn.indexOf(":table/") + ":table/".length()) : null;
        long items = s.path("itemCount").canConvertToLong() ? s.path("itemCount").asLong() : -1;
        return new DdbExport(summaryKey.substring(0, summaryKey.length() - SUMMARY.length()), time, table, items);
    }

    /** The key of the export's list of data files, beside its summary. */
    String filesKey() {
        return folder + FILES;
    }

    /** Whether {@code key} is an export's summary directly under {@code prefix}: {@code <prefix>AWSDynamoDB/<id>/manifest-summary.json}. */
    static boolean isSummary(String prefix, String key) {
        String root = prefix + "AWSDynamoDB/";
        if (!key.startsWith(root) || !key.endsWith("/" + SUMMARY)) {
            return false;
        }
        String id = key.substring(root.length(), key.length() - SUMMARY.length() - 1);
        return !id.isEmpty() && !id.contains("/");
    }

    private static String text(JsonNode s, String field, String otherwise) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? otherwise : v.asText();
    }
}
