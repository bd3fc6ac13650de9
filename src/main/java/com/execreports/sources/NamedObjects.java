package com.execreports.sources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The objects a tally reads by their keys (a register, an email list): each is read when the bucket's listing has
 * it, and one the listing lacks is recorded as not found, once, however often the tally is asked what to read.
 */
final class NamedObjects {

    private final String bucket;
    private final List<String> keys;
    private final Set<String> listed = new HashSet<>();
    private boolean listingChecked;

    NamedObjects(String bucket, String... keys) {
        this.bucket = bucket;
        this.keys = List.of(keys);
    }

    /** @return whether the key is one of the named objects */
    boolean listed(String key) {
        boolean named = keys.contains(key);
        if (named) {
            listed.add(key);
        }
        return named;
    }

    /** The named keys the listing has, in the order named; the first call records each it lacks in the issues. */
    List<String> toRead(IssueSample issues) {
        List<String> read = new ArrayList<>();
        for (String key : keys) {
            if (listed.contains(key)) {
                read.add(key);
            } else if (!listingChecked) {
                issues.add(bucket + "/" + key, "not found");
            }
        }
        listingChecked = true;
        return read;
    }
}
