package com.execreports.security;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a string's characters: random keys score high, words and repeated fillers low. */
final class Entropy {

    private Entropy() {
    }

    /** Bits per character over the string's own character frequencies; 0 for an empty string. */
    static double bitsPerChar(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(s.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int c : counts.values()) {
            double p = (double) c / n;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
