package pincheck.alloy.run;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Iterables;
import java.util.function.UnaryOperator;

/**
 * Readable atom names. Alloy names atoms {@code Sig$k}; where a signature has one atom in
 * the universe (a {@code one sig U0} for each scenario object) the atom is given the
 * signature's name back, {@code U0$0 -> U0}, so names round-trip from scenario to trace; a
 * signature of an opened module loses the module's name ({@code Scenario/U0$0 -> U0}).
 * Atoms of signatures with several atoms keep {@code Page$1}; integers stay as numbers.
 */
final class AtomNames implements UnaryOperator<String> {
    private final ImmutableMap<String, String> renamed;

    private AtomNames(ImmutableMap<String, String> renamed) {
        this.renamed = renamed;
    }

    /** Names for a universe, given as Alloy's atom labels. */
    static AtomNames of(Iterable<String> atoms) {
        ImmutableMultiset<String> bares = counts(atoms, AtomNames::bare);
        ImmutableMultiset<String> prefixes = counts(atoms, a -> prefix(bare(a)));
        ImmutableMultiset<String> full = counts(atoms, AtomNames::prefix);
        ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
        for (String atom : atoms) {
            String b = bare(atom);
            String p = prefix(b);
            // a shorter name only where no other atom gets it: A/X$0 and B/X$0 keep their modules
            if (!p.equals(b) && prefixes.count(p) == 1) {
                out.put(atom, p);
            } else if (!b.equals(atom) && bares.count(b) == 1) {
                out.put(atom, b);
            } else if (!prefix(atom).equals(atom) && full.count(prefix(atom)) == 1) {
                out.put(atom, prefix(atom));
            }
        }
        return new AtomNames(out.buildKeepingLast());
    }

    /** How many atoms each shortening gives a name. */
    private static ImmutableMultiset<String> counts(Iterable<String> atoms, UnaryOperator<String> shorten) {
        return ImmutableMultiset.copyOf(Iterables.transform(atoms, shorten::apply));
    }

    /** {@code Scenario/U0$0 -> U0$0}: an atom of a sig in an opened module, without the module's name. */
    private static String bare(String atom) {
        int slash = atom.lastIndexOf('/');
        return atom.startsWith("\"") || slash < 0 ? atom : atom.substring(slash + 1);
    }

    @Override
    public String apply(String atom) {
        return renamed.getOrDefault(atom, atom);
    }

    /** {@code U0$0 -> U0}; atoms without {@code $k} (integers, strings) are their own prefix. */
    private static String prefix(String atom) {
        int dollar = atom.lastIndexOf('$');
        if (dollar <= 0 || dollar == atom.length() - 1) {
            return atom;
        }
        for (int i = dollar + 1; i < atom.length(); i++) {
            if (!Character.isDigit(atom.charAt(i))) {
                return atom;
            }
        }
        return atom.substring(0, dollar);
    }
}
