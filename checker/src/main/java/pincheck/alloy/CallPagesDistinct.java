package pincheck.alloy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pincheck.scenario.Actor;
import pincheck.scenario.Call;
import pincheck.scenario.Op;
import pincheck.scenario.References;
import pincheck.scenario.Scenario;

/**
 * The mirror folds over a call's references at once (Pinning.als: GupEach, AddEach, PutEach),
 * which is the TLA+ fold only when the call's tokens name each page once: an iterator naming a
 * page twice, or iov_iter_put_pages of an iterator taken twice, would take or release one page
 * twice in one step. get_page and folio_add_pin name a second token only to know whether it was
 * obtained, and take one reference.
 */
final class CallPagesDistinct {
    private CallPagesDistinct() {}

    static void check(Scenario s, References refs) throws Unsupported {
        Map<String, String> pageOf = new HashMap<>();
        refs.tokens().forEach(t -> pageOf.put(t.name(), t.page()));
        for (Actor a : s.actors()) {
            for (int i = 0; i < a.calls().size(); i++) {
                Call c = a.calls().get(i);
                List<String> toks = refs.of(a.name(), i);
                if (c.op() == Op.GET_PAGE || c.op() == Op.FOLIO_ADD_PIN) {
                    continue;
                }
                Map<String, Integer> seen = new HashMap<>();
                for (String t : toks) {
                    String page = pageOf.get(t);
                    if (seen.merge(page, 1, Integer::sum) == 2) {
                        throw new Unsupported(s.file() + ":" + c.line() + ": " + c.op().cName() + " "
                                + String.join(" ", c.args()) + " " + (References.ITER_TAKES.contains(c.op())
                                ? "takes" : "releases") + " two references on page " + page + " in one step;"
                                + " the mirror updates each page once per step (Pinning.als: GupEach, PutEach),"
                                + " which needs them distinct");
                    }
                }
            }
        }
    }
}
