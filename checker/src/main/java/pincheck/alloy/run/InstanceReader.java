package pincheck.alloy.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.ast.ExprVar;
import edu.mit.csail.sdg.ast.Sig;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4Tuple;
import edu.mit.csail.sdg.translator.A4TupleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a satisfiable A4Solution state by state into an {@link AlloyTrace}. */
final class InstanceReader {
    private InstanceReader() {}

    /** Every user signature and field at every state, plus {@code expressions} by their text. */
    static AlloyTrace read(A4Solution sol, ImmutableMap<String, Expr> expressions) throws Err {
        List<String> labels = new ArrayList<>();
        for (ExprVar atom : sol.getAllAtoms()) {
            labels.add(atom.label);
        }
        AtomNames names = AtomNames.of(labels);
        ImmutableList.Builder<AlloyState> states = ImmutableList.builder();
        for (int i = 0; i < sol.getTraceLength(); i++) {
            states.add(state(sol, i, names, expressions));
        }
        return new AlloyTrace(states.build(), sol.getLoopState());
    }

    private static AlloyState state(A4Solution sol, int i, AtomNames names, ImmutableMap<String, Expr> exprs)
            throws Err {
        Map<String, Set<AlloyTuple>> rel = new LinkedHashMap<>();
        ImmutableMultiset.Builder<String> labels = ImmutableMultiset.builder();
        for (Sig sig : sol.getAllReachableSigs()) {
            labels.add(bare(sig.label));
        }
        ImmutableMultiset<String> bare = labels.build();
        for (Sig sig : sol.getAllReachableSigs()) {
            if (sig.builtin) {
                continue;
            }
            String name = bare.count(bare(sig.label)) == 1 ? bare(sig.label) : sigName(sig);
            add(rel, name, tuples(sol.eval(sig, i), names));
            for (Sig.Field f : sig.getFields()) {
                add(rel, f.label, tuples(sol.eval(f, i), names));
            }
        }
        for (Map.Entry<String, Expr> e : exprs.entrySet()) {
            add(rel, e.getKey(), value(sol.eval(e.getValue(), i), names));
        }
        ImmutableMap.Builder<String, ImmutableSet<AlloyTuple>> out = ImmutableMap.builder();
        rel.forEach((k, v) -> out.put(k, ImmutableSet.copyOf(v)));
        return new AlloyState(i, out.build());
    }

    // fields of the same name in two signatures are united, as the bare name means in Alloy
    private static void add(Map<String, Set<AlloyTuple>> rel, String key, ImmutableSet<AlloyTuple> tuples) {
        rel.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(tuples);
    }

    /** {@code this/Page -> Page}; signatures of opened modules keep their module prefix. */
    static String sigName(Sig sig) {
        return sig.label.startsWith("this/") ? sig.label.substring("this/".length()) : sig.label;
    }

    /** {@code Objects/Page -> Page}: how a signature is read when no other has its name. */
    private static String bare(String label) {
        return label.substring(label.lastIndexOf('/') + 1);
    }

    /** A relation's tuples; an integer or a formula's value as one unary tuple ({@code 3}, {@code true}). */
    private static ImmutableSet<AlloyTuple> value(Object v, AtomNames names) {
        if (v instanceof A4TupleSet ts) {
            return tuples(ts, names);
        }
        return ImmutableSet.of(AlloyTuple.of(String.valueOf(v)));
    }

    private static ImmutableSet<AlloyTuple> tuples(A4TupleSet ts, AtomNames names) {
        ImmutableSet.Builder<AlloyTuple> out = ImmutableSet.builder();
        for (A4Tuple t : ts) {
            ImmutableList.Builder<String> atoms = ImmutableList.builder();
            for (int k = 0; k < t.arity(); k++) {
                atoms.add(names.apply(t.atom(k)));
            }
            out.add(new AlloyTuple(atoms.build()));
        }
        return out.build();
    }
}
