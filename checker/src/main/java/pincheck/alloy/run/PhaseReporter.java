package pincheck.alloy.run;

import edu.mit.csail.sdg.alloy4.A4Reporter;

/** A silent reporter that remembers what Alloy was doing, so a timeout can say where it hit. */
final class PhaseReporter extends A4Reporter {
    private volatile String phase = "parsing";
    private final long start = System.nanoTime();
    private volatile long translating;
    private volatile long solving;
    private volatile String size = "";

    String phase() {
        return phase;
    }

    void set(String p) {
        phase = p;
        if (p.startsWith("translating") && translating == 0) {
            translating = System.nanoTime();
        }
    }

    /** Seconds spent parsing, translating and solving so far, and the SAT problem's size, for measurements. */
    String timings() {
        long now = System.nanoTime();
        long t = translating == 0 ? now : translating;
        long s = solving == 0 ? now : solving;
        return String.format(java.util.Locale.ROOT, "parse %.2f translate %.2f solve %.2f %s",
                (t - start) / 1e9, (s - t) / 1e9, (now - s) / 1e9, size);
    }

    @Override
    public void translate(String solver, int bitwidth, int maxseq, int mintrace, int maxtrace, int skolemDepth,
                          int symmetry, String strategy) {
        phase = "translating to SAT";
    }

    @Override
    public void solve(int steps, int primaryVars, int totalVars, int clauses) {
        String size = totalVars + " variables, " + clauses + " clauses";
        this.size = size;
        if (solving == 0) {
            solving = System.nanoTime();
        }
        phase = steps > 0 ? "solving for traces of " + steps + " steps (" + size + ")" : "solving (" + size + ")";
    }
}
