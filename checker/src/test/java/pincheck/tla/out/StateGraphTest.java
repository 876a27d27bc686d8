package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump as TLC 2.18 writes it with -dump dot,actionlabels: x counts up from 0 by 1 or 2, and
 * "Small" breaks at x >= 2. State 2 is found first from 0 (0 -> 2), so its trace is 0, 2, not
 * 0, 1, 2; at that point TLC had generated the initial state and two successors. The output
 * holds the report MCReport prints for each new state: index, level, and a mask of the
 * properties it breaks (bit 0 Small, bit 1 Odd3).
 */
class StateGraphTest {
    private static final String DOT = """
            strict digraph DiskGraph {
            nodesep=0.35;
            subgraph cluster_graph {
            color="white";
            10 [label="/\\\\ x = 0",style = filled]
            10 -> 11 [label="Next",color="black",fontcolor="black"];
            11 [label="/\\\\ x = 1"];
            10 -> 12 [label="Next",color="black",fontcolor="black"];
            12 [label="/\\\\ x = 2"];
            11 -> 12 [label="Next",color="black",fontcolor="black"];
            11 -> 13 [label="Next",color="black",fontcolor="black"];
            13 [label="/\\\\ x = 3"];
            }
            }
            """;

    private static final String OUTPUT = """
            Computing initial states...
            <<"pincheck-broken", 1, 0, 0>>
            Finished computing initial states: 1 distinct state generated at 2026-12-02 00:54:37.
            <<"pincheck-broken", 2, 1, 0>>
            <<"pincheck-broken", 3, 1, 1>>
            <<"pincheck-broken", 4, 2, 3>>
            Model checking completed. No error has been found.
            """;

    @Test
    void theTraceFollowsTheEdgeThatFoundEachStateFirst() throws Exception {
        StateGraph g = read(OUTPUT);
        assertEquals(4, g.distinctStates());
        StateGraph.Violation small = g.violation("Small").orElseThrow();
        assertEquals(List.of(0L, 2L), small.trace().stream().map(s -> s.var("x").asInt()).toList());
        assertTrue(small.trace().stream().allMatch(s -> s.vars().keySet().equals(java.util.Set.of("x"))),
                small.toString());
        assertEquals(3, small.generated());
        assertEquals(3, small.distinct());
        StateGraph.Violation odd = g.violation("Odd3").orElseThrow();
        assertEquals(List.of(0L, 1L, 3L), odd.trace().stream().map(s -> s.var("x").asInt()).toList());
        assertEquals(5, odd.generated());
        assertEquals(4, odd.distinct());
        assertTrue(g.violation("Never").isEmpty());
    }

    @Test
    void aStateWithoutItsReportIsAnError() {
        String missing = OUTPUT.replace("<<\"pincheck-broken\", 4, 2, 3>>\n", "");
        TlcOutputException e = assertThrows(TlcOutputException.class, () -> read(missing));
        assertEquals("the state graph has 4 states, TLC reported 3", e.getMessage());
    }

    @Test
    void aReportOutOfPlaceIsAnError() {
        // the third report names the fourth state, or a level the third state does not have
        for (String wrong : List.of("<<\"pincheck-broken\", 4, 1, 1>>", "<<\"pincheck-broken\", 3, 2, 1>>")) {
            String out = OUTPUT.replace("<<\"pincheck-broken\", 3, 1, 1>>", wrong);
            TlcOutputException e = assertThrows(TlcOutputException.class, () -> read(out));
            assertTrue(e.getMessage().startsWith("state report 3 does not match the state graph"), e.getMessage());
        }
    }

    @Test
    void aReportTooManyOrMalformedIsAnError() {
        for (String wrong : List.of(OUTPUT + "<<\"pincheck-broken\", 5, 3, 0>>\n",
                OUTPUT.replace("3, 1, 1>>", "3, 1>>"), OUTPUT.replace("3, 1, 1>>", "3, 1, 1, 0>>"),
                OUTPUT.replace("3, 1, 1>>", "3, 1, 4>>"))) {
            assertThrows(TlcOutputException.class, () -> read(wrong), wrong);
        }
    }

    @Test
    void propertiesPastOneMaskGoToTheNext() throws Exception {
        // one property per mask: Small is mask 1, Odd3 mask 2
        String two = OUTPUT.replace(", 0>>", ", 0, 0>>").replace("3, 1, 1>>", "3, 1, 1, 0>>")
                .replace("4, 2, 3>>", "4, 2, 1, 1>>");
        StateGraph g = StateGraph.read(DOT, two, "pincheck-broken", 1, List.of("Small", "Odd3"));
        assertEquals(java.util.Map.of("Small", 2, "Odd3", 3), g.firstBreaks());
        assertThrows(TlcOutputException.class, () -> StateGraph.read(DOT, OUTPUT, "pincheck-broken", 1,
                List.of("Small", "Odd3")));
    }

    private static StateGraph read(String output) throws TlcOutputException {
        return StateGraph.read(DOT, output, "pincheck-broken", 30, List.of("Small", "Odd3"));
    }
}
