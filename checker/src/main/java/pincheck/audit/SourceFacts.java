package pincheck.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What spatch found in one C file (specs/audit/*.cocci), as records: the file is the
 * path from the top of the kernel tree, function the C function the line is in.
 */
final class SourceFacts {
    /** A GUP call: reference get | pin | extract | bio, as gup-sites.cocci names it. */
    record Gup(String file, int line, String function, String callee, String reference, String flags,
               String pages) {}

    /** A call giving references back: kind put | unpin | owner (releases.cocci). */
    record Release(String file, int line, String function, String callee, String kind, String argument) {}

    /** {@code bio->bi_end_io = handler}. */
    record EndIo(String file, int line, String function, String bio, String handler) {}

    /** bio_set_flag / bio_flagged on a BIO_* flag: how is set | test | test-not. */
    record BioFlag(String file, int line, String function, String how, String bio, String flag) {}

    /** A page handed to a bio, bvec, sg table, skb, mapping or iterator (page-flow.cocci). */
    record Sink(String file, int line, String function, String callee, String destination, String holder,
                String page) {}

    /** {@code left = right} with a page pointer variable on one side. */
    record Assign(String file, int line, String function, String left, String right) {}

    /** {@code return value;} of a page pointer. */
    record Return(String file, int line, String function, String value) {}

    /** {@code variable = value} or {@code |= value}, where value mentions a FOLL_* flag. */
    record FlagsAssign(String file, int line, String function, String variable, String value) {}

    /** A function definition (functions.cocci); declarations as written, "struct bio *bio". */
    record Definition(String file, int line, String function, ImmutableList<String> declarations,
                      boolean isStatic) {
        /** The parameter names, "" for an unnamed one. */
        ImmutableList<String> parameters() {
            return Expr.parameterNames(declarations);
        }

        /** Shaped like a bi_end_io: one parameter, a struct bio pointer. */
        boolean isEndIoShaped() {
            return declarations.size() == 1 && declarations.get(0).matches("struct bio ?\\*.*");
        }
    }

    /** A call with its arguments as written. */
    record Call(String file, int line, String function, String callee, ImmutableList<String> arguments) {}

    final String file;
    final List<Gup> gups = new ArrayList<>();
    final List<Release> releases = new ArrayList<>();
    final List<EndIo> endIos = new ArrayList<>();
    final List<BioFlag> flags = new ArrayList<>();
    final List<Sink> sinks = new ArrayList<>();
    final List<Assign> assigns = new ArrayList<>();
    final List<Return> returns = new ArrayList<>();
    final List<FlagsAssign> flagAssigns = new ArrayList<>();
    final List<Definition> definitions = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();

    SourceFacts(String file) {
        this.file = file;
    }

    boolean isHeader() {
        return file.endsWith(".h");
    }

    Optional<Definition> definition(String function) {
        return definitions.stream().filter(d -> d.function().equals(function)).findFirst();
    }

    boolean defines(String function) {
        return definition(function).isPresent();
    }

    static <T> List<T> in(List<T> facts, Predicate<T> p) {
        return facts.stream().filter(p).toList();
    }

    /** Sorts every list by line, then text, without repeats: reports do not depend on spatch's order. */
    void sort() {
        byLine(gups, Gup::line);
        byLine(releases, Release::line);
        byLine(endIos, EndIo::line);
        byLine(flags, BioFlag::line);
        byLine(sinks, Sink::line);
        byLine(assigns, Assign::line);
        byLine(returns, Return::line);
        byLine(flagAssigns, FlagsAssign::line);
        byLine(definitions, Definition::line);
        byLine(calls, Call::line);
    }

    // A declaration with an initial value matches two rules of page-flow.cocci; keep it once.
    private static <T> void byLine(List<T> facts, java.util.function.ToIntFunction<T> line) {
        List<T> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(facts));
        distinct.sort(java.util.Comparator.comparingInt(line).thenComparing(Object::toString));
        facts.clear();
        facts.addAll(distinct);
    }
}
