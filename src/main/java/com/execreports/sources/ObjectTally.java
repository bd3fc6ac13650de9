package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * A tally fed from the objects of an S3 bucket (or prefix): first the listing, then the content of the objects
 * it asks for, streamed — an object is never held in memory whole unless the tally chooses to.
 */
public interface ObjectTally extends SourceTally {

    /** One object of the listing. */
    void inventory(String key, long size);

    /** The keys whose content the tally wants to read, in reading order. */
    List<String> objectsToRead();

    /** The content of one object; the caller closes the stream. */
    void read(String key, InputStream content) throws IOException;

    /** An object that could not be fetched or read: counted and sampled, never fatal. */
    void unreadable(String key, String reason);

    /** Keys of an inventory that end in one of the suffixes, case-insensitively. */
    static boolean endsWithAny(String key, String... suffixes) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
