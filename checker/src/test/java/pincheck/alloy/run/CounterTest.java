package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pincheck.alloy.run.AlloyOutcome.Kind;

/** counter.als: a var Int counter, a violated and a holding check, and Int overflow. */
class CounterTest {
    private static final String COUNTER = Modules.load("counter.als");

    private static AlloyOutcome check(String command, boolean noOverflow) {
        return AlloyRunner.run(COUNTER, AlloyRequest.check(command).withNoOverflow(noOverflow)
                .withSourceName("counter.als"));
    }

    @Test
    void belowThreeIsViolatedAfterExactlyThreeSteps() {
        AlloyOutcome out = check("BelowThree", true);
        assertEquals(Kind.COUNTEREXAMPLE, out.kind(), out.toString());
        assertEquals(10, out.steps());
        assertEquals("sat4j", out.solver());
        AlloyTrace t = out.trace().orElseThrow();
        // Alloy looks for the shortest lasso first: 0, 1, 2, 3, then 3 stutters forever
        assertEquals(4, t.length());
        assertEquals(3, t.loopState());
        assertEquals(3, t.successor(3));
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.of(Integer.toString(i)), t.state(i).value("Counter", "n"), "state " + i);
        }
        // the one Counter atom is called Counter, not Counter$0
        assertEquals(Set.of("Counter"), t.state(0).atoms("Counter"));
        assertEquals(Set.of(AlloyTuple.of("Counter", "2")), t.state(2).tuples("n"));
    }

    @Test
    void nonNegativeHoldsUpToTheBound() {
        AlloyOutcome out = check("NonNegative", true);
        assertEquals(Kind.NO_COUNTEREXAMPLE, out.kind(), out.toString());
        assertEquals(6, out.steps());
        assertTrue(out.trace().isEmpty());
        assertTrue(out.error().isEmpty());
    }

    @Test
    void fourBitIntsWrapSevenToMinusEightWhenOverflowIsAllowed() {
        AlloyOutcome out = check("NonNegativeNarrow", false);
        assertEquals(Kind.COUNTEREXAMPLE, out.kind(), out.toString());
        assertEquals(9, out.steps());
        AlloyTrace t = out.trace().orElseThrow();
        assertEquals(9, t.length());
        assertEquals(Optional.of("7"), t.state(7).value("Counter", "n"));
        assertEquals(Optional.of("-8"), t.state(8).value("Counter", "n"));
    }

    @Test
    void preventingOverflowRulesOutTheWrap() {
        assertEquals(Kind.NO_COUNTEREXAMPLE, check("NonNegativeNarrow", true).kind());
    }

    @Test
    void withoutScopesTheBitWidthIsFourAndTheStepsTen() {
        AlloyOutcome out = check("NonNegativeDefault", false);
        assertEquals(Kind.COUNTEREXAMPLE, out.kind(), out.toString());
        assertEquals(10, out.steps());
        assertEquals(Optional.of("-8"), out.trace().orElseThrow().state(8).value("Counter", "n"));
    }

    @Test
    void extraExpressionsAreEvaluatedAtEveryState() {
        AlloyOutcome out = AlloyRunner.run(COUNTER, AlloyRequest.check("BelowThree")
                .withExpressions("Counter.n", "Counter.n > 1"));
        AlloyTrace t = out.trace().orElseThrow();
        assertEquals(Optional.of("1"), t.state(1).single("Counter.n"));
        assertEquals(Optional.of("false"), t.state(1).single("Counter.n > 1"));
        assertEquals(Optional.of("true"), t.state(2).single("Counter.n > 1"));
    }
}
