package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.property.Property;
import pincheck.claims.ClaimsDocument;
import pincheck.report.JsonFiles;
import pincheck.report.ResultsDocument;
import pincheck.sweep.SweepDocument;
import pincheck.tla.Models;

class PaperTest {
    static final String TRACE = "dio-zero-page/split-end-io/NoUnderflow/trace.md";

    /** A results folder of one scenario under two designs, with a trace, a diagram, claims and a sweep. */
    static Path folder(Path dir, boolean extras) throws Exception {
        return folder(dir, extras, List.of("dio-zero-page"));
    }

    /** As above, each of the given built-in scenarios with the same verdicts and its committed trace. */
    static Path folder(Path dir, boolean extras, List<String> scenarios) throws Exception {
        Files.createDirectories(dir);
        List<ResultsDocument.PropertyDoc> props = new ArrayList<>();
        for (Property p : Property.values()) {
            props.add(new ResultsDocument.PropertyDoc(p.tlaName(), p.kind().name().toLowerCase(), p.title(),
                    p.brokenMeans()));
        }
        List<ResultsDocument.ScenarioDoc> scenarioDocs = new ArrayList<>();
        List<ResultsDocument.ModelDoc> models = new ArrayList<>();
        Optional<Long> none = Optional.empty();
        for (String sc : scenarios) {
            scenarioDocs.add(new ResultsDocument.ScenarioDoc(sc, sc.equals("dio-zero-page") ? "ZERO_PAGE & <user> pages"
                    : sc, "specs/scenarios/" + sc + ".pin"));
            String traceMd = sc + "/split-end-io/NoUnderflow/trace.md";
            List<ResultsDocument.ResultDoc> split = new ArrayList<>();
            List<ResultsDocument.ResultDoc> kernel = new ArrayList<>();
            for (Property p : Property.values()) {
                split.add(p == Property.NO_UNDERFLOW
                        ? new ResultsDocument.ResultDoc(p.tlaName(), "violated", none, none, none, Optional.of(6L),
                                Optional.of(traceMd), Optional.empty())
                        : new ResultsDocument.ResultDoc(p.tlaName(), "holds", Optional.of(20L), none, Optional.of(8L),
                                none, Optional.empty(), Optional.empty()));
                kernel.add(p == Property.EVENTUALLY_QUIET
                        ? new ResultsDocument.ResultDoc(p.tlaName(), "inconclusive", none, none, none, none,
                                Optional.empty(), Optional.of("TLC timed out"))
                        : new ResultsDocument.ResultDoc(p.tlaName(), "holds", Optional.of(31L), none, Optional.of(9L),
                                none, Optional.empty(), Optional.empty()));
            }
            models.add(new ResultsDocument.ModelDoc(sc, "split-end-io", "tlc", split));
            models.add(new ResultsDocument.ModelDoc(sc, "linux-6.12", "tlc", kernel));
            Path trace = dir.resolve(traceMd);
            Files.createDirectories(trace.getParent());
            Files.copy(Models.home().resolve("counterexamples").resolve(traceMd), trace);
        }
        ResultsDocument doc = new ResultsDocument(ResultsDocument.SCHEMA,
                new ResultsDocument.ScalingDoc(4, 15, 1, "GUP_PIN_COUNTING_BIAS 1024 -> 4"), scenarioDocs,
                List.of(new ResultsDocument.DesignDoc("split-end-io", "2019", List.of(), Map.of("end_io", "split")),
                        new ResultsDocument.DesignDoc("linux-6.12", "6.12", List.of(),
                                Map.of("end_io", "page-pinned"))),
                props, models);
        Files.writeString(dir.resolve("results.json"), JsonFiles.write(doc));
        Path trace = dir.resolve(TRACE);
        if (extras) {
            Files.writeString(trace.resolveSibling("sequence.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http:"
                    + "//www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"30\" height=\"10\"/></svg>\n");
            Files.writeString(dir.resolve("claims.json"), JsonFiles.write(new ClaimsDocument(ClaimsDocument.SCHEMA,
                    List.of(new ClaimsDocument.ClaimDoc("only-leak", "the only harm ... should be memory leak",
                            "Harrosh", "the thread", "Is a leak the only harm?", "refuted", "An underflow.",
                            List.of(new ClaimsDocument.EvidenceDoc("dio-zero-page", "split-end-io", "NoUnderflow",
                                    "violated", 0, 6, "an underflow", TRACE)))))));
            Files.writeString(dir.resolve("sweep-dio-zero-page.json"), JsonFiles.write(new SweepDocument(
                    SweepDocument.SCHEMA, "dio-zero-page", List.of("zero_page"), "linux-6.12", List.of("NoUnderflow"),
                    List.of(new SweepDocument.RowDoc(Map.of("zero_page", "pin-neutral"), List.of(), List.of(), 12)),
                    List.of(), List.of())));
        }
        return dir;
    }

    @Test
    void theAbstractSaysOnceWhatTwoFeaturedScenariosShare(@TempDir Path dir) throws Exception {
        String html = PaperBuilder.files(folder(dir, false, List.of("dio-zero-page", "mixed-bio")), Models.home())
                .get(PaperBuilder.HTML);
        String abs = html.substring(html.indexOf("<b>Abstract.</b>"), html.indexOf("</p>", html.indexOf("<b>Abstract.</b>")));
        assertTrue(abs.contains("Under <code>split-end-io</code>, <code>NoUnderflow</code> is violated in scenarios "
                + "<code>dio-zero-page</code> (6 calls) and <code>mixed-bio</code> (6 calls)."), abs);
        assertEquals(1, abs.split("is violated in", -1).length - 1, "one sentence for both: " + abs);
    }

    @Test
    void theSameInputsGiveTheSameBytes(@TempDir Path dir) throws Exception {
        Path in = folder(dir, true);
        assertEquals(PaperBuilder.files(in, Models.home()), PaperBuilder.files(in, Models.home()));
    }

    @Test
    void everySectionIsThereAndTextIsEscaped(@TempDir Path dir) throws Exception {
        Map<String, String> f = PaperBuilder.files(folder(dir, true), Models.home());
        String html = f.get(PaperBuilder.HTML);
        String tex = f.get(PaperBuilder.TEX);
        for (String title : List.of("Abstract", "The kernel problem", "The model", "Properties", "Results",
                "The thread&#39;s claims".replace("&#39;", "'"), "ZERO_PAGE in a direct-I/O bio",
                "a bio mixing pinned", "Knob sweeps", "State-space statistics", "Threats to validity",
                "How to reproduce")) {
            assertTrue(html.contains(title), "html has " + title);
        }
        assertTrue(html.contains("ZERO_PAGE &amp; &lt;user&gt; pages"));
        assertTrue(tex.contains("ZERO\\_\\allowbreak{}PAGE \\& \\textless{}user\\textgreater{} pages"));
        // the results table names the scenarios where a property breaks, in words that print in black and white
        assertTrue(html.contains("<tr><td>NoUnderflow</td><td>dio-zero-page</td><td>holds</td></tr>"), "the violated cell");
        assertTrue(html.contains("<tr><td>EventuallyQuiet</td><td>holds</td><td>inconclusive: dio-zero-page</td></tr>"),
                "the inconclusive cell");
        assertTrue(html.contains("<h2>11. Related work</h2>") || html.contains(". Related work</h2>"), "related work");
        assertTrue(html.contains("herd7") && html.contains("Promela") && html.contains("kernel-tla")
                && html.contains("syzkaller") && html.contains("KASAN"), "the related work named in the issue");
        assertFalse(html.contains("KERNEL.md"), "no document the repository lacks");
        assertTrue(html.contains("<h2>Appendix A. Knob sweeps in full</h2>") || html.contains("Appendix A. "),
                "the full tables are in the appendix");
        assertTrue(tex.contains("\\appendix\n"), "LaTeX's appendix");
        assertTrue(html.contains("dio_bio_end_io_gup(b)"), "the call sequence of the trace");
        assertTrue(html.contains("<svg xmlns") && !html.contains("<?xml"), "the diagram inlined without prolog");
        assertTrue(html.contains("RefAdd(pg, n) =="), "a listing cut from PageRef.tla");
        assertTrue(html.contains("the only harm ... should be memory leak"), "the claim");
        assertTrue(html.contains("pin-neutral"), "the sweep row");
        assertTrue(html.contains("mixed-bio") && html.contains("no counterexample to show"),
                "a featured case not in the results is said to be missing, not invented");
        assertFalse(html.matches("(?s).*\\b(src|href)=\"https?:.*"), "no external resource");
        assertTrue(tex.startsWith("\\documentclass") && tex.endsWith("\\end{document}\n"));
        assertFalse(tex.contains("\\today"));
    }

    @Test
    void missingOptionalFilesSayWhichCommandMakesThem(@TempDir Path dir) throws Exception {
        String html = PaperBuilder.files(folder(dir, false), Models.home()).get(PaperBuilder.HTML);
        assertTrue(html.contains("<code>./pincheck claims</code> produces it"));
        assertTrue(html.contains("<code>./pincheck sweep</code> produces them"));
        assertTrue(html.contains("sequence.svg</code> is not in the results folder"));
    }

    @Test
    void noResultsNamesTheFileAndTheFix(@TempDir Path dir) {
        PaperException e = assertThrows(PaperException.class, () -> PaperBuilder.files(dir, Models.home()));
        assertTrue(e.getMessage().contains("results.json not found; run ./pincheck suite first"), e.getMessage());
    }

    @Test
    void brokenResultsNameTheFieldAndTheFix(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("results.json"), "{\"schema\": \"" + ResultsDocument.SCHEMA
                + "\", \"scaling\": {\"describe\": \"x\"}, \"scenarios\": 3}");
        PaperException e = assertThrows(PaperException.class, () -> PaperBuilder.files(dir, Models.home()));
        assertTrue(e.getMessage().startsWith(dir.resolve("results.json") + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; regenerate it with ./pincheck suite"), e.getMessage());
        Files.writeString(dir.resolve("results.json"), "{\"scaling\": {\"describe\": \"x\"}}");
        e = assertThrows(PaperException.class, () -> PaperBuilder.files(dir, Models.home()));
        assertTrue(e.getMessage().contains("results.json: schema none, this pincheck reads pincheck.results/1;"
                + " regenerate it with ./pincheck suite"), e.getMessage());
    }

    @Test
    void theCommittedPaperIsWhatTheCommittedResultsGive() throws Exception {
        Path home = Models.home();
        Map<String, String> fresh = PaperBuilder.files(home.resolve("counterexamples"), home);
        for (Map.Entry<String, String> f : fresh.entrySet()) {
            assertEquals(f.getValue(), Files.readString(home.resolve("paper").resolve(f.getKey())),
                    "paper/" + f.getKey() + " is stale; run ./pincheck paper");
        }
    }
}
