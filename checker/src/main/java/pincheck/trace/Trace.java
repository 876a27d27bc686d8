package pincheck.trace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.OptionalInt;
import pincheck.tla.out.TlaValue;

/**
 * An engine-neutral counterexample: the initial state, then the steps in order.
 * Every engine's raw trace becomes one of these; everything downstream reads only this.
 *
 * @param loop for a lasso (a liveness counterexample): the index of the state the behaviour
 *     returns to after the last one (0 is the initial state; the last index when it stutters
 *     there forever); empty for a finite trace
 * @param variables every state's variables as the engine printed them (TLC: each state's
 *     {@code /\ v = ...} lines, in printed order), initial state first; empty when the
 *     engine gives only the snapshots (Alloy)
 */
public record Trace(Snapshot initial, ImmutableList<Step> steps, OptionalInt loop,
                    ImmutableList<ImmutableMap<String, TlaValue>> variables) {

    public Trace {
        if (!variables.isEmpty() && variables.size() != steps.size() + 1) {
            throw new IllegalArgumentException(variables.size() + " variable states for " + (steps.size() + 1)
                    + " states");
        }
        if (loop.isPresent() && (loop.getAsInt() < 0 || loop.getAsInt() > steps.size())) {
            throw new IllegalArgumentException("loop back to state " + loop.getAsInt() + " of " + (steps.size() + 1));
        }
    }

    /** Build a finite trace from states, computing each step's changes. */
    public static Trace of(Snapshot initial, java.util.List<Event> events, java.util.List<Snapshot> states) {
        ImmutableList.Builder<Step> steps = ImmutableList.builder();
        Snapshot before = initial;
        for (int i = 0; i < states.size(); i++) {
            steps.add(new Step(i + 1, events.get(i), states.get(i), Changes.between(before, states.get(i),
                    events.get(i))));
            before = states.get(i);
        }
        return new Trace(initial, steps.build(), OptionalInt.empty(), ImmutableList.of());
    }

    /** The same trace as a lasso returning to state {@code index} (0-based) after its last. */
    public Trace withLoop(int index) {
        return new Trace(initial, steps, OptionalInt.of(index), variables);
    }

    /** The same trace with the engine's own values of every variable at every state. */
    public Trace withVariables(java.util.List<ImmutableMap<String, TlaValue>> vars) {
        return new Trace(initial, steps, loop, ImmutableList.copyOf(vars));
    }

    /** A lasso whose loop is its last state alone: the behaviour stops there and stutters forever. */
    public boolean stuttersAtEnd() { return loop.isPresent() && loop.getAsInt() == steps.size(); }

    public Snapshot last() { return steps.isEmpty() ? initial : steps.get(steps.size() - 1).after(); }
}
