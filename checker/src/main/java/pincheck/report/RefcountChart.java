package pincheck.report;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/**
 * Each page's _refcount (solid) and _pincount (dotted) over the steps of a trace, as
 * a hand-written SVG: step on x, value on y, the scaled GUP_PIN_COUNTING_BIAS and
 * INT_MAX as dashed levels, the harm step marked in red. Integer coordinates only,
 * so the file is the same on every machine.
 */
public final class RefcountChart {
    private static final List<String> COLOURS = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b",
            "#e377c2", "#17becf", "#bcbd22");
    private static final int LEFT = 50;
    private static final int TOP = 40;
    private static final int HEIGHT = 320;
    private static final int LEGEND = 190;
    private static final int BOTTOM = 50;
    private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();

    private RefcountChart() {}

    public static String svg(Property p, Trace trace, Scaling scaling, String title) {
        List<Snapshot> states = new ArrayList<>();
        states.add(trace.initial());
        trace.steps().forEach(s -> states.add(s.after()));
        List<String> pages = List.copyOf(trace.initial().pages().keySet());
        long lo = 0;
        long hi = scaling.refMax();
        for (Snapshot s : states) {
            for (PageState pg : s.pages().values()) {
                lo = Math.min(lo, Math.min(pg.ref(), pg.pin()));
                hi = Math.max(hi, Math.max(pg.ref(), pg.pin()));
            }
        }
        int dx = Math.max(40, 480 / Math.max(1, states.size() - 1));
        int plotWidth = dx * Math.max(1, states.size() - 1);
        Axes ax = new Axes(lo, hi, dx);
        int width = LEFT + plotWidth + LEGEND;
        int height = TOP + HEIGHT + BOTTOM;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append(text(LEFT, 20, "start", TEXT.escape(title), "font-size=\"14\" font-weight=\"bold\""));
        long tick = Math.max(1, (hi - lo + 9) / 10);
        for (long v = lo - Math.floorMod(lo, tick); v <= hi; v += tick) {
            if (v >= lo) {
                b.append(line(LEFT, ax.y(v), LEFT + plotWidth, ax.y(v), "stroke=\"#eeeeee\""));
                b.append(text(LEFT - 6, ax.y(v) + 4, "end", Long.toString(v), ""));
            }
        }
        b.append(line(LEFT, ax.y(0), LEFT + plotWidth, ax.y(0), "stroke=\"#999999\""));
        level(b, ax, plotWidth, scaling.bias(), "GUP_PIN_COUNTING_BIAS");
        level(b, ax, plotWidth, scaling.refMax(), "INT_MAX");
        for (int i = 0; i < states.size(); i++) {
            b.append(text(ax.x(i), TOP + HEIGHT + 18, "middle", Integer.toString(i), ""));
        }
        b.append(text(LEFT + plotWidth / 2, TOP + HEIGHT + 38, "middle", "step", ""));
        int harm = HarmStep.of(p, trace);
        b.append(line(ax.x(harm), TOP, ax.x(harm), TOP + HEIGHT, "stroke=\"#d62728\" stroke-width=\"2\""));
        b.append(text(ax.x(harm), TOP - 6, "middle", "harm: step " + harm, "fill=\"#d62728\""));
        for (int k = 0; k < pages.size(); k++) {
            String name = pages.get(k);
            String colour = COLOURS.get(k % COLOURS.size());
            series(b, ax, states, name, PageState::ref, colour, "");
            series(b, ax, states, name, PageState::pin, colour, " stroke-dasharray=\"2 3\"");
            int ly = TOP + 10 + 36 * k;
            int lx = LEFT + plotWidth + 20;
            b.append(line(lx, ly, lx + 24, ly, "stroke=\"" + colour + "\" stroke-width=\"2\""));
            b.append(text(lx + 30, ly + 4, "start", TEXT.escape(name) + "._refcount", ""));
            b.append(line(lx, ly + 16, lx + 24, ly + 16, "stroke=\"" + colour
                    + "\" stroke-width=\"2\" stroke-dasharray=\"2 3\""));
            b.append(text(lx + 30, ly + 20, "start", TEXT.escape(name) + "._pincount", ""));
        }
        if (harm > 0) {
            Step st = trace.steps().get(harm - 1);
            Snapshot before = states.get(harm - 1);
            java.util.Set<String> harmed = new java.util.TreeSet<>();
            for (Harm h : st.after().harms()) {
                if (!before.harms().contains(h)) {
                    harmed.add(h.page());
                }
            }
            for (String page : harmed) {
                PageState pg = st.after().pages().get(page);
                if (pg != null) {
                    b.append("<circle cx=\"").append(ax.x(harm)).append("\" cy=\"").append(ax.y(pg.ref()))
                            .append("\" r=\"7\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\"/>\n");
                }
            }
        }
        b.append(line(LEFT, TOP, LEFT, TOP + HEIGHT, "stroke=\"#000000\""));
        b.append(line(LEFT, TOP + HEIGHT, LEFT + plotWidth, TOP + HEIGHT, "stroke=\"#000000\""));
        return b.append("</svg>\n").toString();
    }

    /** Pixel positions of steps and values. */
    private record Axes(long lo, long hi, int dx) {
        int x(int step) { return LEFT + step * dx; }

        int y(long v) { return TOP + (int) ((hi - v) * HEIGHT / Math.max(1, hi - lo)); }
    }

    private static void level(StringBuilder b, Axes ax, int plotWidth, long v, String name) {
        b.append(line(LEFT, ax.y(v), LEFT + plotWidth, ax.y(v),
                "stroke=\"#555555\" stroke-dasharray=\"6 4\""));
        b.append(text(LEFT + 4, ax.y(v) - 4, "start", name + " (" + v + ")", "fill=\"#555555\""));
    }

    private static void series(StringBuilder b, Axes ax, List<Snapshot> states, String page,
                               ToLongFunction<PageState> value, String colour, String style) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < states.size(); i++) {
            PageState pg = states.get(i).pages().get(page);
            if (pg != null) {
                pts.append(pts.length() == 0 ? "" : " ").append(ax.x(i)).append(',').append(ax.y(value.applyAsLong(pg)));
            }
        }
        b.append("<polyline points=\"").append(pts).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"").append(style).append("/>\n");
    }

    private static String line(int x1, int y1, int x2, int y2, String style) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" " + style + "/>\n";
    }

    private static String text(int x, int y, String anchor, String escaped, String style) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\"" + (style.isEmpty() ? "" : " "
                + style) + ">" + escaped + "</text>\n";
    }
}
