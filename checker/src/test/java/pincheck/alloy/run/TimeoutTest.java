package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import pincheck.alloy.run.AlloyOutcome.Kind;

/** pigeons.als has no counterexample but takes minutes to say so: a time limit gives TIMEOUT. */
class TimeoutTest {

    @Test
    void aTinyTimeLimitIsATimeoutNeverNoCounterexample() throws InterruptedException {
        AlloyOutcome out = AlloyRunner.run(Modules.load("pigeons.als"),
                AlloyRequest.check("Shared").withTimeLimit(Duration.ofMillis(300)));
        assertEquals(Kind.TIMEOUT, out.kind(), out.toString());
        assertTrue(out.error().orElseThrow().startsWith("time limit of 0.3 s reached while"), out.toString());
        assertTrue(out.seconds() < 1.0, out.toString());
        // the abandoned run stops once translation reaches CNF, rather than searching for minutes
        assertTrue(workerEnds("alloy-Shared", Duration.ofSeconds(10)), "worker still running");
    }

    @Test
    void aLimitReachedDuringTheSatSearchStopsIt() throws InterruptedException {
        AlloyOutcome out = AlloyRunner.run(Modules.load("pigeons.als"),
                AlloyRequest.check("Shared").withTimeLimit(Duration.ofSeconds(3)));
        assertEquals(Kind.TIMEOUT, out.kind(), out.toString());
        // translation cannot be stopped (a second or two here); CNF generation and SAT4J can
        assertTrue(workerEnds("alloy-Shared", Duration.ofSeconds(5)), "worker still running");
    }

    private static boolean workerEnds(String name, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals(name))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
