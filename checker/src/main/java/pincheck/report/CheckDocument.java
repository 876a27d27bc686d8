package pincheck.report;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What `pincheck check --json` prints: one document for every outcome. outcome and exit are
 * the exit status ({@link pincheck.verdict.ExitStatus}); error is there for bad input and
 * internal failures; engines holds each engine's verdicts (TLC, Alloy, or both), and
 * agreement the comparison when both ran.
 */
public record CheckDocument(String schema, String outcome, int exit, Optional<ErrorDoc> error,
                            Optional<String> scenario, Optional<String> file, Optional<ResultsDocument.DesignDoc> design,
                            Optional<ResultsDocument.ScalingDoc> scaling, List<EngineDoc> engines,
                            Optional<AgreementDoc> agreement) {
    public static final String SCHEMA = "pincheck.check/1";

    /** The one-line message (FILE:LINE: problem; fix), and its file and line when it names one. */
    public record ErrorDoc(String message, Optional<String> file, Optional<Integer> line) {}

    public record EngineDoc(String engine, String outcome, List<PropertyDoc> results) {}

    /**
     * One property: the verdict word (conditions: reachable / unreachable), Alloy's bound when it
     * holds up to one, TLC's counts when it gave them, the reason when inconclusive or not checked,
     * and the counterexample or witness step by step.
     */
    public record PropertyDoc(String property, String kind, String verdict, Optional<Long> bound,
                              Optional<Long> generated, Optional<Long> distinct, Optional<Long> depth, double seconds,
                              Optional<String> reason, Optional<String> explanation, List<StepDoc> trace) {}

    public record StepDoc(int step, String actor, String call, List<String> args, String site, String note,
                          List<ChangeDoc> changes) {}

    /**
     * One change of a step, as data: a page's or a bio's field from one value to another
     * ({@code {"page": "U0", "field": "_refcount", "from": 1, "to": 2}}), or a harm that
     * appeared ({@code {"page": "Z", "harm": "underflow"}}).
     */
    public record ChangeDoc(Optional<String> page, Optional<String> bio, Optional<String> field,
                            Optional<JsonElement> from, Optional<JsonElement> to, Optional<String> harm) {}

    /** agrees: no property disagrees; complete: every safety property was compared. */
    public record AgreementDoc(boolean agrees, boolean complete, List<RowDoc> rows) {}

    /** status: agree, disagree or not compared. */
    public record RowDoc(String property, String status, String detail) {}

    public static CheckDocument read(String text, String where) throws JsonFiles.BadFile {
        return JsonFiles.read(text, CheckDocument.class, SCHEMA, where, "pincheck check --json");
    }
}
