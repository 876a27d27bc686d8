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
 */
final class BioPagesDistinct {
    private BioPagesDistinct() {}

    static void check(Scenario s, boolean merging) throws Unsupported {
        Map<String, String> opOf = new HashMap<>();
        s.bios().forEach(b -> opOf.put(b.name(), b.op().name()));
        Map<String, List<Fill>> fills = new HashMap<>();
        for (Actor a : s.actors()) {
            for (Call c : a.calls()) {
                if (c.op() != Op.BIO_ADD_PAGE) {
                    continue;
                }
                Fill f = new Fill(c.arg(0), c.line());
                List<Fill> before = fills.computeIfAbsent(c.arg(1), k -> new ArrayList<>());
                for (Fill e : before) {
                    boolean same = e.bio().equals(f.bio());
                    if (same || merging && opOf.get(e.bio()).equals(opOf.get(f.bio()))) {
                        throw new Unsupported("page " + c.arg(1) + " goes into bio " + e.bio() + " (line " + e.line()
                                + ") and " + (same ? "again (line " + f.line() + ")"
                                : "bio " + f.bio() + " (line " + f.line() + "), which may merge into one request")
                                + "; the mirror releases a request's pages all at once, which needs them distinct");
                    }
                }
                before.add(f);
            }
        }
    }

    private record Fill(String bio, int line) {}
}
