package pincheck.alloy;

import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import pincheck.scenario.Actor;
import pincheck.scenario.ArgKind;
import pincheck.scenario.Op;

/**
 * Scenario names as Alloy signatures. Every page, iterator, bio and actor becomes {@code o_NAME},
 * an actor's i-th call {@code L<i>_ACTOR} and the k-th reference it takes {@code T<i>_<k>_ACTOR},
 * so no name a scenario may use (sig, pred, univ,
 * Int, steps, done, Page ...) is an Alloy keyword or a name of Pinning.als; traces read back
 * drop the prefix.
 */
final class AlloyNames {
    static final String OBJECT = "o_";
    /** The contexts Pinning.als declares itself; actors of the scenario never have these names. */
    static final ImmutableSet<String> BUILT_IN = ImmutableSet.of("irq", "workqueue", "block");
    /** What Pinning.als must not declare, so the glue's names stay its own. */
    private static final Pattern GLUE = Pattern.compile("\\b(o_\\w|L\\d+_\\w|T\\d+_\\d+_\\w)");

    private AlloyNames() {}

    /** A page, iterator, bio or actor of the scenario. */
    static String sig(String name) {
        return OBJECT + name;
    }

    /** The sig of an actor's i-th call (1-based): a digit after L, so it is no object's name. */
    static String line(Actor a, int i) {
        return "L" + i + "_" + a.name();
    }

    /** The sig of a reference token "actor.call.k" (References): digits after T, so it is no object's. */
    static String token(String name) {
        int k = name.lastIndexOf('.');
        int call = name.lastIndexOf('.', k - 1);
        return "T" + name.substring(call + 1, k) + "_" + name.substring(k + 1) + "_" + name.substring(0, call);
    }

    /**
     * The i-th argument of a call as an atom: a flag word the call passes (bio_set_flag's, a trailing
     * FOLL_LONGTERM) is the atom Pinning.als declares under that name, anything else an object.
     */
    static String arg(String call, int i, String name) {
        boolean word = Op.fromToken(call).map(op -> i >= op.args().size() || op.args().get(i) == ArgKind.FLAG)
                .orElse(false);
        return word ? name : sig(name);
    }

    /** An event's actor: a built-in context as Pinning.als names it, else the scenario's actor. */
    static String who(String actor) {
        return BUILT_IN.contains(actor) ? actor : sig(actor);
    }

    /** An atom read back from Alloy under the scenario's name. */
    static String scenario(String atom) {
        return atom.startsWith(OBJECT) ? atom.substring(OBJECT.length()) : atom;
    }

    /** Refuses a hand-written module that uses the glue's prefixes: its names could clash with the scenario's. */
    static void checkSemantics(String file, String text) {
        java.util.regex.Matcher m = GLUE.matcher(text);
        if (m.find()) {
            throw new IllegalArgumentException("specs/alloy/" + file + " uses '" + m.group()
                    + "...': names starting o_ or L<digits>_ are the generated glue's");
        }
    }
}
