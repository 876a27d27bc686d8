package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.tla.Models;

/**
 * The paper's HTML in headless Chromium (installed by .ci/run): no console errors, every
 * SVG drawn, a screenshot saved. The broken pages show the check can fail.
 */
class BrowserCheckTest {
    private static Path chromium() {
        return pincheck.Required.chromium();
    }

    private static BrowserCheck.Report load(Path dir, String html) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, html);
        return BrowserCheck.run(chromium(), page, dir.resolve("shot.png"), Duration.ofMinutes(1));
    }

    @Test
    void theGeneratedPaperLoadsCleanWithEveryFigureDrawn(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        Path in = PaperTest.folder(dir.resolve("in"), true);
        Path html = dir.resolve(PaperBuilder.HTML);
        Files.writeString(html, PaperBuilder.files(in, Models.home()).get(PaperBuilder.HTML));
        BrowserCheck.Report r = BrowserCheck.run(chromium, html, dir.resolve("shot.png"), Duration.ofMinutes(1));
        assertTrue(r.ok(), r.describe());
        assertEquals(1, r.svgs(), "the sequence diagram of the fixture");
        byte[] png = Files.readAllBytes(dir.resolve("shot.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG screenshot");
    }

    /** Duplicate ids, and tables wider than the page or than their box, at the window's width. */
    static final String LAYOUT = """
            JSON.stringify((() => {
              const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
              const dup = [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))];
              const w = window.innerWidth;
              const wide = [...document.querySelectorAll('table')]
                .filter(t => t.getBoundingClientRect().right > w + 1 || t.parentElement.scrollWidth > t.parentElement.clientWidth + 1)
                .map(t => t.caption ? t.caption.textContent : '?');
              return {width: w, page: document.documentElement.scrollWidth, dup: dup, wide: wide,
                      tables: document.querySelectorAll('table').length};
            })())""";

    @Test
    void atAPhonesAndADesktopsWidthNoTableOverflowsAndNoIdRepeats(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        Path in = PaperTest.folder(dir.resolve("in"), true, java.util.List.of("dio-zero-page", "mixed-bio"));
        // two PlantUML-like drawings with the same ids, as every sequence diagram has
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><defs><marker id=\"m1\"/>"
                + "</defs><g id=\"msg1\"><line x1=\"0\" y1=\"0\" x2=\"30\" y2=\"10\" stroke=\"black\""
                + " marker-end=\"url(#m1)\"/></g></svg>\n";
        for (String sc : java.util.List.of("dio-zero-page", "mixed-bio")) {
            Files.writeString(in.resolve(sc + "/split-end-io/NoUnderflow/sequence.svg"), svg);
        }
        Path html = dir.resolve(PaperBuilder.HTML);
        Files.writeString(html, PaperBuilder.files(in, Models.home()).get(PaperBuilder.HTML));
        for (int width : new int[] {420, 1280}) {
            String answer = BrowserCheck.evaluate(chromium, java.util.List.of(html), width, LAYOUT,
                    Duration.ofMinutes(1)).get(0);
            var r = com.google.gson.JsonParser.parseString(answer).getAsJsonObject();
            assertEquals(width, r.get("width").getAsInt(), answer);
            assertTrue(r.get("tables").getAsInt() > 5, answer);
            assertEquals(width, r.get("page").getAsInt(), "nothing wider than the window: " + answer);
            assertEquals(0, r.getAsJsonArray("dup").size(), "ids repeat: " + answer);
            assertEquals(0, r.getAsJsonArray("wide").size(), "tables overflow: " + answer);
        }
    }

    @Test
    void figuresArePrintedToPdfsOfTheirOwnSize(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("fig-1.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"192\" height=\"96\">"
                + "<rect width=\"150\" height=\"50\" fill=\"red\"/></svg>");
        assertEquals(1, BrowserCheck.printFigures(chromium(), java.util.List.of(svg), Duration.ofMinutes(1)));
        String pdf = Files.readString(dir.resolve("fig-1.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-"), "a PDF");
        assertTrue(pdf.contains("/CreationDate (D:19700101000000"), "undated, so a reprint is the same bytes");
        byte[] first = Files.readAllBytes(dir.resolve("fig-1.pdf"));
        BrowserCheck.printFigures(chromium(), java.util.List.of(svg), Duration.ofMinutes(1));
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("fig-1.pdf"))), "same bytes twice");
        // 192 x 96 CSS px = 2 x 1 inch = 144 x 72 pt (plus the 0.02 inch of slack)
        assertTrue(pdf.matches("(?s).*/MediaBox \\[0 0 14[45](\\.\\d+)? 7[23](\\.\\d+)?\\].*"), "one page of the drawing's size");
    }

    @Test
    void consoleErrorsExceptionsAndEmptyFiguresFail(@TempDir Path dir) throws Exception {
        BrowserCheck.Report r = load(dir, "<!DOCTYPE html><html><body><p>x</p>"
                + "<svg width=\"40\" height=\"20\"><rect width=\"30\" height=\"10\"/></svg>"
                + "<svg width=\"40\" height=\"20\"></svg>"
                + "<script>console.error('broken figure'); undefinedFunction();</script></body></html>");
        assertFalse(r.ok());
        assertEquals(2, r.svgs());
        assertEquals(1, r.rendered(), "an svg with nothing drawn is not rendered");
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("broken figure")), r.describe());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("undefinedFunction")), r.describe());
    }

    @Test
    void aRequestOutsideTheFileFails(@TempDir Path dir) throws Exception {
        BrowserCheck.Report r = load(dir, "<!DOCTYPE html><html><head>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"></head><body>x</body></html>");
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("request outside the file: http://127.0.0.1:9/x.css")),
                r.describe());
    }
}
