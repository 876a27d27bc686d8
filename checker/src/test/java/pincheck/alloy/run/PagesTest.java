package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pincheck.alloy.run.AlloyOutcome.Kind;

/** pages.als: atoms named after scenario objects, per-atom fields, the event of a step. */
class PagesTest {

    @Test
    void aPutPageFreesAPageInOneStep() {
        AlloyOutcome out = AlloyRunner.run(Modules.load("pages.als"),
                AlloyRequest.check("NeverFreed").withExpressions("ev_page.ref"));
        assertEquals(Kind.COUNTEREXAMPLE, out.kind(), out.toString());
        assertEquals(4, out.steps());
        AlloyTrace t = out.trace().orElseThrow();
        AlloyState s0 = t.state(0);
        AlloyState s1 = t.state(1);
        // one sig U0 round-trips as U0, not U0$0
        assertEquals(Set.of("U0", "U1"), s0.atoms("Page"));
        assertEquals(Set.of("U0"), s0.atoms("U0"));
        assertEquals(Optional.of("1"), s0.value("U0", "ref"));
        assertEquals(Optional.of("1"), s0.value("U1", "ref"));
        assertEquals(Optional.empty(), s0.single("ev_call"));
        assertEquals(Optional.of("put_page"), s1.single("ev_call"));
        String page = s1.single("ev_page").orElseThrow();
        assertTrue(page.equals("U0") || page.equals("U1"), page);
        assertEquals(Optional.of("0"), s1.value(page, "ref"));
        assertEquals(Optional.of("0"), s1.single("ev_page.ref"));
    }
}
