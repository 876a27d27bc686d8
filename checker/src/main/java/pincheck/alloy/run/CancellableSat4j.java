package pincheck.alloy.run;

import java.util.ArrayList;
import java.util.List;
import kodkod.engine.satlab.SATAbortedException;
import kodkod.engine.satlab.SATFactory;
import kodkod.engine.satlab.SATSolver;
import kodkod.solvers.SAT4J;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ISolver;

/**
 * SAT4J as Alloy's {@code sat4j}, but stoppable: Kodkod's SAT4J wrapper ignores
 * Thread.interrupt, so an abandoned run would otherwise keep a core busy until it finished.
 * {@link #cancel()} expires every SAT4J search of the run and refuses to start new ones.
 */
final class CancellableSat4j extends SATFactory {
    private static final long serialVersionUID = 1L;

    // a backstop past the runner's own deadline, in case cancel() races a search's start
    private static final long GRACE_MS = 1000;

    // Alloy may create one solver per step count of a temporal command; all are stopped
    private final transient List<ISolver> solvers = new ArrayList<>();
    private final transient long deadlineNanos;
    private transient volatile boolean cancelled;

    /** A factory whose searches also give up on their own shortly after {@code deadlineNanos}. */
    CancellableSat4j(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public String id() {
        return "sat4j";
    }

    @Override
    public String type() {
        return "java";
    }

    @Override
    public boolean incremental() {
        return true;
    }

    @Override
    protected SATSolver createSolver() {
        ISolver solver = SolverFactory.instance().defaultSolver();
        long leftMs = (deadlineNanos - System.nanoTime()) / 1_000_000;
        solver.setTimeoutMs(Math.max(1, leftMs) + GRACE_MS);
        synchronized (this) {
            solvers.add(solver);
        }
        // not thrown here: SATFactory logs a failed creation at ERROR with a stack trace
        return new Guarded(new SAT4J(solver));
    }

    /** Stops the searches under way (SAT4J then reports a timeout) and any later one. */
    void cancel() {
        synchronized (this) {
            cancelled = true;
            solvers.forEach(ISolver::expireTimeout);
        }
    }

    /** Checks for cancellation per clause (ends CNF generation) and before each search. */
    private final class Guarded implements SATSolver {
        private final SATSolver inner;

        Guarded(SATSolver inner) {
            this.inner = inner;
        }

        @Override public int numberOfVariables() { return inner.numberOfVariables(); }
        @Override public int numberOfClauses() { return inner.numberOfClauses(); }
        @Override public void addVariables(int n) { inner.addVariables(n); }
        @Override
        public boolean addClause(int[] lits) {
            abortIfCancelled();
            return inner.addClause(lits);
        }
        @Override public boolean valueOf(int v) { return inner.valueOf(v); }
        @Override public void free() { inner.free(); }

        @Override
        public boolean solve() {
            abortIfCancelled();
            return inner.solve();
        }

        private void abortIfCancelled() {
            if (cancelled) {
                throw new SATAbortedException("time limit reached");
            }
        }
    }
}
