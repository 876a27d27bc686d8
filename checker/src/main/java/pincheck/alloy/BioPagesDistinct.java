package pincheck.alloy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pincheck.scenario.Actor;
import pincheck.scenario.Call;
import pincheck.scenario.Op;
import pincheck.scenario.Scenario;

/**
 * The mirror completes a request's pages all at once (Pinning.als: bio_endio), which is
 * CompleteEach's fold only when no page sits twice in what one completion releases: twice
 * in one bio, or in two bios that may merge into one request (same operation, merging on).
 * A fill is bio_add_page's page or each page of bio_iov_iter_get_pages' iterator; a fill the
 * design's kernel does not run (a guarded line) is not in the scenario given here.
 */
final class BioPagesDistinct {
    private BioPagesDistinct() {}

    static void check(Scenario s, boolean merging) throws Unsupported {
        Map<String, String> opOf = new HashMap<>();
        s.bios().forEach(b -> opOf.put(b.name(), b.op().name()));
        Map<String, List<String>> iterPages = new HashMap<>();
        s.iters().forEach(i -> iterPages.put(i.name(), i.pages()));
        Map<String, List<Fill>> fills = new HashMap<>();
        for (Actor a : s.actors()) {
            for (Call c : a.calls()) {
                List<String> pages = c.op() == Op.BIO_ADD_PAGE ? List.of(c.arg(1))
                        : c.op() == Op.BIO_IOV_ITER_GET_PAGES ? iterPages.get(c.arg(1)) : List.of();
                for (String page : pages) {
                    fill(s.file(), fills, opOf, merging, page, new Fill(c.arg(0), c.line()));
                }
            }
        }
    }

    private static void fill(String file, Map<String, List<Fill>> fills, Map<String, String> opOf, boolean merging,
                             String page, Fill f) throws Unsupported {
        List<Fill> before = fills.computeIfAbsent(page, k -> new ArrayList<>());
        for (Fill e : before) {
            boolean same = e.bio().equals(f.bio());
            if (same || merging && opOf.get(e.bio()).equals(opOf.get(f.bio()))) {
                throw new Unsupported(file + ":" + f.line() + ": page " + page + " goes into bio " + e.bio()
                        + " (line " + e.line() + ") and "
                        + (same ? "again (line " + f.line() + ")"
                        : "bio " + f.bio() + " (line " + f.line() + "), which may merge into one request")
                        + "; the mirror releases a request's pages all at once, which needs them distinct");
            }
        }
        before.add(f);
    }

    private record Fill(String bio, int line) {}
}
