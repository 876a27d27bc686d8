package pincheck.claims;

import java.util.List;
import pincheck.report.JsonFiles;

/** claims.json: each claim of the thread, its verdict and the runs it rests on; read by the paper. */
public record ClaimsDocument(String schema, List<ClaimDoc> claims) {
    public static final String SCHEMA = "pincheck.claims/1";

    /** verdict: confirmed, partly_true, refuted or inconclusive. */
    public record ClaimDoc(String id, String quote, String who, String where, String question, String verdict,
                           String summary, List<EvidenceDoc> evidence) {}

    /** One run: its verdict, distinct states (0 when none), steps of its trace (0 when none), trace.md or "". */
    public record EvidenceDoc(String scenario, String design, String property, String verdict, long distinct,
                              long steps, String shows, String trace) {}

    public static ClaimsDocument read(String text, String where) throws JsonFiles.BadFile {
        return JsonFiles.read(text, ClaimsDocument.class, SCHEMA, where, "./pincheck claims");
    }
}
