package com.execreports.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.execreports.model.SecurityFacts;
import com.execreports.security.SecretFinding;
import com.execreports.security.ValueRedaction;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The credentials one source's data turned out to hold: a key pasted into a notes cell, an attribute, a register
 * field. Readers redact each free-text value at the point they take it from the source ({@link #cell}, {@link
 * #attribute}, {@link #field}, {@link #text}), so only the redacted form is ever kept in facts, and the finding
 * names where it was pasted — so the report goes out with the finding instead of being stopped by the leak guard.
 *
 * <p>The readers run deep inside a tally (a CSV row reader, an attribute reader), so the source's collector and the
 * object being read are given to them for the duration of one read as the thread's current {@link Place}: a tally
 * is fed on the thread that fetched the page or object, and nothing is kept across reads. Outside a read (a unit
 * test of a tally alone) a value is still masked, without a finding.
 */
public final class PastedSecrets {

    private static final ThreadLocal<Place> CURRENT = new ThreadLocal<>();

    private final ValueRedaction redaction;
    private final List<SecurityFacts.Secret> found = new ArrayList<>();

    public PastedSecrets(ValueRedaction redaction) {
        this.redaction = redaction;
    }

    /** What is being read: an S3 object (or bucket listing) or a DynamoDB item. */
    private record Place(PastedSecrets sink, String resource, Map<String, AttributeValue> item) {
    }

    /** A read that may throw what the tally throws. */
    interface Read<E extends Exception> {
        void run() throws E;
    }

    /** Runs one read of {@code resource} (bucket/key, a bucket's listing) with this collector current. */
    <E extends Exception> void during(String resource, Read<E> read) throws E {
        during(new Place(this, resource, null), read);
    }

    /** Runs the fold of one DynamoDB item with this collector current. */
    <E extends Exception> void duringItem(String table, Map<String, AttributeValue> item, Read<E> read) throws E {
        during(new Place(this, table, item), read);
    }

    /** Folds one item into the tally with the source's collector current (none: a benchmark's bare exchange). */
    static void fold(PastedSecrets pasted, String table, Map<String, AttributeValue> item, ItemTally tally) {
        if (pasted == null) {
            tally.fold(item);
        } else {
            pasted.duringItem(table, item, () -> tally.fold(item));
        }
    }

    private static <E extends Exception> void during(Place place, Read<E> read) throws E {
        Place outer = CURRENT.get();
        CURRENT.set(place);
        try {
            read.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** A CSV cell of the object being read. */
    static String cell(String value, long line, String column) {
        return value == null || value.length() < ValueRedaction.MIN_CHARS ? value : redact(value, null, line, "column " + column);
    }

    /** A field of the YAML object being read. */
    static String field(String value, long line, String field) {
        return value == null || value.length() < ValueRedaction.MIN_CHARS ? value : redact(value, null, line, "field " + field);
    }

    /** An attribute of the DynamoDB item being folded, named by table and the item's key. */
    static String attribute(String value, String attribute) {
        Place place = CURRENT.get();
        if (value == null || value.length() < ValueRedaction.MIN_CHARS) {
            return value;
        }
        if (place == null || place.item == null) {
            return redact(value, null, 0, "attribute " + attribute);
        }
        return redact(value, "key " + key(place.item), 0, "attribute " + attribute);
    }

    /** Any other text taken from the object being read: a page's text, an object key. */
    static String text(String value, String what) {
        if (value == null || value.length() < ValueRedaction.MIN_CHARS) {
            return value;
        }
        return redact(value, null, 0, what);
    }

    private static String redact(String value, String within, long line, String field) {
        Place place = CURRENT.get();
        if (place == null) {
            return IssueText.masked(value);
        }
        return place.sink.redact(value, place.resource, within, line, field);
    }

    /** Redacts a value of this source named by the caller (the facts themselves, see {@link FactsRedaction}). */
    String redact(String value, String resource, String within, long line, String field) {
        return redaction.redact(value, resource, within, (int) Math.min(line, Integer.MAX_VALUE), field, this::add);
    }

    private synchronized void add(SecretFinding f) {
        found.add(new SecurityFacts.Secret(f.ruleId(), f.severity(), f.description(), f.resource(), f.file(), f.line(),
                f.variable(), f.fingerprint(), f.preview()));
    }

    /** Every credential found so far, in the order found. */
    synchronized List<SecurityFacts.Secret> found() {
        return List.copyOf(found);
    }

    /**
     * "bookingId=B-1042": the item's key as the attributes that look like one say it (names ending in Id, or pk/sk),
     * since the tally reads the item through attribute names of its own; masked, in case a key holds a secret too.
     */
    static String key(Map<String, AttributeValue> item) {
        Map<String, String> keys = new TreeMap<>();
        item.forEach((name, v) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            String text = v.s() != null ? v.s() : v.n();
            if (text != null && (lower.endsWith("id") || lower.equals("pk") || lower.equals("sk"))) {
                keys.put(name, IssueText.shown(text));
            }
        });
        if (keys.isEmpty()) {
            return "(no id attribute)";
        }
        return String.join(", ", keys.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
