package pincheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.tla.Models;

/**
 * The audit of src/test/resources/audit/tree, C files written with known answers: each
 * test names the file whose pattern it checks. Needs spatch (see {@link SpatchRequired}).
 */
class AuditTreeTest {
    static final Path TREE = TestTrees.TREE;
    private static AuditResult audit;

    static AuditResult run(Path tree) throws Exception {
        return Audit.run(new Audit.Request(tree, List.of(), Models.home().resolve("specs/audit"),
                Coverage.read(TestTrees.SCENARIOS), Optional.empty(), 2, Duration.ofSeconds(300)));
    }

    @BeforeAll
    static void runOnce() throws Exception {
        SpatchRequired.check();
        audit = run(TREE);
    }

    private static GupRow gup(String file, String function) {
        return audit.gups().stream().filter(g -> g.file().equals(file) && g.function().equals(function)).findFirst()
                .orElseThrow(() -> new AssertionError("no GUP row for " + file + ":" + function + " in " + audit.gups()));
    }

    private static List<String> releases(GupRow g) {
        return g.releases().stream().map(FoundRelease::text).distinct().toList();
    }

    @Test
    void thePutPageLoopMatchesItsFollGet() {
        GupRow g = gup("fs/loop.c", "t_loop");
        assertEquals(7, g.line());
        assertEquals("get_user_pages_fast", g.call());
        assertEquals(Reference.FOLL_GET, g.reference());
        assertEquals(List.of("t_loop: put_page"), releases(g));
        assertEquals(Match.MATCHES, g.match());
        assertEquals(List.of("t-loop"), g.scenarios(), "fs/loop.c:t_loop is covered by loop.pin");
    }

    @Test
    void anEndIoInAnotherFunctionReleasesThePinsOfItsBio() {
        GupRow g = gup("fs/endio.c", "t_submit");
        assertEquals(Reference.FOLL_PIN, g.reference());
        assertEquals(List.of("bio: bio_add_page in t_submit"), g.destinations());
        assertEquals(List.of("t_end_io (end_io): bio_release_pages -> unpin_user_folio if BIO_PAGE_PINNED"),
                releases(g));
        assertEquals(Match.MATCHES, g.match(), g.why());
        assertEquals(List.of(), g.scenarios());
    }

    @Test
    void anUnpinOfFollGetPagesIsAMismatch() {
        GupRow g = gup("fs/mismatch.c", "t_mismatch");
        assertEquals(Reference.FOLL_GET, g.reference());
        assertEquals(List.of("t_mismatch: unpin_user_pages"), releases(g));
        assertEquals(Match.MISMATCH, g.match());
        assertTrue(g.why().contains("FOLL_GET pages given back by t_mismatch: unpin_user_pages"), g.why());
    }

    @Test
    void pagesHandedOutOfTheFileHaveNoReleaseHere() {
        GupRow g = gup("fs/handoff.c", "t_handoff");
        assertEquals(List.of("passed to t_queue_pages()"), g.destinations());
        assertTrue(g.releases().isEmpty());
        assertEquals(Match.NOT_FOUND, g.match());
    }

    @Test
    void pagesHandedBackThroughAParameterAreReleasedByAHelperOfAnotherFile() {
        GupRow g = gup("fs/outparam.c", "t_get");
        assertEquals(List.of("handed back by t_get through its parameter pages"), g.destinations());
        assertEquals(List.of("t_request: t_release_pages -> put_page"), releases(g),
                "t_release_pages() is defined in fs/lib/pagevec.c, read in the second pass");
        assertEquals(Match.MATCHES, g.match());
    }

    @Test
    void aStructKeptForLaterIsReleasedByItsReleaseFunction() {
        GupRow g = gup("fs/keep.c", "t_fill");
        assertEquals(Reference.EXTRACT, g.reference());
        assertEquals(List.of("kept in req->pages"), g.destinations());
        assertEquals(List.of("t_req_free: unpin_user_pages"), releases(g));
        assertEquals(Match.MATCHES, g.match());
    }

    @Test
    void foll_longtermIsReadFromTheFlagsVariable() {
        GupRow g = gup("fs/keep.c", "t_longterm");
        assertEquals("yes", g.longterm());
        assertEquals("FOLL_PIN, FOLL_LONGTERM", g.referenceText());
        assertEquals("no", gup("fs/loop.c", "t_loop").longterm());
    }

    @Test
    void theBlockFillTakesWhatItsDefinitionTakes() {
        GupRow g = gup("fs/meta.c", "t_direct");
        assertEquals(Reference.EXTRACT, g.reference(), "block/bio.c's bio_iov_iter_get_pages extracts");
        assertEquals("bio_iov_iter_get_pages", g.via());
    }

    @Test
    void onlyTheAuditedFoldersAreRead() {
        assertEquals(List.of("fs", "block", "mm", "include"), audit.directories());
        assertFalse(audit.gups().stream().anyMatch(g -> g.file().startsWith("drivers/")));
        assertEquals("6.12.0", audit.version());
    }

    @Test
    void bioFillsOfPagesNotFromGupSayWhereTheyComeFromAndWhatTheEndIoDoes() {
        assertEquals(2, audit.bios().size(), audit.bios().toString());
        BioRow own = audit.bios().get(0);
        assertEquals("fs/meta.c:25", own.site());
        assertEquals("alloc_page()", own.origin());
        assertEquals("t_meta_end_io (set in t_meta_write)", own.endIo());
        assertEquals(List.of("t_meta_end_io: __free_page"), own.release());
        BioRow bh = audit.bios().get(1);
        assertEquals("bh->b_page", bh.origin());
        assertEquals(List.of("t_bh_end_io: brelse"), bh.release());
    }

    @Test
    void everyGrepHitIsAnAuditedSiteOrHasItsReason() {
        assertTrue(audit.complete(), audit.missed().toString());
        List<String> left = audit.completeness().hits().stream().filter(h -> h.kind() != GrepHit.Kind.AUDITED)
                .map(h -> h.file() + ":" + h.line() + " " + h.kind()).toList();
        assertEquals(List.of("block/bio.c:24 DEFINITION", "block/bio.c:30 EXPORT", "include/linux/bio.h:3 DEFINITION",
                "include/linux/bio.h:4 DEFINITION", "include/linux/bio.h:5 DEFINITION", "include/linux/mm.h:2 COMMENT",
                "include/linux/mm.h:4 DEFINITION", "include/linux/mm.h:6 DEFINITION", "include/linux/mm.h:8 DEFINITION",
                "include/linux/mm.h:10 DEFINITION", "mm/gup.c:2 DEFINITION", "mm/gup.c:7 EXPORT", "mm/gup.c:9 COMMENT",
                "mm/gup.c:15 COMMENT"), left);
        // the call in a #define body: spatch matches it outside any function
        GupRow macro = audit.gups().stream().filter(g -> g.file().equals("mm/gup.c")).findFirst().orElseThrow();
        assertEquals(11, macro.line());
        assertEquals(TreeFacts.OUTSIDE, macro.function());
        long audited = audit.completeness().counts().get(GrepHit.Kind.AUDITED);
        assertEquals(audit.gups().size() + audit.bios().size() + 1, audited,
                "every GUP row and bio fill, and the bio_add_page of fs/endio.c, which is a GUP row's destination");
    }

    @Test
    void theReportIsTheSameBytesWhereverTheTreeIs(@TempDir Path tmp) throws Exception {
        Path a = TestTrees.copy(TREE, tmp.resolve("a/linux"));
        Path b = TestTrees.copy(TREE, tmp.resolve("elsewhere/deeper/linux-source"));
        var first = AuditReport.files(run(a));
        var second = AuditReport.files(run(b));
        assertEquals(first, second);
        assertEquals(List.of("audit-6.12.json", "audit-6.12.md"), List.copyOf(first.keySet()));
        String json = first.get("audit-6.12.json");
        assertTrue(json.startsWith("{\n  \"schema\": \"pincheck.audit/1\",\n  \"kernel\": \"6.12.0\""), json.substring(0, 60));
        assertFalse(json.contains(tmp.toString()) || first.get("audit-6.12.md").contains(tmp.toString()));
    }

    @Test
    void aTarballIsUnpackedOnlyForTheAuditAndRemoved(@TempDir Path tmp) throws Exception {
        Path top = TestTrees.copy(TREE, tmp.resolve("src/linux-source-9.9"));
        Path tarball = tmp.resolve("linux-source-9.9.tar.xz");
        Process p = new ProcessBuilder("tar", "-cJf", tarball.toString(), "-C", top.getParent().toString(),
                "linux-source-9.9").inheritIO().start();
        assertEquals(0, p.waitFor());
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = leftovers(tmpdir);
        AuditResult fromTar = run(tarball);
        assertEquals(AuditReport.files(audit), AuditReport.files(fromTar));
        assertEquals(before, leftovers(tmpdir), "the unpacked tree is removed");
    }

    private static List<Path> leftovers(Path tmpdir) throws Exception {
        try (Stream<Path> s = Files.list(tmpdir)) {
            return s.filter(x -> x.getFileName().toString().startsWith("pincheck-audit-")).sorted().toList();
        }
    }
}
