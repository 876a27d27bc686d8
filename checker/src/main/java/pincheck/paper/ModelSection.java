package pincheck.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pincheck.design.Knob;
import pincheck.design.Presets;

/** The model: objects, operations, knobs and presets, scaled numbers, and the key TLA+ operators. */
final class ModelSection {
    private ModelSection() {}

    /** Module and operator quoted, in the order the text walks through them. */
    private static final List<List<String>> LISTED = List.of(
            List.of("PageRef.tla", "RefAdd"), List.of("PageRef.tla", "PutRefs"), List.of("PageRef.tla", "Pin"),
            List.of("PageRef.tla", "Unpin"), List.of("PageRef.tla", "Mismatch"),
            List.of("Pinning.tla", "TakeHow"), List.of("Pinning.tla", "BioReleaseMode"), List.of("Pinning.tla", "ReleaseEach_"),
            List.of("Pinning.tla", "bio_endio"), List.of("Pinning.tla", "process_one_work"));

    static Section build(Results r, Path tlaDir) throws PaperException {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Para("A scenario file (`specs/scenarios/*.pin`) declares the objects of one kernel I/O "
                + "path: pages (user, page cache, ZERO_PAGE or kernel; small or part of a large folio), iterators "
                + "over them (iovec, ubuf, bvec, kvec, pipe), bios, and one program of kernel calls per actor "
                + "(submitter, filesystem, splice, writeback, munmap). pincheck turns it, with a design, into a "
                + "TLA+ module over the hand-written `specs/tla/PageRef.tla` (one page's counters) and "
                + "`specs/tla/Pinning.tla` (every kernel operation once, named as in C). Besides the actors, "
                + "the completion context may run `bio_endio()` on any bio in flight at any time, the block "
                + "layer may merge bios into one request, and a workqueue may run releases the end_io queued. "
                + "TLC explores every interleaving."));
        b.add(new Block.Para("A page's state is its `_refcount`, its `_pincount` (large folios), a GUP-ref "
                + "counter (Harrosh's design), and flags: mapped, in the page cache, freed, dirty, under "
                + "writeback, wrapped. A bio records each page with how its reference was taken (pin, get or "
                + "none), its end_io, flags and state (filling, in flight, done)."));
        b.add(new Block.Para("A design is a value for each knob; the presets are the designs the thread and "
                + "the kernel discuss."));
        List<List<String>> knobs = new ArrayList<>();
        for (Knob k : Knob.values()) {
            knobs.add(List.of(k.key(), k.tlaConstant(), k.meaning(), String.join(", ", k.choices())));
        }
        b.add(Block.Table.of("Knobs (TLA+ constants of the semantics modules)",
                List.of("knob", "TLA+ constant", "meaning", "values"), knobs).withWidths(0.15, 0.19, 0.42, 0.24));
        b.add(new Block.Para("The designs checked are " + String.join(", ", r.designs().stream()
                .map(d -> "`" + d.name() + "`").toList()) + "; the appendix gives each one's knob values and origin."));
        b.add(new Block.Para("Numbers are scaled so that overflow is reachable in a small model: "
                + r.scaling() + ". A pin on a small folio adds the scaled bias; the sign-based overflow "
                + "check and the wrap of `_refcount` are kept exactly."));
        b.add(new Block.Para("The appendix quotes the key operators (" + String.join(", ",
                LISTED.stream().map(op -> "`" + op.get(1) + "`").toList()) + "), cut from the specification files "
                + "by name when the paper is generated, so they are the operators that were checked."));
        return new Section("model", "The model", b);
    }

    /** For the appendix: each design's knob values and where it comes from. */
    static Section designs(Results r) {
        List<List<String>> presets = new ArrayList<>();
        for (Results.Design d : r.designs()) {
            presets.add(List.of(d.name(), d.describe(), Presets.find(d.name()).map(Presets.Preset::origin).orElse("")));
        }
        return new Section("designs", "The designs", List.of(Block.Table.of("Designs checked",
                List.of("design", "knobs", "origin"), presets).withWidths(0.17, 0.45, 0.38)));
    }

    /** For the appendix: the operators the model section names, as the specification files have them. */
    static Section listings(Path tlaDir) throws PaperException {
        List<Block> b = new ArrayList<>();
        for (List<String> op : LISTED) {
            SpecListing.Operator o = SpecListing.find(tlaDir, op.get(0), op.get(1));
            b.add(new Block.Listing("`" + o.name() + "` (specs/tla/" + o.module() + ")", o.lines()));
        }
        return new Section("listings", "The key operators", b);
    }
}
