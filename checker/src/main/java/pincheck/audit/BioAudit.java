package pincheck.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The thread's other grep: bio fills whose pages are not GUP'd in the same function. */
final class BioAudit {
    /** The fills the thread grepped for (page-flow.cocci's bio rule has a few more). */
    static final ImmutableSet<String> FILLS =
            ImmutableSet.of("bio_add_page", "__bio_add_page", "bio_add_folio", "bio_add_folio_nofail");
    private static final Set<String> ALL_KINDS = Set.of("put", "unpin", "owner");
    private static final int SHOWN_CALLERS = 3;

    private final TreeFacts tree;
    private final GupAudit gups;
    private final Coverage coverage;

    BioAudit(TreeFacts tree, GupAudit gups, Coverage coverage) {
        this.tree = tree;
        this.gups = gups;
        this.coverage = coverage;
    }

    ImmutableList<BioRow> rows() {
        ImmutableList.Builder<BioRow> out = ImmutableList.builder();
        for (SourceFacts f : tree.files().values()) {
            List<SourceFacts.Gup> fileGups = f.gups;
            for (SourceFacts.Sink s : f.sinks) {
                if (!FILLS.contains(s.callee()) || fromGupHere(f, fileGups, s)) {
                    continue;
                }
                EndIoAnswer e = endIo(f, s);
                out.add(new BioRow(f.file, s.function(), s.line(), s.callee(), s.page(), origin(f, fileGups, s),
                        s.holder(), e.text, e.release, coverage.scenarios(f.file, s.function())));
            }
        }
        return out.build();
    }

    private boolean fromGupHere(SourceFacts f, List<SourceFacts.Gup> fileGups, SourceFacts.Sink s) {
        for (SourceFacts.Gup g : fileGups) {
            if (g.function().equals(s.function())) {
                Optional<PageTrace> t = gups.trace(f, g);
                if (t.isPresent() && t.get().mentions(s.function(), s.page())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String origin(SourceFacts f, List<SourceFacts.Gup> fileGups, SourceFacts.Sink s) {
        for (SourceFacts.Gup g : fileGups) {
            Optional<PageTrace> t = gups.trace(f, g);
            if (t.isPresent() && t.get().mentions(s.function(), s.page())) {
                return "GUP: " + g.callee() + " in " + g.function() + " (line " + g.line() + ")";
            }
        }
        Optional<Expr.Place> p = Expr.place(s.page());
        if (p.isEmpty()) {
            return s.page();
        }
        if (p.get().field()) {
            return s.page();
        }
        String v = p.get().name();
        Set<String> from = new LinkedHashSet<>();
        for (SourceFacts.Assign a : f.assigns) {
            if (a.function().equals(s.function()) && a.left().equals(v) && !a.right().equals("NULL")) {
                from.add(Expr.callee(a.right()).map(c -> c + "()").orElse(a.right()));
            }
        }
        Optional<SourceFacts.Definition> d = f.definition(s.function());
        int param = d.map(x -> x.parameters().indexOf(v)).orElse(-1);
        if (param >= 0) {
            from.add("parameter " + v + callers(f, s.function(), param));
        }
        return from.isEmpty() ? v + " (not assigned in " + s.function() + ")" : String.join(" or ", from);
    }

    // What the callers in this file pass for that parameter: "bh->b_page (gfs2_log_write_bh)".
    private static String callers(SourceFacts f, String function, int param) {
        List<String> passed = new ArrayList<>();
        for (SourceFacts.Call c : f.calls) {
            if (c.callee().equals(function) && c.arguments().size() > param) {
                String p = c.arguments().get(param) + " (" + c.function() + ")";
                if (!passed.contains(p)) {
                    passed.add(p);
                }
            }
        }
        if (passed.isEmpty()) {
            return ", no caller in this file";
        }
        String shown = String.join(", ", passed.subList(0, Math.min(SHOWN_CALLERS, passed.size())));
        return "; callers pass " + shown + (passed.size() > SHOWN_CALLERS ? ", ..." : "");
    }

    private record EndIoAnswer(String text, ImmutableList<String> release) {}

    private EndIoAnswer endIo(SourceFacts f, SourceFacts.Sink s) {
        List<SourceFacts.EndIo> here = SourceFacts.in(f.endIos, e -> e.function().equals(s.function()));
        Set<String> handlers = EndIos.handlers(f, here.isEmpty() ? f.endIos : here);
        String where = here.isEmpty() ? "set in this file" : "set in " + s.function();
        if (handlers.isEmpty()) {
            List<SourceFacts.EndIo> named = here.isEmpty() ? f.endIos : here;
            if (!named.isEmpty()) {
                Set<String> names = new LinkedHashSet<>();
                named.forEach(e -> names.add(e.handler()));
                return new EndIoAnswer(String.join(", ", names) + " (not defined in this file)", ImmutableList.of());
            }
            boolean sync = f.calls.stream().anyMatch(c -> c.function().equals(s.function())
                    && c.callee().equals("submit_bio_wait"));
            return new EndIoAnswer(sync ? "none: submit_bio_wait in " + s.function() : "not set in this file",
                    ImmutableList.of());
        }
        List<String> release = new ArrayList<>();
        for (String h : handlers) {
            Set<String> calls = new LinkedHashSet<>();
            for (Reach.Reached r : Reach.releases(tree, f, h, ALL_KINDS)) {
                calls.add(r.primitive() + (r.guard().isEmpty() ? "" : " if " + r.guard()));
            }
            release.add(h + ": " + (calls.isEmpty() ? "releases no page" : String.join(", ", calls)));
        }
        return new EndIoAnswer(String.join(", ", handlers) + " (" + where + ")", ImmutableList.copyOf(release));
    }
}
