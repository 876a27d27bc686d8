package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SAT4J always works; the native solvers, where they load, give the same verdicts. Glucose
 * prints "c last restart ..." straight to fd 1 when it finds a model, which surefire reports
 * as a corrupted channel warning; the test keeps it, as the CLI will see the same.
 */
class SolversTest {
    private static final String COUNTER = Modules.load("counter.als");

    @Test
    void sat4jNeedsNoNativeLibrary() {
        assertTrue(AlloySolver.SAT4J.isAvailable());
    }

    @ParameterizedTest
    @EnumSource(value = AlloySolver.class, names = {"MINISAT", "GLUCOSE"})
    void aNativeSolverAgreesWithSat4j(AlloySolver solver) {
        assumeTrue(solver.isAvailable(), solver + " does not load here");
        for (String command : new String[] {"BelowThree", "NonNegative"}) {
            AlloyOutcome java = AlloyRunner.run(COUNTER, AlloyRequest.check(command));
            AlloyOutcome nat = AlloyRunner.run(COUNTER, AlloyRequest.check(command).withSolver(solver));
            assertEquals(java.kind(), nat.kind(), command + ": " + nat);
            assertEquals(solver.id(), nat.solver());
            assertEquals(java.trace().map(AlloyTrace::length), nat.trace().map(AlloyTrace::length), command);
        }
    }
}
