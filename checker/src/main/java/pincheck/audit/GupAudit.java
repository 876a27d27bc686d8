package pincheck.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The GUP call sites of the audited files, each traced to its releases. */
final class GupAudit {
    // Calls that only look at a page (map it, mark it, read its fields): not a destination.
    private static final Pattern ACCESSOR = Pattern.compile(
            "kmap.*|kunmap.*|page_address|page_to_.*|virt_to_.*|folio_.*|page_folio|Page[A-Z].*|set_page_dirty.*"
                    + "|flush_dcache_.*|mem(cpy|set|move).*|copy_.*|min|max|min_t|max_t|WARN.*|BUG.*|likely|unlikely"
                    + "|sizeof|ARRAY_SIZE|IS_ERR.*|PTR_ERR|ERR_PTR|offset_in_page|trace_.*|pr_.*|printk|kfree|kvfree"
                    + "|get_page|iov_iter_revert|iov_iter_advance|array_size|zero_user.*|is_zero_page|page_ref_.*"
                    + "|page_count|page_mapcount|dout|doutc|dev_[a-z]+|[A-Z][A-Z0-9_]*|sg_init_.*|sg_mark_end|sg_next|.*alloc.*|SetPage.*|ClearPage.*|.*_dbg");
    private static final Set<String> RELEASES = Set.of("put", "unpin");

    private final TreeFacts tree;
    private final Coverage coverage;
    private final java.util.Map<SourceFacts.Gup, Optional<PageTrace>> traces = new java.util.HashMap<>();

    GupAudit(TreeFacts tree, Coverage coverage) {
        this.tree = tree;
        this.coverage = coverage;
    }

    ImmutableList<GupRow> rows() {
        ImmutableList.Builder<GupRow> out = ImmutableList.builder();
        for (SourceFacts f : tree.files().values()) {
            for (SourceFacts.Gup g : f.gups) {
                out.add(row(f, g));
            }
        }
        return out.build();
    }

    /**
     * Release functions the pages are passed to that no audited file defines: where to look
     * for more definitions (p9_release_pages() in net/9p/trans_common.c).
     */
    com.google.common.collect.ImmutableSortedSet<String> calledElsewhere() {
        Set<String> out = new TreeSet<>();
        for (SourceFacts f : tree.files().values()) {
            for (SourceFacts.Gup g : f.gups) {
                Optional<PageTrace> t = trace(f, g);
                if (t.isEmpty()) {
                    continue;
                }
                for (SourceFacts.Call c : f.calls) {
                    if (!f.defines(c.callee()) && tree.definingFile(f, c.callee()).isEmpty()
                            && Reach.followsAcrossFiles(c.callee()) && !isReleaseOrSink(f, c)
                            && c.arguments().stream().anyMatch(a -> t.get().passes(c.function(), a))) {
                        out.add(c.callee());
                    }
                }
            }
        }
        return com.google.common.collect.ImmutableSortedSet.copyOf(out);
    }

    /** The trace of one site's pages through its file (empty when the pages are not kept). */
    Optional<PageTrace> trace(SourceFacts f, SourceFacts.Gup g) {
        return traces.computeIfAbsent(g, k -> Expr.place(g.pages())
                .map(p -> PageTrace.from(f, g.function(), p, g.reference().equals("bio"))));
    }

    private GupRow row(SourceFacts f, SourceFacts.Gup g) {
        Reference ref = Reference.of(g.reference());
        String via = "";
        if (g.reference().equals("bio")) {
            ref = fillReference(f, g.callee());
            via = g.callee();
        }
        Optional<PageTrace> trace = trace(f, g);
        List<String> dest = new ArrayList<>();
        List<Integer> sinkLines = new ArrayList<>();
        List<FoundRelease> rel = new ArrayList<>();
        if (trace.isPresent()) {
            destinations(f, g, trace.get(), dest, sinkLines);
            releases(f, trace.get(), rel);
        } else if (!g.pages().isEmpty()) {
            dest.add(g.pages());
        }
        if (dest.isEmpty()) {
            dest.add("nowhere the patches follow out of " + g.function());
        }
        Verdict v = verdict(f, ref, g, rel);
        return new GupRow(f.file, g.function(), g.line(), g.callee(), ref, via, longterm(f, g), g.flags(),
                ImmutableList.copyOf(dest), ImmutableList.copyOf(sinkLines), ImmutableList.copyOf(rel), v.match,
                v.why, coverage.scenarios(f.file, g.function()));
    }

    // bio_iov_iter_get_pages() takes what the GUP calls in its own definition take.
    private Reference fillReference(SourceFacts f, String fill) {
        Set<Reference> refs = new TreeSet<>();
        collectGups(f, fill, Reach.DEPTH, new LinkedHashSet<>(), refs);
        return refs.size() == 1 ? refs.iterator().next() : Reference.UNKNOWN;
    }

    private void collectGups(SourceFacts from, String function, int depth, Set<String> seen, Set<Reference> out) {
        Optional<SourceFacts> def = tree.definingFile(from, function);
        if (depth == 0 || def.isEmpty() || !seen.add(def.get().file + ":" + function)) {
            return;
        }
        for (SourceFacts.Gup g : def.get().gups) {
            if (g.function().equals(function) && !g.reference().equals("bio")) {
                out.add(Reference.of(g.reference()));
            }
        }
        for (SourceFacts.Call c : def.get().calls) {
            // a GUP call inside is counted by its own word, not by what its definition calls
            if (c.function().equals(function) && !isReleaseOrSink(def.get(), c)) {
                collectGups(def.get(), c.callee(), depth - 1, seen, out);
            }
        }
    }

    private static String longterm(SourceFacts f, SourceFacts.Gup g) {
        if (g.flags().contains("FOLL_LONGTERM")) {
            return "yes";
        }
        List<String> vars = Expr.variables(g.flags()).stream().filter(v -> !v.startsWith("FOLL_")).toList();
        for (SourceFacts.FlagsAssign a : f.flagAssigns) {
            if (a.function().equals(g.function()) && vars.contains(a.variable()) && a.value().contains("FOLL_LONGTERM")) {
                return "yes";
            }
        }
        Optional<SourceFacts.Definition> d = f.definition(g.function());
        if (d.isPresent() && vars.stream().anyMatch(d.get().parameters()::contains)
                && !g.callee().startsWith("iov_iter_")) {
            return "from the caller";
        }
        return "no";
    }

    private void destinations(SourceFacts f, SourceFacts.Gup g, PageTrace t, List<String> out, List<Integer> lines) {
        Set<String> dest = new LinkedHashSet<>();
        Expr.place(g.pages()).filter(Expr.Place::field).ifPresent(p -> dest.add("kept in " + kept(g.pages())));
        if (g.reference().equals("bio")) {
            dest.add("bio: " + g.callee() + " in " + g.function());
        }
        if (g.callee().equals("extract_iter_to_sg")) {
            dest.add("sg: " + g.callee() + " in " + g.function());
        }
        for (SourceFacts.Sink s : f.sinks) {
            if (t.mentions(s.function(), s.page())) {
                dest.add(s.destination() + ": " + s.callee() + " in " + s.function());
                lines.add(s.line());
            }
        }
        for (SourceFacts.Assign a : f.assigns) {
            Optional<Expr.Place> left = Expr.place(a.left());
            Optional<Expr.Place> right = Expr.place(a.right());
            if (left.isPresent() && left.get().field() && !a.left().endsWith("bv_page")
                    && t.mentions(a.function(), a.right())) {
                dest.add("kept in " + kept(a.left()) + " (" + a.function() + ")");
            } else if (a.function().equals(g.function()) && left.isPresent() && !left.get().field()
                    && t.holds(a.function(), left.get().name()) && right.isPresent() && right.get().field()) {
                // "struct page **pages = dio->pages": the call fills the struct's array
                dest.add("kept in " + kept(a.right()));
            }
        }
        t.returners().forEach(r -> dest.add("returned by " + r));
        t.outParameters().forEach(o -> dest.add("handed back by " + o.replace(":", " through its parameter ")));
        if (t.reachesBio()) {
            out.addAll(dest);
            return; // the bio is where they go; the calls it is passed to are the bio's business
        }
        for (SourceFacts.Call c : f.calls) {
            if (c.function().equals(g.function()) && c.line() != g.line() && !f.defines(c.callee())
                    && !ACCESSOR.matcher(c.callee()).matches() && !isReleaseOrSink(f, c)
                    && c.arguments().stream().anyMatch(a -> t.passes(c.function(), a))) {
                dest.add("passed to " + c.callee() + "()");
            }
        }
        out.addAll(dest);
    }

    /** Calls the patches classify themselves: never followed into their definitions. */
    static boolean isReleaseOrSink(SourceFacts f, SourceFacts.Call c) {
        return f.releases.stream().anyMatch(r -> r.line() == c.line() && r.callee().equals(c.callee()))
                || f.sinks.stream().anyMatch(s -> s.line() == c.line() && s.callee().equals(c.callee()))
                || f.gups.stream().anyMatch(x -> x.line() == c.line() && x.callee().equals(c.callee()));
    }

    // "&dio->pages[0]" -> "dio->pages": the struct member, without address-of or index.
    private static String kept(String expr) {
        String s = expr.replaceFirst("^[&*]+", "");
        int cut = s.length();
        for (String stop : new String[] {"[", " +", " -"}) {
            int i = s.indexOf(stop);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return s.substring(0, cut);
    }

    private void releases(SourceFacts f, PageTrace t, List<FoundRelease> out) {
        Set<FoundRelease> found = new LinkedHashSet<>();
        for (SourceFacts.Release r : f.releases) {
            if (RELEASES.contains(r.kind()) && t.mentions(r.function(), r.argument())) {
                found.add(new FoundRelease(r.function(), r.line(), r.callee(), r.callee(), r.kind(), "",
                        t.endIoHandlers().contains(r.function())));
            }
        }
        for (SourceFacts.Call c : f.calls) {
            if (f.defines(c.callee()) || isReleaseOrSink(f, c) || !Reach.followsAcrossFiles(c.callee())
                    || c.arguments().stream().noneMatch(a -> t.passes(c.function(), a))) {
                continue;
            }
            Optional<SourceFacts> def = tree.definingFile(f, c.callee());
            if (def.isEmpty()) {
                continue;
            }
            for (Reach.Reached r : Reach.releases(tree, def.get(), c.callee(), RELEASES)) {
                found.add(new FoundRelease(c.function(), c.line(), c.callee(), r.primitive(), r.kind(), r.guard(),
                        t.endIoHandlers().contains(c.function())));
            }
        }
        out.addAll(found);
    }

    private record Verdict(Match match, String why) {}

    private Verdict verdict(SourceFacts f, Reference ref, SourceFacts.Gup g, List<FoundRelease> rel) {
        if (rel.isEmpty()) {
            return new Verdict(Match.NOT_FOUND, "no put_page or unpin of these pages in " + f.file);
        }
        if (ref == Reference.UNKNOWN) {
            return new Verdict(Match.UNKNOWN, "the reference " + g.callee() + " takes is not in the audited files");
        }
        List<String> wrong = rel.stream().filter(r -> !r.kind().equals(ref.release())).map(FoundRelease::text)
                .distinct().toList();
        boolean right = rel.stream().anyMatch(r -> r.kind().equals(ref.release()));
        if (!wrong.isEmpty()) {
            return right
                    ? new Verdict(Match.MIXED, "both kinds of release; " + ref.word() + " wants " + ref.release()
                            + ", also found " + String.join("; ", wrong))
                    : new Verdict(Match.MISMATCH, ref.word() + " pages given back by " + String.join("; ", wrong));
        }
        for (FoundRelease r : rel) {
            String flag = r.guard();
            if (flag.startsWith("BIO_") && !flag.contains(" ") && !setsFlag(f, flag) && !fillSets(f, g, flag)) {
                return new Verdict(Match.MISMATCH, r.call() + " releases only " + flag + " bios and nothing in "
                        + f.file + " sets " + flag);
            }
        }
        return new Verdict(Match.MATCHES, ref.word() + " given back by " + ref.release());
    }

    private static boolean setsFlag(SourceFacts f, String flag) {
        return f.flags.stream().anyMatch(x -> x.how().equals("set") && x.flag().equals(flag));
    }

    // bio_iov_iter_get_pages() sets BIO_PAGE_PINNED itself (6.12 block/bio.c).
    private boolean fillSets(SourceFacts f, SourceFacts.Gup g, String flag) {
        if (!g.reference().equals("bio")) {
            return false;
        }
        return tree.definingFile(f, g.callee()).map(d -> d.flags.stream().anyMatch(
                x -> x.function().equals(g.callee()) && x.how().equals("set") && x.flag().equals(flag))).orElse(false);
    }
}
