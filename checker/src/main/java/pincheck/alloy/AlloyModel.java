package pincheck.alloy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.stream.Collectors;
import pincheck.property.Property;

/**
 * A generated Alloy model for the given properties: the root MC.als (the unrolled programs, no
 * check yet), the module Scenario.als it and Pinning.als open, and the hand-written modules,
 * with a default bound of {@code steps} states and the Int width its tables were written for.
 */
public record AlloyModel(String root, String scenario, AlloySpec spec, ImmutableList<Property> properties,
                         int steps, int intBits) {
    /** The label of a generated assertion and its check. */
    public static final String CHECK = "Open";
    /** The root module's file, as the TLA+ glue's is MC.tla. */
    public static final String ROOT = "MC.als";
    /** The generated module of the scenario's objects, tables and knobs. */
    public static final String SCENARIO = "Scenario.als";

    /** The modules the root opens, by file name, to be written beside it. */
    public ImmutableMap<String, String> opened() {
        return ImmutableMap.<String, String>builder().put(SCENARIO, scenario).putAll(spec.files()).buildOrThrow();
    }

    /** The two generated files of a violation's folder: MC.als with its check, and Scenario.als. */
    public ImmutableMap<String, String> generated(String rootWithCheck) {
        return ImmutableMap.of(ROOT, rootWithCheck, SCENARIO, scenario);
    }

    /**
     * The root with one assertion, "always" the conjunction of the invariants (and
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
        return assertion(fact + "assert " + CHECK + " { always (" + all + ") }\n", states);
    }

    /** The root with {@code assertion} (an assert named CHECK, and any facts before it) and its check. */
    public String assertion(String assertion, int states) {
        return root + assertion + "check " + CHECK + " for 1 but " + intBits + " Int, " + states + ".." + states
                + " steps\n";
    }
}
