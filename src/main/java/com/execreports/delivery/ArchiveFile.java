package com.execreports.delivery;

/**
 * One object a report leaves in the archive: its key, its content type and its content (text or PNG bytes).
 *
 * @param content a String (UTF-8 text) or a byte[] (a chart)
 */
public record ArchiveFile(String key, String contentType, Object content) {
}
