package pincheck.claims;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import pincheck.report.CheckReport;
import pincheck.report.JsonFiles;
import pincheck.report.SuiteReport;
import pincheck.verdict.PropertyResult;

/**
 * The claims as files: claims.md (for people), claims.json (for the paper) and, per
 * piece of evidence with a trace, a folder like a suite violation's. Deterministic: no timings.
 */
public final class ClaimsReport {
    public static final String FOLDER = "claims";

    private ClaimsReport() {}

    public record Settled(Claim claim, Finding finding) {}

    public static ImmutableSortedMap<String, String> files(List<Settled> settled) {
        Map<String, String> files = new TreeMap<>();
        StringBuilder md = new StringBuilder("# The thread's claims, settled\n\n"
                + "Each claim of " + Claims.THREAD + " is checked on the models named under it. A claim is "
                + "refuted by a counterexample and confirmed only by exhaustive runs (state counts given). "
                + "Regenerate with `./pincheck claims`.\n");
        List<ClaimsDocument.ClaimDoc> json = new ArrayList<>();
        for (Settled s : settled) {
            Claim c = s.claim();
            Finding f = s.finding();
            md.append("\n## ").append(c.id()).append(": ").append(f.verdict().word()).append("\n\n> ")
                    .append(c.quote()).append("\n>\n> — ").append(c.who()).append("\n\n**Question.** ")
                    .append(c.question()).append("\n\n**Verdict.** ")
                    .append(f.summary()).append("\n\n| scenario | design | property | verdict | shows |\n"
                            + "|---|---|---|---|---|\n");
            List<ClaimsDocument.EvidenceDoc> evidence = new ArrayList<>();
            int n = 0;
            for (Evidence e : f.evidence()) {
                PropertyResult x = e.verdict();
                String trace = "";
                if (x.trace().isPresent()) {
                    // A folder like a suite violation's: narration, ITF, diagrams and the model that found it.
                    String folder = FOLDER + "/" + c.id() + "/" + (++n) + "-" + e.scenario().name() + "-"
                            + x.property().tlaName();
                    SuiteReport.artifacts(new SuiteReport.Entry(e.scenario(), e.result()), x, x.trace().get(),
                                    Optional.empty())
                            .forEach((name, text) -> files.put(folder + "/" + name, text));
                    trace = folder + "/trace.md";
                }
                String cell = CheckReport.verdictText(x).replace("|", "\\|");
                md.append("| ").append(e.scenario().name()).append(" | ").append(e.result().design().name())
                        .append(" | ").append(x.property().tlaName()).append(" | ")
                        .append(trace.isEmpty() ? cell : "[" + cell + "](" + trace + ")").append(" | ")
                        .append(e.shows()).append(" |\n");
                evidence.add(evidenceJson(e, trace));
            }
            json.add(new ClaimsDocument.ClaimDoc(c.id(), c.quote(), c.who(), Claims.THREAD, c.question(),
                    f.verdict().name().toLowerCase(), f.summary(), evidence));
        }
        files.put("claims.md", md.toString());
        files.put("claims.json", JsonFiles.write(new ClaimsDocument(ClaimsDocument.SCHEMA, json)));
        return ImmutableSortedMap.copyOf(files);
    }

    private static ClaimsDocument.EvidenceDoc evidenceJson(Evidence e, String trace) {
        PropertyResult x = e.verdict();
        return new ClaimsDocument.EvidenceDoc(e.scenario().name(), e.result().design().name(), x.property().tlaName(),
                x.verdict().word(), x.distinct().orElse(0), x.trace().map(t -> t.steps().size()).orElse(0), e.shows(),
                trace);
    }
}
