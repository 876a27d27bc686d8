package pincheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pincheck.tla.out.TlaValue;
import pincheck.trace.BioPage;
import pincheck.trace.BioState;
import pincheck.trace.Event;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/**
 * A trace in Apalache's Informal Trace Format (ITF, ADR-015): every variable of the model at
 * every state, as the engine printed it, each state's {@code #meta} naming the kernel call that
 * led to it, {@code loop} for a lasso. Records are objects, functions {@code #map}, sets
 * {@code #set}, sequences arrays, integers {@code #bigint} (as Apalache and Quint write them).
 * A trace without the engine's own values (Alloy's) is written from its snapshots, under the
 * names of Pinning.tla.
 */
public final class Itf {
    /** The variables a snapshot holds, named as in Pinning.tla (for traces without the engine's values). */
    static final List<String> SNAPSHOT_VARS = List.of("page", "bio", "wq", "pc", "bad", "ev");

    private Itf() {}

    public static String of(Trace trace, String source, String description) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", "ITF");
        meta.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
        meta.put("source", source);
        meta.put("description", description);
        List<Event> events = new ArrayList<>();
        events.add(Event.INIT);
        trace.steps().forEach(s -> events.add(s.event()));
        List<Object> states = new ArrayList<>();
        List<String> vars;
        if (trace.variables().isEmpty()) {
            vars = SNAPSHOT_VARS;
            states.add(state(0, Event.INIT, trace.initial()));
            for (Step s : trace.steps()) {
                states.add(state(s.number(), s.event(), s.after()));
            }
        } else {
            // the variables TLC printed, in its order: whatever the spec declares
            vars = List.copyOf(trace.variables().get(0).keySet());
            for (int i = 0; i < trace.variables().size(); i++) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("#meta", stateMeta(i, events.get(i)));
                for (Map.Entry<String, TlaValue> v : trace.variables().get(i).entrySet()) {
                    st.put(v.getKey(), value(v.getValue()));
                }
                states.add(st);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("#meta", meta);
        doc.put("vars", vars);
        trace.loop().ifPresent(l -> doc.put("loop", l));
        doc.put("states", states);
        return JsonFiles.write(doc);
    }

    private static Map<String, Object> stateMeta(int index, Event e) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("index", index);
        call(meta, e);
        return meta;
    }

    /** A TLA+ value as ITF writes it. A model value (a symmetry run's actor) is its name. */
    static Object value(TlaValue v) {
        if (v instanceof TlaValue.TlaInt i) {
            return integer(i.value());
        } else if (v instanceof TlaValue.TlaString str) {
            return str.value();
        } else if (v instanceof TlaValue.TlaBool bo) {
            return bo.value();
        } else if (v instanceof TlaValue.TlaModelValue mv) {
            return mv.name();
        } else if (v instanceof TlaValue.TlaSeq seq) {
            return seq.elements().stream().map(Itf::value).toList();
        } else if (v instanceof TlaValue.TlaSet set) {
            return Map.of("#set", set.elements().stream().map(Itf::value).toList());
        } else if (v instanceof TlaValue.TlaRecord r) {
            Map<String, Object> m = new LinkedHashMap<>();
            r.fields().forEach((k, x) -> m.put(k, value(x)));
            return m;
        } else if (v instanceof TlaValue.TlaFunction f) {
            return Map.of("#map", f.mappings().stream().map(m -> List.of(value(m.key()), value(m.value()))).toList());
        }
        throw new IllegalArgumentException("no ITF form for " + v.toTla());
    }

    private static Map<String, Object> state(int index, Event e, Snapshot s) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("#meta", stateMeta(index, e));
        List<List<Object>> pages = new ArrayList<>();
        s.pages().forEach((name, p) -> pages.add(List.of(name, page(p))));
        st.put("page", Map.of("#map", pages));
        List<List<Object>> bios = new ArrayList<>();
        s.bios().forEach((name, b) -> bios.add(List.of(name, bio(b))));
        st.put("bio", Map.of("#map", bios));
        st.put("wq", Map.of("#set", s.bios().entrySet().stream().filter(b -> b.getValue().queued())
                .map(Map.Entry::getKey).toList()));
        List<List<Object>> pc = new ArrayList<>();
        s.pc().forEach((actor, n) -> pc.add(List.of(actor, integer(n))));
        st.put("pc", Map.of("#map", pc));
        st.put("bad", Map.of("#set", s.harms().stream().map(Itf::harm).toList()));
        st.put("ev", event(e));
        return st;
    }

    private static Map<String, Object> page(PageState p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", integer(p.ref()));
        m.put("pin", integer(p.pin()));
        m.put("gupref", integer(p.gupref()));
        m.put("mapped", p.mapped());
        m.put("cache", p.cache());
        m.put("freed", p.freed());
        m.put("wrapped", p.wrapped());
        m.put("dirty", p.dirty());
        m.put("writeback", p.writeback());
        return m;
    }

    private static Map<String, Object> bio(BioState b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", b.state());
        m.put("pages", b.pages().stream().map(Itf::bioPage).toList());
        m.put("endio", b.endio());
        m.put("flags", Map.of("#set", b.flags().asList()));
        m.put("rq", b.rq());
        return m;
    }

    private static Map<String, Object> bioPage(BioPage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pg", p.page());
        m.put("how", p.how());
        return m;
    }

    private static Map<String, Object> harm(Harm h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("harm", h.kind());
        m.put("page", h.page());
        return m;
    }

    private static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        call(m, e);
        m.put("note", e.note());
        return m;
    }

    private static void call(Map<String, Object> m, Event e) {
        m.put("actor", e.actor());
        m.put("call", e.call());
        m.put("args", e.args());
        m.put("site", e.site());
    }

    /** Every integer as {@code {"#bigint": "-2"}}: ITF readers (Apalache, Quint, itf-rs) expect that form. */
    static Object integer(long n) {
        return Map.of("#bigint", Long.toString(n));
    }
}
