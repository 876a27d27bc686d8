package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.trace.Trace;

class RefcountChartTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void twoLinesPerPageAPointPerStateTheLevelsAndTheHarm() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        String svg = RefcountChart.svg(Property.NO_UNDERFLOW, t, Scaling.DEFAULT, "a <title> & more");
        Element root = Svgs.parse(svg).getDocumentElement();
        NodeList lines = root.getElementsByTagNameNS(SVG, "polyline");
        assertEquals(2 * t.initial().pages().size(), lines.getLength(), svg);
        for (int i = 0; i < lines.getLength(); i++) {
            String points = ((Element) lines.item(i)).getAttribute("points");
            assertEquals(t.steps().size() + 1, points.split(" ").length, points);
            assertTrue(points.matches("[0-9, ]+"), "integer coordinates only: " + points);
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
        assertEquals(1, root.getElementsByTagNameNS(SVG, "circle").getLength(), "one harmed page: Z");
    }

    @Test
    void anUnderflowIsDrawnBelowTheZeroLine() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        assertTrue(t.last().pages().get("Z").ref() < 0, "the fixture underflows Z");
        Element root = Svgs.parse(RefcountChart.svg(Property.NO_UNDERFLOW, t, Scaling.DEFAULT, "x"))
                .getDocumentElement();
        int zero = -1;
        NodeList lines = root.getElementsByTagNameNS(SVG, "line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.getAttribute("stroke").equals("#999999")) {
                zero = Integer.parseInt(l.getAttribute("y1"));
            }
        }
        int k = List.copyOf(t.initial().pages().keySet()).indexOf("Z");
        String[] points = ((Element) root.getElementsByTagNameNS(SVG, "polyline").item(2 * k)).getAttribute("points")
                .split(" ");
        int lastY = Integer.parseInt(points[points.length - 1].split(",")[1]);
        assertTrue(zero > 0 && lastY > zero, "Z's last point " + lastY + " lies below the zero line " + zero);
    }
}
