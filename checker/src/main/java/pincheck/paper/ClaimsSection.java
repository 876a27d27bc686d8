package pincheck.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pincheck.claims.ClaimsDocument;

/** The thread's claims with their verdicts, from claims.json (written by `./pincheck claims`). */
final class ClaimsSection {
    private ClaimsSection() {}

    static Section build(Optional<ClaimsDocument> claims) throws PaperException {
        List<Block> b = new ArrayList<>();
        if (claims.isEmpty()) {
            b.add(new Block.Para("`claims.json` is not in the results folder; `./pincheck claims` produces it. "
                    + "No verdict on the thread's claims is given here without it."));
            return new Section("claims", "The thread's claims", b);
        }
        List<List<String>> summary = new ArrayList<>();
        for (ClaimsDocument.ClaimDoc c : claims.get().claims()) {
            summary.add(List.of(c.id(), c.who(), c.quote(), c.verdict()));
        }
        b.add(Block.Table.of("Claims and verdicts", List.of("id", "who", "claim", "verdict"), summary)
                .withWidths(0.15, 0.17, 0.53, 0.15));
        for (ClaimsDocument.ClaimDoc c : claims.get().claims()) {
            b.add(new Block.Para(c.id() + " (" + c.who() + ", " + c.where() + "): \"" + c.quote() + "\" Question: "
                    + c.question() + " Verdict: " + c.verdict() + ". " + c.summary()));
        }
        b.add(new Block.Para("The models behind each verdict are listed in the appendix."));
        return new Section("claims", "The thread's claims", b);
    }

    /** For the appendix: the models each claim's verdict rests on. */
    static Optional<Section> appendix(Optional<ClaimsDocument> claims) {
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        List<Block> b = new ArrayList<>();
        for (ClaimsDocument.ClaimDoc c : claims.get().claims()) {
            List<List<String>> ev = new ArrayList<>();
            for (ClaimsDocument.EvidenceDoc e : c.evidence()) {
                ev.add(List.of(e.scenario(), e.design(), e.property(), e.verdict(), Long.toString(e.distinct()),
                        Long.toString(e.steps())));
            }
            if (!ev.isEmpty()) {
                b.add(Block.Table.of("Evidence for " + c.id() + " (" + c.verdict() + ")", List.of("scenario", "design",
                        "property", "verdict", "distinct", "steps"), ev));
            }
        }
        return Optional.of(new Section("claims-evidence", "The claims' evidence", b));
    }
}
