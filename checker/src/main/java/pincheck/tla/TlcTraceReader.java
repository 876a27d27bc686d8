package pincheck.tla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pincheck.tla.out.TlaValue;
import pincheck.tla.out.TlcState;
import pincheck.trace.BioPage;
import pincheck.trace.BioState;
import pincheck.trace.Event;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Trace;

/**
 * Turns TLC's trace states into the engine-neutral Trace. The call of each step is
 * read from the model's event variable {@code ev}, never guessed from action names.
 */
public final class TlcTraceReader {
    private TlcTraceReader() {}

    /** A finite trace. @throws IllegalStateException when a state does not have the shape Pinning.tla gives it */
    public static Trace read(List<TlcState> states) {
        if (states.isEmpty()) {
            throw new IllegalStateException("TLC reported a violation without a trace");
        }
        Snapshot initial = snapshot(states.get(0));
        List<Event> events = new ArrayList<>();
        List<Snapshot> after = new ArrayList<>();
        for (TlcState s : states.subList(1, states.size())) {
            events.add(event(s.var("ev")));
            after.add(snapshot(s));
        }
        return Trace.of(initial, events, after)
                .withVariables(states.stream().map(TlcState::vars).toList());
    }

    /**
     * A liveness counterexample: TLC's "Back to state N" (1-based) or "N: Stuttering" (the
     * behaviour stays in state N-1 forever), given as {@code loopBackTo}, becomes the lasso's loop.
     */
    public static Trace readLasso(List<TlcState> states, java.util.OptionalInt loopBackTo) {
        Trace t = read(states);
        return loopBackTo.isPresent() ? t.withLoop(loopBackTo.getAsInt() - 1) : t;
    }

    static Snapshot snapshot(TlcState s) {
        ImmutableMap.Builder<String, PageState> pages = ImmutableMap.builder();
        asMap(s.var("page")).forEach((name, v) -> pages.put(name, new PageState(
                v.field("ref").asInt(), v.field("pin").asInt(), v.field("gupref").asInt(),
                v.field("mapped").asBool(), v.field("cache").asBool(), v.field("freed").asBool(),
                v.field("wrapped").asBool(), v.field("dirty").asBool(), v.field("writeback").asBool(),
                v.field("pins").asInt(), new PageState.Mm(v.field("gups").asInt(), v.field("ltpins").asInt(),
                        v.field("movable").asBool(), v.field("anonx").asBool(), v.field("wp").asBool(),
                        v.field("child").asBool()))));
        java.util.Set<String> queued = new java.util.HashSet<>();
        s.var("wq").elements().forEach(b -> queued.add(b.asString()));
        ImmutableMap.Builder<String, BioState> bios = ImmutableMap.builder();
        asMap(s.var("bio")).forEach((name, v) -> bios.put(name, new BioState(
                v.field("state").asString(),
                v.field("pages").elements().stream()
                        .map(e -> new BioPage(e.field("pg").asString(), e.field("how").asString(),
                                e.field("gup").asBool(), (int) e.field("off").asInt(), (int) e.field("len").asInt()))
                        .collect(ImmutableList.toImmutableList()),
                v.field("endio").asString(),
                v.field("flags").elements().stream().map(TlaValue::asString)
                        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo)),
                v.field("rq").asString(), queued.contains(name))));
        ImmutableMap.Builder<String, Long> pc = ImmutableMap.builder();
        asMap(s.var("pc")).forEach((name, v) -> pc.put(name, v.asInt()));
        ImmutableSortedSet<Harm> harms = s.var("bad").elements().stream()
                .map(h -> new Harm(h.field("harm").asString(), h.field("page").asString()))
                .collect(ImmutableSortedSet.toImmutableSortedSet(Harm::compareTo));
        return new Snapshot(pages.build(), bios.build(), pc.build(), harms);
    }

    static Event event(TlaValue ev) {
        return new Event(name(ev.field("actor")), ev.field("call").asString(),
                ev.field("args").elements().stream().map(TlcTraceReader::name).collect(ImmutableList.toImmutableList()),
                ev.field("site").asString(), ev.field("note").asString());
    }

    /** A scenario name: a string, or the model value a symmetry run made of it. */
    static String name(TlaValue v) {
        if (v instanceof TlaValue.TlaModelValue mv && mv.name().startsWith(SymmetryValues.PREFIX)) {
            return mv.name().substring(SymmetryValues.PREFIX.length());
        }
        return v.asString();
    }

    /**
     * A function with string domain: TLC prints it as a record when every key is an
     * identifier, as {@code ("k" :> v @@ ...)} otherwise, and as {@code <<>>} when empty.
     */
    static Map<String, TlaValue> asMap(TlaValue v) {
        Map<String, TlaValue> m = new LinkedHashMap<>();
        if (v instanceof TlaValue.TlaRecord r) {
            m.putAll(r.fields());
        } else if (v instanceof TlaValue.TlaFunction f) {
            f.mappings().forEach(x -> m.put(name(x.key()), x.value()));
        } else if (!(v instanceof TlaValue.TlaSeq seq && seq.elements().isEmpty())) {
            throw new IllegalStateException("expected a function of names, got " + v.toTla());
        }
        return m;
    }
}
