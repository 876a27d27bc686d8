package pincheck.alloy.run;

import com.google.common.collect.ImmutableList;

/**
 * An Alloy counterexample: a lasso of states 0..length-1 whose last state steps back to
 * {@code loopState} (Alloy 6 traces are infinite; a safety violation shows in the prefix).
 * A non-temporal command gives one state that loops to itself.
 */
public record AlloyTrace(ImmutableList<AlloyState> states, int loopState) implements java.io.Serializable {

    public AlloyTrace {
        if (states.isEmpty() || loopState < 0 || loopState >= states.size()) {
            throw new IllegalArgumentException("loop state " + loopState + " of " + states.size());
        }
    }

    public int length() {
        return states.size();
    }

    public AlloyState state(int i) {
        return states.get(i);
    }

    /** The state after {@code i}: the next one, or the loop state after the last. */
    public int successor(int i) {
        return i + 1 < states.size() ? i + 1 : loopState;
    }
}
