package pincheck.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Optional;
import pincheck.report.AgreementDocument;
import pincheck.report.AgreementReport;

/** TLC's and Alloy's verdicts compared, from agreement.json (written by `./pincheck suite --engine both`). */
final class AgreementSection {
    static final String FILE = "agreement.json";

    private AgreementSection() {}

    static Section build(Optional<AgreementDocument> agreement) throws PaperException {
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
        for (AgreementDocument.ModelDoc m : agreement.get().models()) {
            if (m.skipped().isPresent() || m.counts().isEmpty()) {
                refused.add(m.scenario() + ": " + m.skipped().orElse("not compared"));
                continue;
            }
            AgreementDocument.Counts c = m.counts().get();
            mirrored++;
            agree += c.agree();
            disagree += c.disagree();
            capped += c.bound() < c.tlcDepth() ? 1 : 0;
            rows.add(row(m, c));
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
    static Optional<Section> appendix(Optional<AgreementDocument> agreement) throws PaperException {
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (AgreementDocument.ModelDoc m : agreement.get().models()) {
            if (m.skipped().isEmpty()) {
                m.counts().ifPresent(c -> rows.add(row(m, c)));
            }
        }
        return Optional.of(new Section("agreement-models", "TLC and Alloy per model", List.of(
                Block.Table.of("Property verdicts of TLC and Alloy compared, per model", List.of("scenario", "design",
                        "Alloy bound", "agree", "disagree", "not compared"), rows))));
    }

    private static List<String> row(AgreementDocument.ModelDoc m, AgreementDocument.Counts c) {
        return List.of(m.scenario(), m.design(), AgreementReport.boundCell(c.bound(), c.tlcDepth()),
                Long.toString(c.agree()), Long.toString(c.disagree()), Long.toString(c.notCompared()));
    }
}
