package com.execreports.startup;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The known name a mistyped one was most likely meant to be: the fewest single-character edits (insert, delete,
 * replace, swap two neighbours — the usual typing slips), close enough to be a slip rather than another name.
 */
public final class NearestName {

    private NearestName() {
    }

    /** The nearest known name within a slip's distance (a third of the typed name, at least 2), if any. */
    public static Optional<String> of(String typed, Collection<String> known) {
        int limit = Math.max(2, typed.length() / 3);
        return known.stream().filter(k -> !k.equals(typed))
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(Comparator.naturalOrder()))
                .filter(k -> distance(typed, k) <= limit);
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions, each one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
