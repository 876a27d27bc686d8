package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.tla.Models;

/**
 * The paper of the committed results, its figures printed by Chromium and built by pdflatex
 * (both installed by .ci/run): at most 15 pages before the appendix, counted by LaTeX itself.
 */
class PaperLengthTest {
    static final int MAX_BODY_PAGES = 15;

    @Test
    void theBodyIsAtMostFifteenPages(@TempDir Path dir) throws Exception {
        Path chromium = pincheck.Required.chromium();
        pincheck.Required.pdflatex();
        Map<String, String> files = PaperBuilder.files(Models.home().resolve("counterexamples"), Models.home());
        pincheck.report.OutputFolder.open(dir, false).write("pincheck paper", files);
        List<Path> figures = files.keySet().stream().filter(f -> f.endsWith(".svg")).sorted().map(dir::resolve).toList();
        BrowserCheck.printFigures(chromium, figures, Duration.ofMinutes(2));
        PdfBuild.Outcome out = PdfBuild.build(dir.resolve(PaperBuilder.TEX), dir.resolve("pincheck.pdf"),
                Duration.ofMinutes(3));
        assertTrue(out.built(), out.message());
        assertTrue(Files.size(dir.resolve("pincheck.pdf")) > 10_000, "a PDF");
        assertTrue(out.bodyPages().isPresent(), "the appendix is labelled: " + out.message());
        assertTrue(out.bodyPages().getAsInt() <= MAX_BODY_PAGES, out.message());
    }
}
