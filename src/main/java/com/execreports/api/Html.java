package com.execreports.api;

/** Text put into a browser page, escaped: whatever an archive or a request holds shows as text, never as markup. */
final class Html {

    private Html() {
    }

    static String text(Object value) {
        String s = value == null ? "" : value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
