package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.execreports.model.Facts;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.PendingTransition;
import com.execreports.model.OrgFacts.Person;
import com.execreports.model.OrgFacts.PublicEndpoint;
import com.execreports.model.OrgFacts.Transition;
import com.execreports.sources.CsvRows;

import org.apache.commons.csv.CSVRecord;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the organisation register (people, roles, equity, transitions, handoff procedures; YAML) and the list of
 * public endpoints (CSV) into {@link OrgFacts}.
 *
 * <p>The register is composed into YAML nodes rather than loaded into plain maps so that every complaint can name
 * its line, and so that a value keeps the text it was written with ({@code 12.50} stays "12.50"). The register
 * is a hand-kept file of a few people; the YAML reader's own size limit bounds it. The endpoints list is
 * streamed. Business ids are lower-cased, as the domain files name them.
 */
public final class OrgRegisterTally implements ObjectTally {

    public static final String KIND = "s3-org-register";

    /** Access values that let anyone call an endpoint without credentials. */
    static final Set<String> OPEN_ACCESS = Set.of("ANYONE", "ANYONE_ANONYMOUS", "PUBLIC", "NONE");

    private final String domain;
    private final String source;
    private final String bucket;
    private final String registerKey;
    private final String endpointsKey;
    private final IssueSample issues = new IssueSample();

    private final NamedObjects files;
    private boolean registerRead;
    private boolean endpointsRead;
    private final List<Person> people = new ArrayList<>();
    private long handoffProcedures;
    private final List<PublicEndpoint> endpoints = new ArrayList<>();
    private DateWindow window = DateWindow.of(null);

    /** The dates a register may hold: those of the run ({@link DateWindow}). */
    OrgRegisterTally within(DateWindow window) {
        this.window = window;
        return this;
    }

    // each S3 tally stores its own parameters: the constructors look alike (EngineeringRegisterTally), the objects named differ
    public OrgRegisterTally(String domain, String source, String bucket, String registerKey, String endpointsKey) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.registerKey = registerKey;
        this.endpointsKey = endpointsKey;
        this.files = new NamedObjects(bucket, registerKey, endpointsKey);
    }

    @Override
    public void inventory(String key, long size) {
        files.listed(key);
    }

    /** The register and the endpoints list; one the listing lacks is recorded as not found. */
    @Override
    public List<String> objectsToRead() {
        return List.copyOf(files.toRead(issues));
    }

    @Override
    public void read(String key, InputStream content) throws IOException {
        if (key.equals(registerKey)) {
            register(content);
        } else if (key.equals(endpointsKey)) {
            endpoints(content);
        }
    }

    // ---------------------------------------------------------------- register (YAML)

    private void register(InputStream content) {
        String where = bucket + "/" + registerKey;
        Optional<Node> document;
        try {
            document = BoundedYaml.compose(where, content);
        } catch (BoundedYaml.Refused e) {
            issues.add(where, "not readable as YAML: " + e.getMessage());
            return;
        } catch (IOException e) {
            issues.add(where, "not readable: " + firstLine(e));
            return;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            issues.add(IssueText.at(where, line), "not valid YAML: " + e.getProblem());
            return;
        } catch (YamlEngineException | UncheckedIOException e) {
            issues.add(where, "not readable as YAML: " + firstLine(e));
            return;
        }
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            issues.add(IssueText.at(where, 1), "the register is not a mapping of people and handoff_procedures");
            return;
        }
        registerRead = true;
        Map<String, Node> fields = fields(root);
        Node peopleNode = fields.get("people");
        if (peopleNode instanceof SequenceNode list) {
            for (Node person : list.getValue()) {
                person(where, person);
            }
        } else if (peopleNode != null && !isNull(peopleNode)) {
            issues.add(at(where, peopleNode), "people is not a list");
        }
        Node handoff = fields.get("handoff_procedures");
        if (handoff instanceof SequenceNode list) {
            handoffProcedures = list.getValue().size();
        } else if (handoff != null && !isNull(handoff)) {
            issues.add(at(where, handoff), "handoff_procedures is not a list");
        }
    }

    private void person(String where, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            issues.add(at(where, node), "a person is not a mapping of name, role, businesses, ...");
            return;
        }
        Map<String, Node> f = fields(mapping);
        String name = text(f, "name");
        if (name == null) {
            issues.add(at(where, node), "a person without a name");
            return;
        }
        // read in the register's order, so the issues of one person read top to bottom
        String equity = percent(where, name, f.get("equity_percent"));
        String joined = date(where, name + ": joined", f.get("joined"), "left out");
        Transition transition = null;
        Node t = f.get("transition");
        if (t instanceof MappingNode tm) {
            Map<String, Node> tf = fields(tm);
            // a date nobody can read is no agreed date: the transition counts as undated, and the cell is named
            transition = new Transition(text(tf, "from_role"), text(tf, "to_role"),
                    date(where, name + ": transition effective_date", tf.get("effective_date"), "the transition counts as undated"));
        } else if (t != null && !isNull(t)) {
            issues.add(at(where, t), name + ": transition is not a mapping of from_role, to_role, effective_date");
        }
        people.add(new Person(name, text(f, "role"), businesses(where, name, f.get("businesses")), equity,
                isTrue(f.get("equity_documented")), joined, transition, text(f, "notes")));
    }

    private List<String> businesses(String where, String name, Node node) {
        List<String> ids = new ArrayList<>();
        if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                String id = text(item);
                if (id != null) {
                    ids.add(id.toLowerCase(Locale.ROOT));
                }
            }
        } else if (node instanceof ScalarNode) {
            String value = text(node);
            if (value != null) {
                for (String id : value.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } else if (node != null) {
            issues.add(at(where, node), name + ": businesses is not a list");
        }
        return List.copyOf(ids);
    }

    /** A yyyy-MM-dd date as written, or null: an unreadable one is named with what happens instead. */
    private String date(String where, String field, Node node, String instead) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            issues.add(at(where, node), field + " " + IssueText.quoted(value) + " is not a date (yyyy-MM-dd); " + instead);
            return null;
        }
        if (!window.contains(date)) {
            issues.add(at(where, node), field + " " + IssueText.quoted(value) + " is out of range (" + window.outside() + "); "
                    + instead);
            return null;
        }
        return value;
    }

    /** An equity share as written ("12.50"), or null: one that is not a percentage is named and left out. */
    private String percent(String where, String name, Node node) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            // read strictly and bounded: the share is kept as written, so it must be a number anyone reads one way
            StrictNumbers.within(value.endsWith("%") ? value.substring(0, value.length() - 1) : value, BigDecimal.ZERO,
                    BigDecimal.valueOf(100));
            return value;
        } catch (StrictNumbers.Refused e) {
            // named below, with what was written
        }
        issues.add(at(where, node), name + ": equity_percent " + IssueText.quoted(value) + " is not a percentage (0 to 100); left out");
        return null;
    }

    private static Map<String, Node> fields(MappingNode mapping) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.putIfAbsent(key.getValue().trim().toLowerCase(Locale.ROOT), tuple.getValueNode());
            }
        }
        return fields;
    }

    /** A field's scalar as written, trimmed and redacted: see {@link #text(Node, String)}. */
    private static String text(Map<String, Node> fields, String field) {
        return text(fields.get(field), field);
    }

    /** A scalar as written, trimmed; null for YAML null, a blank or a missing or non-scalar value. */
    private static String text(Node node) {
        return text(node, "value");
    }

    /**
     * The choke point of every value read from the register: trimmed, and a key pasted into it redacted with a
     * finding naming the file, line and field.
     */
    private static String text(Node node, String field) {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            return null;
        }
        String value = scalar.getValue().trim();
        if (value.isEmpty()) {
            return null;
        }
        return PastedSecrets.field(value, node.getStartMark().map(m -> m.getLine() + 1L).orElse(1L), field);
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }

    // only a YAML true (or a quoted "true"/"yes") documents equity: anything else is a gap to close
    private static boolean isTrue(Node node) {
        String value = text(node);
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }

    private static String at(String where, Node node) {
        return IssueText.at(where, node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(1));
    }

    // ---------------------------------------------------------------- public endpoints (CSV)

    private void endpoints(InputStream content) throws IOException {
        String where = bucket + "/" + endpointsKey;
        CsvRows.read(content, where, issues, rows -> endpointRows(where, rows));
    }

    private void endpointRows(String where, CsvRows rows) {
        int business = rows.column("business");
        int endpoint = rows.column("endpoint");
        int kind = rows.column("kind");
        int access = rows.column("access");
        int notes = rows.column("notes");
        if (business < 0 || endpoint < 0 || access < 0) {
            issues.add(IssueText.at(where, 1), "header lacks business, endpoint or access");
            return;
        }
        endpointsRead = true;
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            String at = IssueText.at(where, rows.line());
            if (row.size() != rows.width()) {
                issues.add(at, "has " + row.size() + " of " + rows.width() + " columns");
                continue;
            }
            String b = CsvRows.value(row, business).toLowerCase(Locale.ROOT);
            String e = CsvRows.value(row, endpoint);
            String a = CsvRows.value(row, access);
            if (b.isEmpty() || e.isEmpty() || a.isEmpty()) {
                issues.add(at, "business, endpoint and access are all required");
                continue;
            }
            endpoints.add(new PublicEndpoint(b, e, CsvRows.value(row, kind), a, CsvRows.value(row, notes)));
        }
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        List<String> undocumented = people.stream().filter(p -> !p.equityDocumented()).map(Person::name).toList();
        List<PendingTransition> undated = people.stream()
                .filter(p -> p.transition() != null && p.transition().effectiveDate() == null)
                .map(p -> new PendingTransition(p.name(), p.transition().fromRole(), p.transition().toRole())).toList();
        List<PublicEndpoint> open = endpoints.stream()
                .filter(e -> OPEN_ACCESS.contains(e.access().toUpperCase(Locale.ROOT))).toList();
        OrgFacts data = new OrgFacts(bucket, registerKey, endpointsKey, registerRead, endpointsRead, List.copyOf(people),
                undocumented, undated, handoffProcedures, List.copyOf(endpoints), open);
        return Facts.read(runId, domain, source, KIND, bucket, data, issues.kept(), issues.count());
    }

    private static String firstLine(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
