package pincheck.alloy.run;

import edu.mit.csail.sdg.alloy4.A4Reporter;

/** A silent reporter that remembers what Alloy was doing, so a timeout can say where it hit. */
final class PhaseReporter extends A4Reporter {
    private volatile String phase = "parsing";

    String phase() {
        return phase;
    }

    void set(String p) {
        phase = p;
    }

    @Override
    public void translate(String solver, int bitwidth, int maxseq, int mintrace, int maxtrace, int skolemDepth,
                          int symmetry, String strategy) {
        phase = "translating to SAT";
    }

    @Override
    public void solve(int steps, int primaryVars, int totalVars, int clauses) {
        String size = totalVars + " variables, " + clauses + " clauses";
        phase = steps > 0 ? "solving for traces of " + steps + " steps (" + size + ")" : "solving (" + size + ")";
    }
}
