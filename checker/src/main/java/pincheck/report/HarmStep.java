package pincheck.report;

import pincheck.property.Property;
import pincheck.trace.Harm;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/** The step the diagrams highlight: where the property's harm first happens, else the violating (last) step. */
final class HarmStep {
    private HarmStep() {}

    /** A step number, 1-based; 0 for a trace without steps (the initial state violates). */
    static int of(Property p, Trace trace) {
        Snapshot before = trace.initial();
        for (Step s : trace.steps()) {
            for (Harm h : s.after().harms()) {
                if (p.harm().map(h.kind()::equals).orElse(false) && !before.harms().contains(h)) {
                    return s.number();
                }
            }
            before = s.after();
        }
        return trace.steps().size();
    }
}
