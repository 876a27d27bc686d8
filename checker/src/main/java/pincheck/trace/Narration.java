package pincheck.trace;

import com.google.common.collect.ImmutableList;
import java.util.function.Predicate;
import pincheck.design.Design;
import pincheck.design.Knob;

/**
 * A trace as the call sequence a kernel developer writes in a bug report: one
 * line per step (number, actor, call with arguments, source site, what changed).
 */
public final class Narration {
    private Narration() {}

    /** Every change the model records, and a lasso's last line. */
    public static ImmutableList<String> lines(Trace trace) {
        return lines(trace, c -> true);
    }

    /**
     * As a kernel developer reads it under design d: the bio's _normal/_gup end_io is told
     * only where the design has a split end_io (elsewhere the field selects nothing).
     */
    public static ImmutableList<String> lines(Trace trace, Design d) {
        return lines(trace, shown(d));
    }

    /** The changes worth telling under design d (see above); the diagrams use the same. */
    public static Predicate<String> shown(Design d) {
        boolean split = d.value(Knob.END_IO).equals("split");
        return c -> split || !c.matches("\\S+ end_io := _\\w+");
    }

    private static ImmutableList<String> lines(Trace trace, Predicate<String> shown) {
        int actorWidth = 3;
        int callWidth = 10;
        int siteWidth = 0;
        for (Step s : trace.steps()) {
            actorWidth = Math.max(actorWidth, s.event().actor().length());
            callWidth = Math.max(callWidth, s.event().callText().length());
            siteWidth = Math.max(siteWidth, s.event().site().isEmpty() ? 0 : s.event().siteText().length() + 2);
        }
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (Step s : trace.steps()) {
            out.add(line(s, actorWidth, callWidth, siteWidth, shown));
        }
        loopLine(trace).ifPresent(out::add);
        return out.build();
    }

    /** A lasso's end: the state it stays in, or the steps it repeats, forever. */
    public static java.util.Optional<String> loopLine(Trace trace) {
        if (trace.loop().isEmpty()) {
            return java.util.Optional.empty();
        }
        int n = trace.steps().size();
        int loop = trace.loop().getAsInt();
        String after = n == 0 ? "the initial state" : "step " + n;
        if (trace.stuttersAtEnd()) {
            return java.util.Optional.of("     forever: nothing more happens; the state after " + after + " repeats");
        }
        return java.util.Optional.of("     forever: steps " + (loop + 1) + " to " + n + " repeat (back to the state "
                + (loop == 0 ? "at the start" : "after step " + loop) + ")");
    }

    static String line(Step s, int actorWidth, int callWidth, int siteWidth, Predicate<String> shown) {
        Event e = s.event();
        StringBuilder b = new StringBuilder();
        b.append(String.format("%3d. %-" + actorWidth + "s  %-" + callWidth + "s", s.number(), e.actor(),
                e.callText()));
        if (siteWidth > 0) {
            b.append(String.format("  %-" + siteWidth + "s", e.site().isEmpty() ? "" : "@ " + e.siteText()));
        }
        ImmutableList.Builder<String> what = ImmutableList.builder();
        // an error return (-EFAULT, -ENOMEM) ends the call, after what it did; other notes say what it is
        boolean errorReturn = e.note().startsWith("-E");
        if (!e.note().isEmpty() && !errorReturn) {
            what.add(e.note());
        }
        s.changes().stream().filter(shown).forEach(what::add);
        if (errorReturn) {
            what.add(e.note());
        }
        String changes = String.join("; ", what.build());
        if (!changes.isEmpty()) {
            b.append("  -- ").append(changes);
        }
        return b.toString().stripTrailing();
    }
}
