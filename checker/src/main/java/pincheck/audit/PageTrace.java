package pincheck.audit;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows pages through one file by name: from the place a GUP call (or a bio fill) put
 * them, through assignments, the parameters of the file's functions they are passed to, the
 * functions that return them, the struct fields they are kept in, and the bios they are
 * added to, into each end_io the file sets. Fields are followed file-wide by name, so two
 * structs with a field of the same name are one place here: the report shows each hop.
 */
final class PageTrace {
    private final SourceFacts file;
    private final Map<String, Set<String>> vars = new HashMap<>();
    private final Set<String> fields = new TreeSet<>();
    private final Set<String> returners = new TreeSet<>();
    private final Set<String> endIoHandlers = new TreeSet<>();
    private final Set<String> outParams = new TreeSet<>();
    // "function:var" for variables the function writes the pages into (not only receives)
    private final Set<String> written = new TreeSet<>();
    private boolean inBio;

    private PageTrace(SourceFacts file) {
        this.file = file;
    }

    /** The places holding the pages, starting from {@code start} in {@code function}. */
    static PageTrace from(SourceFacts file, String function, Expr.Place start, boolean bio) {
        PageTrace t = new PageTrace(file);
        t.write(function, start);
        t.inBio = bio;
        t.run();
        return t;
    }

    private boolean write(String function, Expr.Place p) {
        if (!p.field()) {
            written.add(function + ":" + p.name());
        }
        return add(function, p);
    }

    private boolean add(String function, Expr.Place p) {
        if (p.field()) {
            return fields.add(p.name());
        }
        return vars.computeIfAbsent(function, k -> new TreeSet<>()).add(p.name());
    }

    /** Whether an expression in a function names a place holding the pages. */
    boolean mentions(String function, String expr) {
        Set<String> v = vars.getOrDefault(function, Set.of());
        return Expr.variables(expr).stream().anyMatch(v::contains)
                || Expr.fields(expr).stream().anyMatch(fields::contains);
    }

    /**
     * Whether an argument is itself a place holding the pages ("pages[i]", "&pages",
     * "dio->pages + n"), not only a value read from one ("page->index").
     */
    boolean passes(String function, String argument) {
        Optional<Expr.Place> p = Expr.place(argument);
        return p.isPresent() && (p.get().field() ? fields.contains(p.get().name()) : holds(function, p.get().name()));
    }

    /** Whether a variable of a function holds the pages. */
    boolean holds(String function, String variable) {
        return vars.getOrDefault(function, Set.of()).contains(variable);
    }

    ImmutableSortedSet<String> fields() {
        return ImmutableSortedSet.copyOf(fields);
    }

    /** The file's functions that return the pages. */
    ImmutableSortedSet<String> returners() {
        return ImmutableSortedSet.copyOf(returners);
    }

    /** Whether the pages reach a bio, and so every end_io the file sets. */
    boolean reachesBio() {
        return inBio;
    }

    /** The end_io functions of this file the pages reach through their bio. */
    ImmutableSet<String> endIoHandlers() {
        return ImmutableSet.copyOf(endIoHandlers);
    }

    // A fixpoint over the file's facts; each pass only adds names, so it ends.
    private void run() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SourceFacts.Assign a : file.assigns) {
                changed |= assign(a);
            }
            for (SourceFacts.Call c : file.calls) {
                changed |= call(c);
            }
            for (SourceFacts.Return r : file.returns) {
                if (mentions(r.function(), r.value())) {
                    changed |= returners.add(r.function());
                }
            }
            // the bio, bvec, sg table or skb a page is handed to holds it from then on
            for (SourceFacts.Sink s : file.sinks) {
                if (mentions(s.function(), s.page())) {
                    inBio |= s.destination().equals("bio");
                    Optional<Expr.Place> holder = Expr.place(s.holder());
                    if (holder.isPresent()) {
                        changed |= write(s.function(), holder.get());
                    }
                }
            }
            if (inBio) {
                changed |= endIos();
            }
        }
    }

    private boolean assign(SourceFacts.Assign a) {
        boolean changed = false;
        Optional<Expr.Place> left = Expr.place(a.left());
        if (left.isEmpty()) {
            return false;
        }
        if (mentions(a.function(), a.right())) {
            changed |= write(a.function(), left.get());
        }
        Optional<String> callee = Expr.callee(a.right());
        if (callee.isPresent() && returners.contains(callee.get())) {
            changed |= write(a.function(), left.get());
        }
        // "pages = dio->pages": the local points into the struct, so the struct's field holds them
        Optional<Expr.Place> right = Expr.place(a.right());
        if (!left.get().field() && right.isPresent() && right.get().field()
                && vars.getOrDefault(a.function(), Set.of()).contains(left.get().name())) {
            changed |= add(a.function(), right.get());
        }
        return changed;
    }

    // Into a callee through the parameter an argument holding the pages binds, and back out
    // to the caller through a parameter the callee fills (p9_get_mapped_pages(chan, &pages)).
    private boolean call(SourceFacts.Call c) {
        Optional<SourceFacts.Definition> callee = file.definition(c.callee());
        if (callee.isEmpty()) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < c.arguments().size() && i < callee.get().parameters().size(); i++) {
            String param = callee.get().parameters().get(i);
            if (param.isEmpty()) {
                continue;
            }
            if (passes(c.function(), c.arguments().get(i))) {
                changed |= add(c.callee(), Expr.Place.var(param));
            } else if (written.contains(c.callee() + ":" + param) && fillsInPlace(callee.get().declarations().get(i))) {
                Optional<Expr.Place> arg = Expr.place(c.arguments().get(i));
                if (arg.isPresent()) {
                    changed |= write(c.function(), arg.get());
                    changed |= outParams.add(c.callee() + ":" + param);
                }
            }
        }
        return changed;
    }

    // A parameter the callee fills for its caller: a pointer to a page pointer or array
    // (struct page ***pages), or an array of bio_vecs. A struct page * or a struct bio *
    // parameter only lends the caller's object to the callee.
    private static boolean fillsInPlace(String declaration) {
        return declaration.matches(".*\\*\\s*\\*.*") || declaration.matches("struct bio_vec\\s*\\*.*");
    }

    /** "p9_get_mapped_pages:pages": parameters through which a function hands the pages back. */
    ImmutableSortedSet<String> outParameters() {
        return ImmutableSortedSet.copyOf(outParams);
    }

    // Each end_io the file sets gets the bio as its first parameter; a handler that is a
    // parameter itself (gfs2_log_alloc_bio's end_io) stands for the bio-shaped functions the
    // file passes as arguments.
    private boolean endIos() {
        boolean changed = false;
        for (String h : EndIos.handlers(file)) {
            SourceFacts.Definition d = file.definition(h).orElseThrow();
            if (!d.parameters().isEmpty() && !d.parameters().get(0).isEmpty()) {
                changed |= endIoHandlers.add(h);
                changed |= add(h, Expr.Place.var(d.parameters().get(0)));
            }
        }
        return changed;
    }
}
