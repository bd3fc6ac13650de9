package com.execreports.sources;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.execreports.model.Facts;
import com.execreports.model.SourceData;

/**
 * The net under the readers: before a source's facts leave it, every text in them — values, map keys (a channel
 * name), list items, data-quality samples — passes the secret rules once more, and a secret still there is replaced
 * by its redacted form and reported, named by the source's resource and the field's path in the facts
 * ({@code channels.bookingsByChannel key}). The readers name a pasted secret far better (file, line, column), so
 * this finds only what a reader did not redact: text that comes from an API or a page rather than a cell. Data
 * values are short and most are numbers, so the walk costs little; records are rebuilt only where a value changed.
 */
final class FactsRedaction {

    private FactsRedaction() {
    }

    static Facts redact(Facts facts, PastedSecrets sink) {
        Walk walk = new Walk(sink, facts.resource() == null ? facts.name() : facts.resource());
        SourceData data = facts.data() == null ? null : (SourceData) walk.value(facts.data(), facts.source());
        @SuppressWarnings("unchecked")
        List<com.execreports.model.DataIssue> issues = (List<com.execreports.model.DataIssue>) walk.value(facts.issues(), "issues");
        String error = walk.text(facts.error(), "error");
        if (data == facts.data() && issues == facts.issues() && error == facts.error()) {
            return facts;
        }
        return new Facts(facts.runId(), facts.domain(), facts.source(), facts.kind(), facts.resource(), facts.status(),
                data, error, issues, facts.unreadable(), facts.pastedSecrets(), facts.stopped(), facts.asOf());
    }

    private record Walk(PastedSecrets sink, String resource) {

        String text(String s, String path) {
            return s == null ? null : sink.redact(s, resource, null, 0, path);
        }

        Object value(Object o, String path) {
            if (o == null) {
                return null;
            }
            if (o instanceof String s) {
                return text(s, path);
            }
            if (o instanceof Map<?, ?> m) {
                return map(m, path);
            }
            if (o instanceof Collection<?> c) {
                return collection(c, path);
            }
            if (o instanceof Record r) {
                return record(r, path);
            }
            return o; // numbers, dates, enums: nothing a person typed
        }

        private Object map(Map<?, ?> m, String path) {
            boolean changed = false;
            List<Object[]> entries = new ArrayList<>(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object k = value(e.getKey(), path + " key");
                Object v = value(e.getValue(), path + "[" + (k instanceof String ? k : "") + "]");
                changed |= k != e.getKey() || v != e.getValue();
                entries.add(new Object[] {k, v});
            }
            if (!changed) {
                return m;
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<Object, Object> out = m instanceof SortedMap<?, ?> sorted
                    ? new TreeMap<>((java.util.Comparator) sorted.comparator()) : new LinkedHashMap<>();
            entries.forEach(e -> out.put(e[0], e[1]));
            return m instanceof SortedMap<?, ?> ? Collections.unmodifiableSortedMap((SortedMap<Object, Object>) out)
                    : Collections.unmodifiableMap(out);
        }

        private Object collection(Collection<?> c, String path) {
            boolean changed = false;
            List<Object> items = new ArrayList<>(c.size());
            int i = 0;
            for (Object item : c) {
                Object v = value(item, path + "[" + i++ + "]");
                changed |= v != item;
                items.add(v);
            }
            if (!changed) {
                return c;
            }
            if (c instanceof SortedSet<?> sorted) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                SortedSet<Object> out = new TreeSet<>((java.util.Comparator) sorted.comparator());
                out.addAll(items);
                return Collections.unmodifiableSortedSet(out);
            }
            if (c instanceof Set<?>) {
                return Collections.unmodifiableSet(new LinkedHashSet<>(items));
            }
            return Collections.unmodifiableList(items);
        }

        private Object record(Record r, String path) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            boolean changed = false;
            try {
                for (int i = 0; i < components.length; i++) {
                    java.lang.reflect.Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    Object before = accessor.invoke(r);
                    values[i] = value(before, path + "." + components[i].getName());
                    changed |= values[i] != before;
                }
                if (!changed) {
                    return r;
                }
                Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new IllegalStateException("cannot redact " + r.getClass().getSimpleName() + " at " + path + ": " + cause, cause);
            }
        }
    }
}
