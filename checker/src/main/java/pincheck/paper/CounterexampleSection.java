package pincheck.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One counterexample the thread argued about, told as the kernel calls that lead to it. */
final class CounterexampleSection {
    private CounterexampleSection() {}

    /** Which violation a section shows, and what the reader should know first. */
    record Featured(String id, String title, String scenario, String design, String property, String intro) {}

    static final List<Featured> FEATURED = List.of(
            new Featured("cx-zero-page", "Counterexample: ZERO_PAGE in a direct-I/O bio", "dio-zero-page",
                    "split-end-io", "NoUnderflow",
                    "A sub-block `O_DIRECT` write: `fs/direct-io.c` fills the bio with pinned user pages and, "
                            + "for the zeroed tail of the new block, with ZERO_PAGE, on which it takes a plain "
                            + "reference (`get_page`). The split end_io design picks the `_gup` end_io once a "
                            + "pinned page is in the bio, and that end_io unpins every page, ZERO_PAGE included."),
            new Featured("cx-mixed-bio", "Counterexample: a bio mixing pinned and referenced pages", "mixed-bio",
                    "split-end-io", "NoUnderflow",
                    "One bio filled from two iterators: a user iovec (pages pinned by GUP) and a pipe (pages "
                            + "with a plain reference). The thread's concern: fill sites are disconnected from "
                            + "bio allocation, so one end_io cannot know how each page was taken."));

    static Section build(PaperInputs in, Featured f) throws PaperException {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Para(f.intro()));
        Results r = in.results();
        Optional<Results.Outcome> o = r.model(f.scenario(), f.design()).flatMap(m -> m.result(f.property()));
        if (o.isEmpty() || !o.get().verdict().equals("violated") || o.get().trace().isEmpty()) {
            b.add(new Block.Para("In these results `" + f.property() + "` is "
                    + o.map(Results.Outcome::verdict).orElse("not checked") + " for `" + f.scenario() + "` under `"
                    + f.design() + "`, so there is no counterexample to show."));
            return new Section(f.id(), f.title(), b);
        }
        String trace = o.get().trace();
        String folder = trace.substring(0, trace.lastIndexOf('/') + 1);
        CallSequence seq = CallSequence.parse(trace, in.file(trace).orElseThrow(() -> new PaperException(
                in.folder().resolve(trace) + " not found though results.json names it; run ./pincheck suite")));
        String knobs = r.designs().stream().filter(d -> d.name().equals(f.design())).findFirst()
                .map(Results.Design::describe).orElse("");
        b.add(new Block.Para("Scenario `" + f.scenario() + "`, design `" + f.design() + "` (" + knobs
                + "). TLC finds the shortest violation of `" + f.property() + "`: " + seq.steps().size()
                + " calls. Each row is one kernel call, where in the source it happens, and what it does to the "
                + "pages' counters."));
        List<List<String>> rows = new ArrayList<>();
        for (CallSequence.Step s : seq.steps()) {
            rows.add(List.of(s.number(), s.actor(), s.call(), s.site(), s.effect()));
        }
        b.add(Block.Table.of("The call sequence (from `counterexamples/" + trace + "`)",
                List.of("#", "actor", "call", "source site", "effect"), rows)
                .withWidths(0.05, 0.1, 0.21, 0.24, 0.4));
        if (!seq.verdict().isEmpty()) {
            b.add(new Block.Para(seq.verdict()));
        }
        figure(in, b, folder + "sequence.svg", "Sequence diagram of the counterexample (actors and calls)");
        figure(in, b, folder + "refcount.svg", "Each page's `_refcount` and pin count, step by step");
        if (!seq.reproduce().isEmpty()) {
            b.add(new Block.Para("Reproduce: " + seq.reproduce()));
        }
        return new Section(f.id(), f.title(), b);
    }

    private static void figure(PaperInputs in, List<Block> b, String file, String caption) throws PaperException {
        Optional<String> svg = in.file(file);
        b.add(svg.<Block>map(s -> new Block.Figure(caption, s)).orElseGet(() -> new Block.Para("(`" + file
                + "` is not in the results folder: the suite's per-violation diagrams were not generated, so "
                + "this figure is left out.)")));
    }
}
