package com.execreports.startup;

/**
 * One property as a person set it: its key, its value and where it was typed, so a refusal points at the line to fix.
 *
 * @param origin the properties file's path, {@code -D}, or {@code environment NAME}
 */
public record ConfiguredValue(String key, String value, String origin) {

    static final String SYSTEM = "-D";
    static final String ENVIRONMENT = "environment ";

    /** The key as the person typed it: {@code application.properties: a.b}, {@code -Da.b}, {@code environment A_B (a.b)}. */
    String where() {
        if (SYSTEM.equals(origin)) {
            return "-D" + key;
        }
        if (origin.startsWith(ENVIRONMENT)) {
            return origin + " (" + key + ")";
        }
        return origin + ": " + key;
    }

    /**
     * {@link #where()} with the value, control characters shown as '?' (never echoed into the console raw); the
     * value of a sensitive property ({@link SensitiveProperties}) is not shown at all.
     */
    String whereWithValue() {
        String shown = SensitiveProperties.shown(key, value);
        return SYSTEM.equals(origin) ? "-D" + key + "=" + shown : where() + " = " + shown;
    }
}
