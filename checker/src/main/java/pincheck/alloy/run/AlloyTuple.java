package pincheck.alloy.run;

import com.google.common.collect.ImmutableList;

/** One tuple of a relation, its atoms already given readable names ({@code U0}, not {@code U0$0}). */
public record AlloyTuple(ImmutableList<String> atoms) implements java.io.Serializable {

    public static AlloyTuple of(String... atoms) {
        return new AlloyTuple(ImmutableList.copyOf(atoms));
    }

    public int arity() {
        return atoms.size();
    }

    public String first() {
        return atoms.get(0);
    }

    /** The tuple without its first atom: what {@code first.r} yields for this tuple. */
    public AlloyTuple rest() {
        return new AlloyTuple(atoms.subList(1, atoms.size()));
    }

    /** As Alloy prints it: {@code U0->2}. */
    @Override
    public String toString() {
        return String.join("->", atoms);
    }
}
