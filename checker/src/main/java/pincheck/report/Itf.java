package pincheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pincheck.trace.BioPage;
import pincheck.trace.BioState;
import pincheck.trace.Event;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/**
 * A trace in Apalache's Informal Trace Format (ITF): the variables of Pinning.tla at
 * every state, each state's {@code #meta} naming the kernel call that led to it.
 * Functions are {@code #map}, sets {@code #set}, sequences JSON arrays, records objects.
 */
public final class Itf {
    /** The variables, named as in Pinning.tla. */
    static final List<String> VARS = List.of("page", "bio", "wq", "pc", "bad", "ev");

    /** Integers beyond this are not exact in every JSON reader: ITF writes them as #bigint. */
    private static final long JSON_SAFE = (1L << 53) - 1;

    private Itf() {}

    public static String of(Trace trace, String source, String description) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", "ITF");
        meta.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
        meta.put("source", source);
        meta.put("description", description);
        List<Object> states = new ArrayList<>();
        states.add(state(0, Event.INIT, trace.initial()));
        for (Step s : trace.steps()) {
            states.add(state(s.number(), s.event(), s.after()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("#meta", meta);
        doc.put("vars", VARS);
        doc.put("states", states);
        return JsonFiles.write(doc);
    }

    private static Map<String, Object> state(int index, Event e, Snapshot s) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("index", index);
        call(meta, e);
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("#meta", meta);
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

    static Object integer(long n) {
        return n >= -JSON_SAFE && n <= JSON_SAFE ? (Object) n : Map.of("#bigint", Long.toString(n));
    }
}
