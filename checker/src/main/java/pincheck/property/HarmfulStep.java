package pincheck.property;

import java.util.List;
import java.util.Map;
import pincheck.design.Scaling;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/**
 * The step the diagrams mark: where the property's harm first happens; for a leak (a page
 * left off its owners' count), the last step that changed such a page's count, which is where
 * the reference was lost or taken for good; else the violating (last) step.
 */
public final class HarmfulStep {
    private HarmfulStep() {}

    /** A step number, 1-based; 0 for a trace without steps (the initial state violates). */
    public static int of(Property p, Trace trace, Map<String, PageFacts> facts, Scaling s) {
        if (p.harm().isPresent()) {
            return firstNew(trace, h -> h.kind().equals(p.harm().get()));
        }
        if (p == Property.DETECTABLE) {
            int silent = firstNew(trace, h -> Explanation.HARMS.contains(h.kind()));
            if (silent < trace.steps().size()) {
                return silent;
            }
        }
        if (p == Property.BALANCED_WHEN_QUIET || p == Property.EVENTUALLY_QUIET || p == Property.DETECTABLE) {
            List<String> leaked = Explanation.unbalanced(trace.last(), facts, s);
            for (int i = trace.steps().size() - 1; i >= 0; i--) {
                Step st = trace.steps().get(i);
                Snapshot before = i == 0 ? trace.initial() : trace.steps().get(i - 1).after();
                for (String page : leaked) {
                    if (countChanged(before.pages().get(page), st.after().pages().get(page))) {
                        return st.number();
                    }
                }
            }
        }
        return trace.steps().size();
    }

    private static int firstNew(Trace trace, java.util.function.Predicate<Harm> wanted) {
        Snapshot before = trace.initial();
        for (Step st : trace.steps()) {
            for (Harm h : st.after().harms()) {
                if (wanted.test(h) && !before.harms().contains(h)) {
                    return st.number();
                }
            }
            before = st.after();
        }
        return trace.steps().size();
    }

    private static boolean countChanged(PageState a, PageState b) {
        return a != null && b != null && (a.ref() != b.ref() || a.pin() != b.pin() || a.gupref() != b.gupref());
    }
}
