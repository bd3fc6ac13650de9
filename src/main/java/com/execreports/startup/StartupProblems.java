package com.execreports.startup;

import java.util.List;

/**
 * Everything a person typed wrong, found before the service reads a source or sends a message: one line per problem,
 * each naming the key or file and what was expected, all of them at once so one restart fixes them all.
 */
public record StartupProblems(List<String> lines) {

    public StartupProblems {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
