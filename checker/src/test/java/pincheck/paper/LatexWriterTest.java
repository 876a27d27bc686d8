package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The LaTeX side: listing lines fit the page, figures come from the PDFs `paper` printed, or say why not. */
class LatexWriterTest {
    @Test
    void longListingLinesWrapAtASpaceAndContinueIndented() {
        String line = "  fill_rule=any: violated: " + "NoUnderflow, ".repeat(10) + "[4 combinations]";
        List<String> w = LatexWriter.wrap(line);
        assertTrue(w.size() > 1, w.toString());
        assertTrue(w.stream().allMatch(l -> l.length() <= LatexWriter.LISTING_WIDTH), w.toString());
        assertTrue(w.get(1).startsWith("      NoUnderflow"), "indented two deeper than the line: " + w);
        assertEquals(line.replace(" ", ""), String.join("", w).replace(" ", ""), "nothing lost");
        assertEquals(List.of("short"), LatexWriter.wrap("short"));
        String word = "x".repeat(200);
        assertEquals(word, String.join("", LatexWriter.wrap(word)).replace(" ", ""), "a word with no space is cut");
    }

    @Test
    void aFigureIsIncludedWhenPrintedAndNamedOtherwise() {
        Paper p = new Paper("t", "a", List.of(new Section("s", "S", List.of(new Block.Figure("one", "<svg/>"),
                new Block.Figure("two", "<svg/>")))));
        String tex = LatexWriter.write(p);
        assertTrue(tex.contains("\\usepackage{graphicx}"), tex);
        assertTrue(tex.contains("\\IfFileExists{figures/fig-2.pdf}{\\includegraphics"), tex);
        assertTrue(tex.contains("figures/fig-1.pdf was not printed: no Chromium"), tex);
        assertTrue(tex.contains("\\emph{Figure 2: two}"), tex);
        assertEquals(List.of("<svg/>", "<svg/>"), p.figures().stream().map(Block.Figure::svg).toList());
    }
}
