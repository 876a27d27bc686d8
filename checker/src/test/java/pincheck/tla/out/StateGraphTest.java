package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump as TLC 2.18 writes it with -dump dot,actionlabels: x counts up from 0 by 1 or 2, and
 * "Small" breaks at x >= 2. State 2 is found first from 0 (0 -> 2), so its trace is 0, 2, not
 * 0, 1, 2; at that point TLC had generated the initial state and two successors.
 */
class StateGraphTest {
    private static final String DOT = """
            strict digraph DiskGraph {
            nodesep=0.35;
            subgraph cluster_graph {
            color="white";
            10 [label="/\\\\ x = 0\\n/\\\\ mc_broken = {}",style = filled]
            10 -> 11 [label="Next",color="black",fontcolor="black"];
            11 [label="/\\\\ x = 1\\n/\\\\ mc_broken = {}"];
            10 -> 12 [label="Next",color="black",fontcolor="black"];
            12 [label="/\\\\ x = 2\\n/\\\\ mc_broken = {\\"Small\\"}"];
            11 -> 12 [label="Next",color="black",fontcolor="black"];
            11 -> 13 [label="Next",color="black",fontcolor="black"];
            13 [label="/\\\\ x = 3\\n/\\\\ mc_broken = {\\"Small\\", \\"Odd3\\"}"];
            }
            }
            """;

    @Test
    void theTraceFollowsTheEdgeThatFoundEachStateFirst() throws Exception {
        StateGraph g = StateGraph.read(DOT, "mc_broken");
        assertEquals(4, g.distinctStates());
        StateGraph.Violation small = g.violation("Small").orElseThrow();
        assertEquals(List.of(0L, 2L), small.trace().stream().map(s -> s.var("x").asInt()).toList());
        assertTrue(small.trace().stream().noneMatch(s -> s.vars().containsKey("mc_broken")), small.toString());
        assertEquals(3, small.generated());
        assertEquals(3, small.distinct());
        StateGraph.Violation odd = g.violation("Odd3").orElseThrow();
        assertEquals(List.of(0L, 1L, 3L), odd.trace().stream().map(s -> s.var("x").asInt()).toList());
        assertEquals(5, odd.generated());
        assertEquals(4, odd.distinct());
        assertTrue(g.violation("Never").isEmpty());
    }

    @Test
    void aStateWithoutTheVariableIsAnError() {
        assertThrows(TlcOutputException.class, () -> StateGraph.read(DOT.replace("mc_broken", "other"), "mc_broken"));
    }
}
