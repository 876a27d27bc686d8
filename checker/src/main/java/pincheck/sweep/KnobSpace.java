package pincheck.sweep;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pincheck.design.Design;
import pincheck.design.Knob;
import pincheck.scenario.Actor;
import pincheck.scenario.BioDecl;
import pincheck.scenario.BioRelease;
import pincheck.scenario.Call;
import pincheck.scenario.Op;
import pincheck.scenario.PageKind;
import pincheck.scenario.Scenario;

/**
 * The knobs that can change what a scenario does, each with every value; the rest
 * stay at a base design's values because the scenario never reaches the code they
 * choose. WARN is instrumentation (it changes only which WARNs fire), so the sweep
 * leaves it at none and the claims study it.
 */
public record KnobSpace(ImmutableList<Knob> knobs, Design base) {

    public static KnobSpace of(Scenario scenario, Design base) {
        // The calls the base design's kernel runs: the other kernels' lines reach no knob.
        Scenario s = scenario.forKernel(base.kernel());
        List<Knob> out = new ArrayList<>();
        boolean gup = s.iters().stream().anyMatch(i -> i.kind().userBacked());
        boolean zero = s.pages().stream().anyMatch(p -> p.kind() == PageKind.ZERO);
        if (gup) {
            out.add(Knob.PIN_ACCOUNTING);
        }
        if (zero) {
            out.add(Knob.ZERO_PAGE);
            out.add(Knob.ZERO_PIN);
        }
        if (s.bios().stream().anyMatch(b -> b.release() != BioRelease.NO_RELEASE) || uses(s, Op.BIO_RELEASE_PAGES)) {
            out.add(Knob.END_IO);
        }
        if (uses(s, Op.PUT_PAGE)) {
            out.add(Knob.RELEASE);
        }
        if (gup && (uses(s, Op.IOV_ITER_GET_PAGES) || uses(s, Op.IOV_ITER_GET_PAGES_ALLOC)
                || uses(s, Op.IOV_ITER_GET_PAGES2) || uses(s, Op.IOV_ITER_GET_PAGES_ALLOC2)
                || uses(s, Op.BIO_IOV_ITER_GET_PAGES))) {
            out.add(Knob.GET_PAGES);
        }
        if (gup) {
            out.add(Knob.OVERFLOW_CHECK);
        }
        if (uses(s, Op.BIO_ADD_PAGE) || uses(s, Op.BIO_IOV_ITER_GET_PAGES)) {
            out.add(Knob.FILL_RULE);
        }
        if (s.bios().stream().map(BioDecl::op).distinct().count() < s.bios().size()) {
            out.add(Knob.MERGE);
        }
        if (uses(s, Op.PAGE_MKCLEAN)) {
            out.add(Knob.WRITEBACK);
        }
        return new KnobSpace(ImmutableList.copyOf(out), base);
    }

    private static boolean uses(Scenario s, Op op) {
        return s.actors().stream().map(Actor::calls).flatMap(List::stream).map(Call::op).anyMatch(o -> o == op);
    }

    /** Every combination, the first knob varying slowest, as designs named by their values. */
    public ImmutableList<Design> designs() {
        List<Map<Knob, String>> combos = new ArrayList<>();
        combos.add(new EnumMap<>(base.values()));
        for (Knob k : knobs) {
            List<Map<Knob, String>> next = new ArrayList<>();
            for (Map<Knob, String> c : combos) {
                for (String v : k.choices()) {
                    Map<Knob, String> m = new EnumMap<>(c);
                    m.put(k, v);
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos.stream().map(m -> new Design(name(m), base.kernel(), ImmutableMap.copyOf(m))).collect(ImmutableList.toImmutableList());
    }

    private String name(Map<Knob, String> m) {
        return String.join(" ", knobs.stream().map(k -> k.key() + "=" + m.get(k)).toList());
    }

    public int size() {
        return knobs.stream().mapToInt(k -> k.choices().size()).reduce(1, (a, b) -> a * b);
    }
}
