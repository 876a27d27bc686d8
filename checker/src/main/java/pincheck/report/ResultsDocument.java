package pincheck.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * counterexamples/results.json: every verdict of a suite as data, written by {@link SuiteReport}
 * and read back by the paper and by the comparison with a fresh run.
 */
public record ResultsDocument(String schema, ScalingDoc scaling, List<ScenarioDoc> scenarios, List<DesignDoc> designs,
                              List<PropertyDoc> properties, List<ModelDoc> models) {
    public static final String SCHEMA = "pincheck.results/1";

    /** The numbers scaled down, and the sentence every report says them in. */
    public record ScalingDoc(int bias, int refMax, int zeroBase, String describe) {}

    /** title: the scenario's quoted description; file: as the suite cites it. */
    public record ScenarioDoc(String name, String title, String file) {}

    /**
     * kernel: whose code the design runs ("2019", "6.1", "6.12"); hypothetical: its knob values no
     * kernel has, as knob=value; the knobs in knob order.
     */
    public record DesignDoc(String name, String kernel, List<String> hypothetical, Map<String, String> knobs) {
        public static DesignDoc of(pincheck.design.Design d) {
            Map<String, String> knobs = new java.util.LinkedHashMap<>();
            for (pincheck.design.Knob k : pincheck.design.Knob.values()) {
                knobs.put(k.key(), d.value(k));
            }
            return new DesignDoc(d.name(), d.kernel().token(), d.hypotheticals(), knobs);
        }
    }

    /** kind: property, liveness or condition. */
    public record PropertyDoc(String name, String kind, String title, String sentence) {}

    public record ModelDoc(String scenario, String design, String engine, List<ResultDoc> results) {}

    /**
     * One verdict: holds with its depth, violated with its steps and the trace.md it is narrated in,
     * inconclusive with the reason; the state counts when the engine gave them.
     */
    public record ResultDoc(String property, String verdict, Optional<Long> distinct, Optional<Long> generated,
                            Optional<Long> depth, Optional<Long> steps, Optional<String> trace,
                            Optional<String> reason) {}

    /** Reads a results.json; a file of another schema or shape is named with the fix. */
    public static ResultsDocument read(String text, String where) throws JsonFiles.BadFile {
        return JsonFiles.read(text, ResultsDocument.class, SCHEMA, where, "./pincheck suite");
    }
}
