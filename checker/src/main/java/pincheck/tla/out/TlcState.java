package pincheck.tla.out;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * One state of a TLC trace.
 *
 * @param number 1-based position in the trace, as TLC numbers it
 * @param action the action that led here ({@code "Inc"}), or {@value #INITIAL} for state 1
 * @param location where TLC says the action is ({@code "line 6, col 8 to line 6, col 83 of module M"})
 * @param vars variable values in printed order
 */
public record TlcState(int number, String action, Optional<String> location, ImmutableMap<String, TlaValue> vars) {
    public static final String INITIAL = "Initial predicate";

    public TlcState {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(location, "location");
        vars = ImmutableMap.copyOf(vars);
    }

    public TlaValue var(String name) {
        TlaValue v = vars.get(name);
        if (v == null) {
            throw new IllegalStateException("state " + number + " has no variable '" + name + "'; variables: " + vars.keySet());
        }
        return v;
    }
}
