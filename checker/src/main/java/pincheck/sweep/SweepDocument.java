package pincheck.sweep;

import java.util.List;
import java.util.Map;
import pincheck.report.JsonFiles;

/** sweep-SCENARIO.json: every knob combination of one scenario and what its run found; read by the paper. */
public record SweepDocument(String schema, String scenario, List<String> knobs, String base, List<String> properties,
                            List<RowDoc> rows, List<DecidingDoc> deciding, List<String> tree) {
    public static final String SCHEMA = "pincheck.sweep/1";

    /** values: knob to value, in the order of knobs; inconclusive: why the run did not finish (none or one). */
    public record RowDoc(Map<String, String> values, List<String> violated, List<String> inconclusive,
                         long distinct) {

        public boolean safe() { return violated.isEmpty() && inconclusive.isEmpty(); }
    }

    /** A knob and the sentence saying how often it alone turns a safe design unsafe. */
    public record DecidingDoc(String knob, String explains) {}

    public static SweepDocument read(String text, String where) throws JsonFiles.BadFile {
        return JsonFiles.read(text, SweepDocument.class, SCHEMA, where, "./pincheck sweep SCENARIO");
    }
}
