package pincheck.report;

import java.util.List;
import java.util.Optional;

/**
 * agreement.json: per model of a suite, Alloy's bound and how many property verdicts agree,
 * disagree or were not compared; or, for a scenario the mirror refuses, why it was skipped.
 */
public record AgreementDocument(String schema, List<ModelDoc> models) {
    public static final String SCHEMA = "pincheck.agreement/1";

    /**
     * Either skipped (the reason) or the counts, with Alloy's bound and TLC's depth in states; notes
     * are the disagreements and the safety properties not compared, each with why.
     */
    public record ModelDoc(String scenario, String design, Optional<String> skipped, Optional<Counts> counts,
                           List<NoteDoc> notes) {}

    /** status: disagree or not compared. */
    public record NoteDoc(String property, String status, String detail) {}

    public record Counts(long bound, long tlcDepth, long agree, long disagree, long notCompared) {}

    public static AgreementDocument read(String text, String where) throws JsonFiles.BadFile {
        return JsonFiles.read(text, AgreementDocument.class, SCHEMA, where, "./pincheck suite");
    }
}
