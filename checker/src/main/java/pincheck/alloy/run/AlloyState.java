package pincheck.alloy.run;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * The value of every user signature, every field, and every expression the request asked
 * for, at one state of a trace. Keys: a signature by its name ({@code Page}, {@code U0}),
 * a field by its name ({@code ref}; fields of the same name in several signatures are
 * united, as the bare name means in Alloy), an expression by its text ({@code Ev.call}).
 */
public record AlloyState(int index, ImmutableMap<String, ImmutableSet<AlloyTuple>> relations)
        implements java.io.Serializable {

    /** The tuples of a relation; an unknown name is a caller's bug, so it throws. */
    public ImmutableSet<AlloyTuple> tuples(String relation) {
        ImmutableSet<AlloyTuple> t = relations.get(relation);
        if (t == null) {
            throw new IllegalArgumentException("no relation " + relation + " at state " + index
                    + "; known: " + relations.keySet());
        }
        return t;
    }

    /** {@code atom.field}: the tuples of {@code field} that start with {@code atom}, that atom dropped. */
    public ImmutableSet<AlloyTuple> join(String atom, String field) {
        return tuples(field).stream().filter(t -> t.arity() > 1 && t.first().equals(atom))
                .map(AlloyTuple::rest).collect(ImmutableSet.toImmutableSet());
    }

    /** {@code atom.field} when it is exactly one tuple, e.g. the {@code ref} of {@code U0}: {@code "2"}. */
    public Optional<String> value(String atom, String field) {
        return sole(join(atom, field));
    }

    /** The relation's value when it is exactly one tuple, e.g. a {@code one} or {@code lone} var sig. */
    public Optional<String> single(String relation) {
        return sole(tuples(relation));
    }

    /** The atoms of a unary relation (a signature), in Alloy's order. */
    public ImmutableSet<String> atoms(String sig) {
        return tuples(sig).stream().map(AlloyTuple::toString).collect(ImmutableSet.toImmutableSet());
    }

    private static Optional<String> sole(ImmutableSet<AlloyTuple> tuples) {
        return tuples.size() == 1 ? Optional.of(tuples.iterator().next().toString()) : Optional.empty();
    }
}
