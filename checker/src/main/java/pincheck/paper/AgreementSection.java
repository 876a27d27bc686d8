package pincheck.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Optional;
import pincheck.report.AgreementReport;

/** TLC's and Alloy's verdicts compared, from agreement.json (written by `./pincheck suite --engine both`). */
final class AgreementSection {
    static final String FILE = "agreement.json";

    private AgreementSection() {}

    static Section build(Optional<Doc> agreement) throws PaperException {
        List<Block> b = new ArrayList<>();
        if (agreement.isEmpty()) {
            b.add(new Block.Para("`" + FILE + "` is not in the results folder (the suite ran with `--engine tlc`): "
                    + "no claim is made here that a second engine agrees."));
            return new Section("agreement", "A second engine: Alloy", b);
        }
        List<List<String>> rows = new ArrayList<>();
        // one item per distinct reason, as in agreement.md
        SortedSet<String> refused = new TreeSet<>();
        long agree = 0;
        long disagree = 0;
        long mirrored = 0;
        long capped = 0;
        for (Doc m : agreement.get().list("models")) {
            String why = m.strOr("skipped", "");
            if (!why.isEmpty()) {
                refused.add(m.strOr("scenario", "") + ": " + why);
                continue;
            }
            mirrored++;
            agree += m.num("agree").orElse(0);
            disagree += m.num("disagree").orElse(0);
            long bound = m.num("bound").orElse(0);
            long depth = m.num("tlc_depth").orElse(bound);
            capped += bound < depth ? 1 : 0;
            rows.add(List.of(m.strOr("scenario", ""), m.strOr("design", ""), AgreementReport.boundCell(bound, depth),
                    m.strOr("agree", "-"), m.strOr("disagree", "-"), m.strOr("not_compared", "-")));
        }
        b.add(new Block.Para("Every model given to Alloy (below) was checked a second time by Alloy 6 (SAT-based, bounded) from "
                + "`specs/alloy/Pinning.als`, a separate encoding of the same operations under the same names, up to "
                + "the depth TLC reported, so that no state TLC reached is beyond Alloy's bound; the " + capped
                + " models deeper than the suite's bound were checked up to that bound instead (\"k of d\" below), "
                + "which leaves their deeper states to TLC alone. A violation counts as "
                + "agreed when Alloy's shortest counterexample is as long as TLC's and TLC's call sequence replays in "
                + "Alloy as a behaviour breaking the same property. On " + mirrored + " models, " + agree
                + " property verdicts agree and " + disagree + " disagree; EventuallyQuiet (liveness) is TLC's alone."));
        long comparedModels = rows.size();
        b.add(new Block.Para("Per model: " + comparedModels + " models compared, " + rows.stream()
                .filter(r -> !r.get(4).equals("0") && !r.get(4).equals("-")).count() + " with a disagreement, "
                + capped + " checked by Alloy to less than TLC's depth; the table of every model is in the appendix."));
        if (!refused.isEmpty()) {
            List<String> items = new ArrayList<>(refused);
            b.add(new Block.Para("Not given to Alloy, so their verdicts rest on TLC alone: the scenarios the mirror "
                    + "refuses rather than check a model that drops a call:"));
            b.add(new Block.Items(false, items));
        }
        return new Section("agreement", "A second engine: Alloy", b);
    }

    /** For the appendix: the agreement of every model Alloy checked. */
    static Optional<Section> appendix(Optional<Doc> agreement) throws PaperException {
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Doc m : agreement.get().list("models")) {
            if (!m.strOr("skipped", "").isEmpty()) {
                continue;
            }
            long bound = m.num("bound").orElse(0);
            long depth = m.num("tlc_depth").orElse(bound);
            rows.add(List.of(m.strOr("scenario", ""), m.strOr("design", ""), AgreementReport.boundCell(bound, depth),
                    m.strOr("agree", "-"), m.strOr("disagree", "-"), m.strOr("not_compared", "-")));
        }
        return Optional.of(new Section("agreement-models", "TLC and Alloy per model", List.of(
                Block.Table.of("Property verdicts of TLC and Alloy compared, per model", List.of("scenario", "design",
                        "Alloy bound", "agree", "disagree", "not compared"), rows))));
    }
}
