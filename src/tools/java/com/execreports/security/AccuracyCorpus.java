package com.execreports.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The labelled corpus the scanner's accuracy is measured on: YAML lists of cases, each a text, the file name it
 * would have (for its syntax) and the rule ids a careful reader would report in it.
 *
 * <p>The corpus files hold no secret-shaped strings. A value is written as a token — {@code sk_live_[[fake:alnum:32]]}
 * — that expands to deterministic pseudo-random text seeded by the case id, so the texts look real, are the same on
 * every run, and are fake by construction. Tokens: {@code [[fake:KIND:N]]} or {@code [[fake:KIND:N#label]]} (the
 * same label gives the same value within a case); KIND is alnum, hex, upper (A-Z0-9), lower (a-z0-9), digits,
 * b64 (A-Za-z0-9+/), b64url (A-Za-z0-9_-), pass (letters, digits and symbols), pem (N lines of 64 base64
 * characters and a shorter last one, newline-separated) or pem-escaped (the same joined with a literal \n).
 * A case may name the {@code encoding} its file is saved in ({@code utf-16le-bom}, {@code utf-32be-bom} …): it is
 * then scanned as a stored object, as the service scans a bucket's files.
 */
final class AccuracyCorpus {

    /**
     * One labelled text. Its toString shows the id only: the text holds (fake) secrets.
     *
     * @param id       stable id, printed in reports instead of the text
     * @param file     the file name it would have, e.g. {@code config/settings.py}
     * @param text     the expanded text
     * @param expected rule ids expected, one per secret (a rule twice for two secrets)
     * @param planted  the fake values the text's tokens expanded to (so a test can check none is ever printed)
     * @param encoding how the file is saved, or null for text handed over as it is (a Lambda environment); an
     *                 encoded case is scanned as a stored object, through the scanner's encoding detection
     */
    record Case(String id, String file, String text, List<String> expected, List<String> planted, String encoding) {

        /** The file's bytes in its encoding, byte-order mark included where the encoding names one. */
        byte[] bytes() {
            Encoding e = ENCODINGS.get(encoding == null ? "utf-8" : encoding);
            byte[] body = text.getBytes(e.charset());
            byte[] out = new byte[e.bom().length + body.length];
            System.arraycopy(e.bom(), 0, out, 0, e.bom().length);
            System.arraycopy(body, 0, out, e.bom().length, body.length);
            return out;
        }

        @Override
        public String toString() {
            return "Case[" + id + "]";
        }
    }

    private record Encoding(java.nio.charset.Charset charset, byte[] bom) {
    }

    /** The encodings a case may be saved in: what Windows editors and PowerShell redirections write. */
    private static final Map<String, Encoding> ENCODINGS = Map.of(
            "utf-8", new Encoding(StandardCharsets.UTF_8, new byte[0]),
            "utf-8-bom", new Encoding(StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}),
            "utf-16le", new Encoding(StandardCharsets.UTF_16LE, new byte[0]),
            "utf-16le-bom", new Encoding(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xff, (byte) 0xfe}),
            "utf-16be", new Encoding(StandardCharsets.UTF_16BE, new byte[0]),
            "utf-16be-bom", new Encoding(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xfe, (byte) 0xff}),
            "utf-32le", new Encoding(java.nio.charset.Charset.forName("UTF-32LE"), new byte[0]),
            "utf-32le-bom", new Encoding(java.nio.charset.Charset.forName("UTF-32LE"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}),
            "utf-32be-bom", new Encoding(java.nio.charset.Charset.forName("UTF-32BE"), new byte[] {0, 0, (byte) 0xfe, (byte) 0xff}));

    private static final Pattern TOKEN = Pattern.compile("\\[\\[fake:([a-z0-9-]+):(\\d+)(?:#([\\w-]+))?]]");
    private static final Set<String> FIELDS = Set.of("id", "file", "text", "expected", "note", "encoding");

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Map<String, String> ALPHABETS = Map.of(
            "alnum", ALNUM,
            "hex", "0123456789abcdef",
            "upper", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            "lower", "abcdefghijklmnopqrstuvwxyz0123456789",
            "digits", "0123456789",
            "b64", ALNUM + "+/",
            "b64url", ALNUM + "_-",
            "pass", ALNUM + "!#%&*+-./:=?@^_~");

    private AccuracyCorpus() {
    }

    /** A corpus file, or every *.yaml file of a directory in name order. */
    static List<Case> load(Path path) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list corpus directory " + path, e);
            }
        } else {
            files = List.of(path);
        }
        List<Case> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            for (Case c : parse(read(f), f.getFileName().toString())) {
                if (!ids.add(c.id())) {
                    throw new IllegalArgumentException(f + ": case id '" + c.id() + "' is used twice");
                }
                cases.add(c);
            }
        }
        return cases;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + f, e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Case> parse(String yaml, String source) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(doc instanceof List)) {
            throw new IllegalArgumentException(source + ": a corpus file is a list of cases");
        }
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (Object o : (List<Object>) doc) {
            n++;
            if (!(o instanceof Map)) {
                throw new IllegalArgumentException(source + ": case " + n + " is not a mapping");
            }
            Map<String, Object> m = (Map<String, Object>) o;
            for (String k : m.keySet()) {
                if (!FIELDS.contains(k)) {
                    throw new IllegalArgumentException(source + ": case " + n + ": unknown field '" + k + "'");
                }
            }
            if (!(m.get("id") instanceof String id) || !(m.get("text") instanceof String text)
                    || !(m.get("expected") instanceof List<?> expected)) {
                throw new IllegalArgumentException(source + ": case " + n + " needs id, text and expected (a list)");
            }
            String file = m.get("file") == null ? null : m.get("file").toString();
            String encoding = m.get("encoding") == null ? null : m.get("encoding").toString();
            if (encoding != null && !ENCODINGS.containsKey(encoding)) {
                throw new IllegalArgumentException(source + ": case " + n + ": unknown encoding '" + encoding
                        + "' (known: " + ENCODINGS.keySet().stream().sorted().toList() + ")");
            }
            List<String> planted = new ArrayList<>();
            out.add(new Case(id, file, expand(id, text, planted), expected.stream().map(Object::toString).toList(),
                    List.copyOf(planted), encoding));
        }
        return out;
    }

    /** Replaces every fake token of a case's text with its deterministic value, adding each value to {@code planted}. */
    static String expand(String caseId, String text, List<String> planted) {
        Matcher m = TOKEN.matcher(text);
        Map<String, String> labelled = new HashMap<>();
        StringBuilder out = new StringBuilder();
        int index = 0;
        while (m.find()) {
            String kind = m.group(1);
            int n = Integer.parseInt(m.group(2));
            String label = m.group(3);
            String seedKey = label != null ? "label:" + label + ":" + kind + ":" + n : "token:" + index++;
            String value = label != null && labelled.containsKey(seedKey) ? labelled.get(seedKey)
                    : fake(kind, n, new SplittableRandom(seed(caseId + "/" + seedKey)), caseId);
            if (label != null) {
                labelled.put(seedKey, value);
            }
            planted.add(value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (out.indexOf("[[fake:") >= 0) {
            throw new IllegalArgumentException("case '" + caseId + "' has a malformed fake token");
        }
        return out.toString();
    }

    private static String fake(String kind, int n, SplittableRandom random, String caseId) {
        if (kind.equals("pem") || kind.equals("pem-escaped")) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(chars(ALPHABETS.get("b64"), 64, random));
            }
            lines.add(chars(ALPHABETS.get("b64"), 20 + random.nextInt(40), random) + "==");
            return String.join(kind.equals("pem") ? "\n" : "\\n", lines);
        }
        String alphabet = ALPHABETS.get(kind);
        if (alphabet == null) {
            throw new IllegalArgumentException("case '" + caseId + "': unknown fake kind '" + kind + "'");
        }
        return chars(alphabet, n, random);
    }

    private static String chars(String alphabet, int n, SplittableRandom random) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static long seed(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("exec-reports secret corpus/" + key)
                    .getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
