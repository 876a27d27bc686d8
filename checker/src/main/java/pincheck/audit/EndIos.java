package pincheck.audit;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import java.util.TreeSet;

/** The bi_end_io functions a file sets, directly or through a helper's parameter. */
final class EndIos {
    private EndIos() {}

    /** Functions of this file assigned to bi_end_io (all of them, for the whole file). */
    static ImmutableSortedSet<String> handlers(SourceFacts file) {
        return handlers(file, file.endIos);
    }

    /** The same for some of the file's bi_end_io assignments. */
    static ImmutableSortedSet<String> handlers(SourceFacts file, java.util.List<SourceFacts.EndIo> sets) {
        Set<String> out = new TreeSet<>();
        for (SourceFacts.EndIo e : sets) {
            String h = e.handler();
            if (file.defines(h)) {
                out.add(h);
            } else if (isParameter(file, e.function(), h)) {
                out.addAll(passedAsArguments(file));
            }
        }
        return ImmutableSortedSet.copyOf(out);
    }

    private static boolean isParameter(SourceFacts file, String function, String name) {
        return file.definition(function).map(d -> d.parameters().contains(name)).orElse(false);
    }

    // Functions shaped like a bi_end_io that the file passes by name to some call: the
    // candidates for a bi_end_io handed down as a function pointer.
    private static Set<String> passedAsArguments(SourceFacts file) {
        Set<String> out = new TreeSet<>();
        for (SourceFacts.Call c : file.calls) {
            for (String a : c.arguments()) {
                file.definition(a).filter(SourceFacts.Definition::isEndIoShaped).ifPresent(d -> out.add(a));
            }
        }
        return out;
    }
}
