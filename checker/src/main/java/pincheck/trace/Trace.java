package pincheck.trace;

import com.google.common.collect.ImmutableList;

/**
 * An engine-neutral counterexample: the initial state, then the steps in order.
 * Every engine's raw trace becomes one of these; everything downstream reads only this.
 */
public record Trace(Snapshot initial, ImmutableList<Step> steps) {

    /** Build a trace from states, computing each step's changes. */
    public static Trace of(Snapshot initial, java.util.List<Event> events, java.util.List<Snapshot> states) {
        ImmutableList.Builder<Step> steps = ImmutableList.builder();
        Snapshot before = initial;
        for (int i = 0; i < states.size(); i++) {
            steps.add(new Step(i + 1, events.get(i), states.get(i), Changes.between(before, states.get(i))));
            before = states.get(i);
        }
        return new Trace(initial, steps.build());
    }

    public Snapshot last() { return steps.isEmpty() ? initial : steps.get(steps.size() - 1).after(); }
}
