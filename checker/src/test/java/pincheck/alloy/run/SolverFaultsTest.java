package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import pincheck.alloy.run.AlloyOutcome.Kind;

/** A solver that throws is an ERROR with the solver's own message: never "no counterexample". */
class SolverFaultsTest {

    @Test
    void aSolverExceptionIsAnErrorWithItsMessage() {
        // A 6-ary relation over 100 atoms has 10^12 tuples: Kodkod throws while translating.
        String module = "sig A { r: A -> A -> A -> A -> A }\ncheck Big { no r } for 100\n";
        AlloyOutcome out = AlloyRunner.run(module,
                AlloyRequest.check("Big").withSourceName("big.als").withTimeLimit(Duration.ofSeconds(60)));
        assertEquals(Kind.ERROR, out.kind(), out.toString());
        assertTrue(out.trace().isEmpty(), out.toString());
        String msg = out.error().orElseThrow();
        // Kodkod's CapacityExceededException, reported by Alloy with the module's name and its own words
        assertTrue(msg.startsWith("big.als:"), msg);
        assertTrue(msg.contains("Translation capacity exceeded"), msg);
    }
}
