package pincheck.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The thread's claims with their verdicts, from claims.json (written by `./pincheck claims`). */
final class ClaimsSection {
    private ClaimsSection() {}

    static Section build(Optional<Doc> claims) throws PaperException {
        List<Block> b = new ArrayList<>();
        if (claims.isEmpty()) {
            b.add(new Block.Para("`claims.json` is not in the results folder; `./pincheck claims` produces it. "
                    + "No verdict on the thread's claims is given here without it."));
            return new Section("claims", "The thread's claims", b);
        }
        List<List<String>> summary = new ArrayList<>();
        for (Doc c : claims.get().list("claims")) {
            summary.add(List.of(c.strOr("id", ""), c.strOr("who", ""), c.strOr("quote", ""), c.strOr("verdict", "")));
        }
        b.add(Block.Table.of("Claims and verdicts", List.of("id", "who", "claim", "verdict"), summary)
                .withWidths(0.15, 0.17, 0.53, 0.15));
        for (Doc c : claims.get().list("claims")) {
            b.add(new Block.Para(c.strOr("id", "") + " (" + c.strOr("who", "") + ", " + c.strOr("where", "")
                    + "): \"" + c.strOr("quote", "") + "\" Question: " + c.strOr("question", "") + " Verdict: "
                    + c.strOr("verdict", "") + ". " + c.strOr("summary", "")));
            List<List<String>> ev = new ArrayList<>();
            for (Doc e : c.listOrEmpty("evidence")) {
                ev.add(List.of(e.strOr("scenario", ""), e.strOr("design", ""), e.strOr("property", ""),
                        e.strOr("verdict", ""), e.strOr("distinct", "-"), e.strOr("steps", "-")));
            }
            if (!ev.isEmpty()) {
                b.add(Block.Table.of("Evidence for " + c.strOr("id", ""), List.of("scenario", "design", "property",
                        "verdict", "distinct", "steps"), ev));
            }
        }
        return new Section("claims", "The thread's claims", b);
    }
}
