package pincheck.alloy.run;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import kodkod.engine.satlab.SATFactory;
import org.alloytools.solvers.natv.glucose.GlucoseRef;
import org.alloytools.solvers.natv.minisat.MiniSatRef;

/**
 * The SAT solvers pincheck lets Alloy use. SAT4J is pure Java and always works; MiniSat and
 * Glucose are JNI libraries the Alloy dist jar unpacks for linux/amd64, darwin and windows.
 */
public enum AlloySolver {
    SAT4J("sat4j"),
    MINISAT("minisat"),
    GLUCOSE("glucose");

    static {
        Quiet.logging();
    }

    private final String id;
    // loading a JNI library once is enough to know; the answer cannot change within a JVM
    private final Supplier<Boolean> available = Suppliers.memoize(this::probe);

    AlloySolver(String id) {
        this.id = id;
    }

    /** Alloy's own name of the solver, as its GUI and CLI spell it. */
    public String id() {
        return id;
    }

    /** Whether the solver loads on this machine and solves a one-clause problem. */
    public boolean isAvailable() {
        return available.get();
    }

    private boolean probe() {
        try {
            return factory().check() == null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * A factory made directly, never through {@code SATFactory.find/get}: those probe every
     * solver, which starts the external plingeling and leaves .cnf files in the temp dir.
     */
    SATFactory factory() {
        return switch (this) {
            // never SAT4JRef.INSTANCE: loading SAT4JRef before SATFactory leaves DEFAULT null
            case SAT4J -> SATFactory.DEFAULT;
            case MINISAT -> new MiniSatRef();
            case GLUCOSE -> new GlucoseRef();
        };
    }
}
