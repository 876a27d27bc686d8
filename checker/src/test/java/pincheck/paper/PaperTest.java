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
        Files.createDirectories(dir);
        List<ResultsDocument.PropertyDoc> props = new ArrayList<>();
        for (Property p : Property.values()) {
            props.add(new ResultsDocument.PropertyDoc(p.tlaName(), p.kind().name().toLowerCase(), p.title(),
                    p.brokenMeans()));
        }
        List<ResultsDocument.ResultDoc> split = new ArrayList<>();
        List<ResultsDocument.ResultDoc> kernel = new ArrayList<>();
        Optional<Long> none = Optional.empty();
        for (Property p : Property.values()) {
            split.add(p == Property.NO_UNDERFLOW
                    ? new ResultsDocument.ResultDoc(p.tlaName(), "violated", none, none, none, Optional.of(6L),
                            Optional.of(TRACE), Optional.empty())
                    : new ResultsDocument.ResultDoc(p.tlaName(), "holds", Optional.of(20L), none, Optional.of(8L), none,
                            Optional.empty(), Optional.empty()));
            kernel.add(p == Property.EVENTUALLY_QUIET
                    ? new ResultsDocument.ResultDoc(p.tlaName(), "inconclusive", none, none, none, none,
                            Optional.empty(), Optional.of("TLC timed out"))
                    : new ResultsDocument.ResultDoc(p.tlaName(), "holds", Optional.of(31L), none, Optional.of(9L), none,
                            Optional.empty(), Optional.empty()));
        }
        ResultsDocument doc = new ResultsDocument(ResultsDocument.SCHEMA,
                new ResultsDocument.ScalingDoc(4, 15, 1, "GUP_PIN_COUNTING_BIAS 1024 -> 4"),
                List.of(new ResultsDocument.ScenarioDoc("dio-zero-page", "ZERO_PAGE & <user> pages",
                        "specs/scenarios/dio-zero-page.pin")),
                List.of(new ResultsDocument.DesignDoc("split-end-io", Map.of("end_io", "split")),
                        new ResultsDocument.DesignDoc("kernel-2023", Map.of("end_io", "bio-flag"))),
                props, List.of(new ResultsDocument.ModelDoc("dio-zero-page", "split-end-io", "tlc", split),
                        new ResultsDocument.ModelDoc("dio-zero-page", "kernel-2023", "tlc", kernel)));
        Files.writeString(dir.resolve("results.json"), JsonFiles.write(doc));
        Path trace = dir.resolve(TRACE);
        Files.createDirectories(trace.getParent());
        Files.copy(Models.home().resolve("counterexamples").resolve(TRACE), trace);
        if (extras) {
            Files.writeString(trace.resolveSibling("sequence.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http:"
                    + "//www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"30\" height=\"10\"/></svg>\n");
            Files.writeString(dir.resolve("claims.json"), JsonFiles.write(new ClaimsDocument(ClaimsDocument.SCHEMA,
                    List.of(new ClaimsDocument.ClaimDoc("only-leak", "the only harm ... should be memory leak",
                            "Harrosh", "the thread", "Is a leak the only harm?", "refuted", "An underflow.",
                            List.of(new ClaimsDocument.EvidenceDoc("dio-zero-page", "split-end-io", "NoUnderflow",
                                    "violated", 0, 6, "an underflow", TRACE)))))));
            Files.writeString(dir.resolve("sweep-dio-zero-page.json"), JsonFiles.write(new SweepDocument(
                    SweepDocument.SCHEMA, "dio-zero-page", List.of("zero_page"), "kernel-2023", List.of("NoUnderflow"),
                    List.of(new SweepDocument.RowDoc(Map.of("zero_page", "pin-neutral"), List.of(), List.of(), 12)),
                    List.of(), List.of())));
        }
        return dir;
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
        assertTrue(html.contains("<td class=\"v-V\">V</td>"), "the violated cell");
        assertTrue(html.contains("<td class=\"v-i\">i</td>"), "the inconclusive cell");
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
