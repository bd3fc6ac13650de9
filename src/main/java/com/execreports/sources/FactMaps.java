package com.execreports.sources;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Read-only copies of a tally's running maps, as its facts hold them: the tally may go on folding, the facts not. */
final class FactMaps {

    private FactMaps() {
    }

    static <V> SortedMap<String, V> frozen(SortedMap<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** A map of maps, both levels copied. */
    static <V> SortedMap<String, SortedMap<String, V>> frozenTwice(SortedMap<String, ? extends SortedMap<String, V>> map) {
        SortedMap<String, SortedMap<String, V>> copy = new TreeMap<>();
        map.forEach((key, inner) -> copy.put(key, frozen(inner)));
        return Collections.unmodifiableSortedMap(copy);
    }
}
