package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pincheck.trace.Trace;

class RefcountChartTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    /** The polylines of one kind (refcount, pincount, expected), in page order. */
    static List<int[][]> series(Element root, String kind) {
        List<int[][]> out = new ArrayList<>();
        NodeList lines = root.getElementsByTagNameNS(SVG, "polyline");
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.getAttribute("class").equals(kind)) {
                String[] pts = l.getAttribute("points").split(" ");
                int[][] xy = new int[pts.length][];
                for (int k = 0; k < pts.length; k++) {
                    String[] p = pts[k].split(",");
                    xy[k] = new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
                }
                out.add(xy);
            }
        }
        return out;
    }

    @Test
    void threeStepLinesPerPageTheLevelsAndTheHarm() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        String svg = RefcountChart.svg(Counterexample.figure("a <title> & more"));
        Element root = Svgs.parse(svg).getDocumentElement();
        for (String kind : List.of("refcount", "pincount", "expected")) {
            List<int[][]> lines = series(root, kind);
            assertEquals(t.initial().pages().size(), lines.size(), kind + ": one line per page in " + svg);
            for (int[][] pts : lines) {
                // a level per state, a vertical between two: 2 points per state
                assertEquals(2 * (t.steps().size() + 1), pts.length, kind);
                for (int k = 1; k < pts.length; k++) {
                    assertTrue(pts[k][0] == pts[k - 1][0] || pts[k][1] == pts[k - 1][1],
                            kind + ": a diagonal from " + pts[k - 1][0] + "," + pts[k - 1][1] + " to " + pts[k][0] + ","
                                    + pts[k][1]);
                }
            }
        }
        List<String> texts = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.contains("a <title> & more"), texts.toString());
        assertTrue(texts.contains("GUP_PIN_COUNTING_BIAS (4)"), texts.toString());
        assertTrue(texts.contains("INT_MAX (15)"), texts.toString());
        assertTrue(texts.contains("harm: step " + t.steps().size()), texts.toString());
        assertTrue(texts.contains("Z._refcount"), texts.toString());
        assertTrue(texts.contains("Z: what its owners hold"), texts.toString());
        assertEquals(1, root.getElementsByTagNameNS(SVG, "circle").getLength(), "one harmed page: Z");
    }

    @Test
    void pagesWithEqualCountsAreDrawnApart() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        // U0 and Z both start at _refcount 1 and _pincount 0
        assertEquals(t.initial().pages().get("U0").ref(), t.initial().pages().get("Z").ref());
        Element root = Svgs.parse(RefcountChart.svg(Counterexample.figure("x"))).getDocumentElement();
        for (String kind : List.of("refcount", "pincount")) {
            List<int[][]> lines = series(root, kind);
            assertNotEquals(lines.get(0)[0][1], lines.get(1)[0][1], kind + " of U0 and Z drawn on one another");
        }
    }

    @Test
    void theOwnersCountIsALineTheLeakOrUnderflowDepartsFrom() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        Element root = Svgs.parse(RefcountChart.svg(Counterexample.figure("x"))).getDocumentElement();
        int z = List.copyOf(t.initial().pages().keySet()).indexOf("Z");
        int[][] ref = series(root, "refcount").get(z);
        int[][] expected = series(root, "expected").get(z);
        // ZERO_PAGE's owners account for its boot count throughout: the lines start together and end apart
        assertEquals(ref[0][1], expected[0][1]);
        assertNotEquals(ref[ref.length - 1][1], expected[expected.length - 1][1]);
    }

    @Test
    void anUnderflowIsDrawnBelowTheZeroLine() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        assertTrue(t.last().pages().get("Z").ref() < 0, "the fixture underflows Z");
        Element root = Svgs.parse(RefcountChart.svg(Counterexample.figure("x"))).getDocumentElement();
        int zero = -1;
        NodeList lines = root.getElementsByTagNameNS(SVG, "line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.getAttribute("stroke").equals("#999999")) {
                zero = Integer.parseInt(l.getAttribute("y1"));
            }
        }
        int k = List.copyOf(t.initial().pages().keySet()).indexOf("Z");
        int[][] pts = series(root, "refcount").get(k);
        int lastY = pts[pts.length - 1][1];
        assertTrue(zero > 0 && lastY > zero, "Z's last point " + lastY + " lies below the zero line " + zero);
    }
}
