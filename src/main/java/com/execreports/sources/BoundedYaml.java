package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a YAML document from a source within limits, so that a hostile or broken file is a named unreadable object
 * and never a hang, a memory blow-up or a {@code StackOverflowError}: at most {@link #MAX_BYTES}, at most {@link
 * #MAX_ALIASES} aliases (a "billion laughs" expands through them), no recursive keys, and at most {@link #MAX_DEPTH}
 * levels of nesting. snakeyaml-engine has no depth limit of its own and composes nested collections recursively,
 * so the depth is measured first by a scan that recurses into nothing.
 */
final class BoundedYaml {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    /** Far deeper than any register needs, far shallower than a thread's stack. */
    static final int MAX_DEPTH = 64;

    private BoundedYaml() {
    }

    /** A document that cannot be read within the limits; the message is the reason a person reads. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The document's root node, or empty for an empty document.
     *
     * @throws Refused                 over a limit
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException not valid YAML
     */
    static Optional<Node> compose(String label, InputStream content) throws IOException, Refused {
        byte[] bytes = content.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Refused("larger than " + MAX_BYTES / (1024 * 1024) + " MB: not read");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int depth = depth(text);
        if (depth > MAX_DEPTH) {
            throw new Refused("nested deeper than " + MAX_DEPTH + " levels: not read");
        }
        LoadSettings settings = LoadSettings.builder().setLabel(label).setCodePointLimit(MAX_BYTES)
                .setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false).build();
        try {
            return new Compose(settings).composeString(text);
        } catch (StackOverflowError e) {
            // the depth scan is an estimate of block nesting; this is the backstop, not the rule
            throw new Refused("nested too deeply to read");
        }
    }

    /**
     * An upper estimate of the nesting: open flow collections ({@code [ {}) outside quotes and comments, plus on each
     * line its indentation and the compact block entries ({@code - - -}) that open it.
     */
    static int depth(String text) {
        int deepest = 0;
        int flow = 0;
        char quote = 0;
        boolean lineStart = true;
        int lineDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
                lineDepth = 0;
                if (quote == '\'' && flow == 0) {
                    quote = 0; // a block scalar's apostrophe is no quote
                }
                continue;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (lineStart) {
                if (c == ' ') {
                    lineDepth++;
                    continue;
                }
                if ((c == '-' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    lineDepth += 2;
                    i++;
                    deepest = Math.max(deepest, lineDepth / 2 + flow);
                    continue;
                }
                lineStart = false;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '"' || (c == '\'' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))))) {
                quote = c;
            } else if (c == '[' || c == '{') {
                flow++;
                deepest = Math.max(deepest, lineDepth / 2 + flow);
            } else if ((c == ']' || c == '}') && flow > 0) {
                flow--;
            }
        }
        return deepest;
    }
}
