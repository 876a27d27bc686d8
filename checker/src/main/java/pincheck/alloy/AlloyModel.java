package pincheck.alloy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import pincheck.property.Property;

/**
 * A generated Alloy module (Pinning.als with the scenario's glue appended, no commands yet)
 * for the given properties, with a default bound of {@code steps} states and the Int width
 * its tables were written for.
 */
public record AlloyModel(String module, ImmutableList<Property> properties, int steps, int intBits) {
    /** The label of a generated assertion and its check. */
    public static final String CHECK = "Open";

    /**
     * The module with one assertion, "always" the conjunction of the invariants (and
     * TypeOK), checked on traces of exactly {@code states} states. A trace is a lasso the
     * idle step can pad, so exactly {@code states} covers every shorter behaviour too, and
     * one length is one translation (Alloy's 1..N would translate N times).
     */
    public String check(List<String> invariants, int states) {
        return check(invariants, states, "");
    }

    /** The same, the instance constrained by {@code fact} (a replayed trace). */
    public String check(List<String> invariants, int states, String fact) {
        String all = invariants.stream().collect(Collectors.joining(" and ", "TypeOKInv and ", ""));
        return module + fact + "assert " + CHECK + " { always (" + all + ") }\n"
                + "check " + CHECK + " for 1 but " + intBits + " Int, " + states + ".." + states + " steps\n";
    }
}
