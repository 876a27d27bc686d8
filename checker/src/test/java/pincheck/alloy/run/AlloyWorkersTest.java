package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.alloy.run.AlloyOutcome.Kind;

/**
 * Checks in worker JVMs give the in-process verdicts and traces (Glucose included, whose stdout
 * lines must not reach the answer), and a worker that times out or runs out of memory gives an
 * inconclusive outcome with the reason and is gone, with every process it started.
 */
class AlloyWorkersTest {
    private static final String COUNTER = Modules.load("counter.als");

    @Test
    void aWorkerGivesTheInProcessVerdictAndTraceAndIsReused() {
        AlloyWorkers workers = new AlloyWorkers(List.of());
        try {
            for (AlloySolver solver : List.of(AlloySolver.SAT4J, AlloySolver.GLUCOSE)) {
                for (String command : List.of("BelowThree", "NonNegative")) {
                    AlloyRequest req = AlloyRequest.check(command).withSolver(solver).withExpressions("Counter.n");
                    AlloyOutcome here = AlloyRunner.run(COUNTER, req.withSolver(AlloySolver.SAT4J));
                    AlloyOutcome there = workers.run(COUNTER, req);
                    assertEquals(here.kind(), there.kind(), command + ": " + there);
                    assertEquals(here.trace().map(AlloyTrace::length), there.trace().map(AlloyTrace::length));
                    // the shortest BelowThree trace counts 0, 1, 2, 3 whichever solver found it
                    assertEquals(here.trace().map(t -> t.state(t.length() - 1).single("Counter.n")),
                            there.trace().map(t -> t.state(t.length() - 1).single("Counter.n")), command);
                }
            }
            assertEquals(1, workers.running(), "one worker JVM answered every check");
        } finally {
            workers.stopAll();
        }
        assertEquals(0, workers.running());
    }

    @Test
    void aWorkerPastItsTimeLimitIsATimeoutAndIsKilled() throws InterruptedException {
        AlloyWorkers workers = new AlloyWorkers(List.of());
        // Glucose's JNI search cannot be stopped from Java: only killing its JVM ends it
        AlloyOutcome out = workers.run(Modules.load("pigeons.als"),
                AlloyRequest.check("Shared").withSolver(AlloySolver.GLUCOSE).withTimeLimit(Duration.ofSeconds(2)));
        assertEquals(Kind.TIMEOUT, out.kind(), out.toString());
        assertTrue(out.error().orElseThrow().startsWith("time limit of 2"), out.toString());
        assertTrue(out.seconds() < 2 + AlloyWorkers.GRACE.toSeconds(), out.toString());
        assertTrue(gone(workers, Duration.ofSeconds(10)), "a worker JVM is still running: " + workers.pids());
    }

    @Test
    void aWorkerOutOfMemoryIsAnErrorSayingSoAndIsGone() throws InterruptedException {
        AlloyWorkers workers = new AlloyWorkers(List.of("-Xmx24m"));
        // a ternary relation over 80 atoms: half a million variables do not fit in 24 MB
        AlloyOutcome out = workers.run("sig A { r: A -> A }\nassert X { all a: A | some a.r }\ncheck X for 80\n",
                AlloyRequest.check("X").withTimeLimit(Duration.ofMinutes(2)));
        assertEquals(Kind.ERROR, out.kind(), out.toString());
        assertTrue(out.error().orElseThrow().startsWith("out of memory: Alloy's JVM exited"), out.toString());
        assertTrue(gone(workers, Duration.ofSeconds(10)), "a worker JVM is still running: " + workers.pids());
        // the next check gets a new worker
        AlloyOutcome next = workers.run(COUNTER, AlloyRequest.check("BelowThree"));
        assertEquals(Kind.COUNTEREXAMPLE, next.kind(), next.toString());
        workers.stopAll();
    }

    private static boolean gone(AlloyWorkers workers, Duration within) throws InterruptedException {
        List<Long> pids = workers.pids();
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            boolean anyAlive = pids.stream().map(ProcessHandle::of).anyMatch(h -> h.map(ProcessHandle::isAlive)
                    .orElse(false));
            if (!pids.isEmpty() && workers.running() == 0 && !anyAlive) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
