package pincheck.report;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import pincheck.design.Scaling;
import pincheck.property.Mirror;
import pincheck.property.PageFacts;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/**
 * Each page's _refcount (solid), _pincount (dotted) and the count its owners account for
 * (Expected in Pinning.tla, thin dash-dot: a leak is the gap between it and _refcount) over
 * the steps of a trace, as a hand-written SVG. A value holds from its step to the next, so
 * the lines are drawn as steps; each page's lines sit 3 px above the previous page's, so
 * pages with equal values stay apart. The scaled GUP_PIN_COUNTING_BIAS and INT_MAX are dashed
 * levels; the harmful step is marked in red. Integer coordinates only, so the file is the
 * same on every machine.
 */
public final class RefcountChart {
    private static final List<String> COLOURS = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b",
            "#e377c2", "#17becf", "#bcbd22");
    private static final int LEFT = 50;
    private static final int TOP = 40;
    private static final int HEIGHT = 320;
    private static final int LEGEND = 230;
    private static final int BOTTOM = 50;
    /** How far apart pages with equal values are drawn. */
    static final int PAGE_OFFSET = 3;
    static final String HARM_COLOUR = "#d62728";
    private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();

    private RefcountChart() {}

    public static String svg(Figure f) {
        Trace trace = f.trace();
        Scaling scaling = f.scaling();
        Map<String, PageFacts> facts = f.facts();
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
        // the last state holds for half a step more, so its value shows as a level too
        int plotWidth = dx * Math.max(1, states.size() - 1) + dx / 2;
        Axes ax = new Axes(lo, hi, dx);
        int width = LEFT + plotWidth + LEGEND;
        int height = Math.max(TOP + HEIGHT + BOTTOM, TOP + 20 + 54 * pages.size());
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append(text(LEFT, 20, "start", TEXT.escape(f.title()), "font-size=\"14\" font-weight=\"bold\""));
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
            b.append(text(ax.x(i), TOP + HEIGHT + 18, "middle", Integer.toString(i), "class=\"step\""));
        }
        b.append(text(LEFT + plotWidth / 2, TOP + HEIGHT + 38, "middle", "step", ""));
        int harm = f.harmfulStep();
        b.append(line(ax.x(harm), TOP, ax.x(harm), TOP + HEIGHT, "stroke=\"" + HARM_COLOUR
                + "\" stroke-width=\"2\" class=\"harm\""));
        b.append(text(ax.x(harm), TOP - 6, "middle", "harm: step " + harm, "fill=\"" + HARM_COLOUR + "\""));
        for (int k = 0; k < pages.size(); k++) {
            String name = pages.get(k);
            String colour = COLOURS.get(k % COLOURS.size());
            int lift = PAGE_OFFSET * k;
            PageFacts pf = facts.get(name);
            if (pf != null) {
                series(b, ax, states, name, pg -> Mirror.expectedRef(pg, pf, scaling), lift, colour,
                        " stroke-width=\"1\" stroke-dasharray=\"8 3 2 3\"", "expected");
            }
            series(b, ax, states, name, PageState::ref, lift, colour, " stroke-width=\"2\"", "refcount");
            series(b, ax, states, name, PageState::pin, lift, colour, " stroke-width=\"2\" stroke-dasharray=\"2 3\"",
                    "pincount");
            int ly = TOP + 10 + 54 * k;
            int lx = LEFT + plotWidth + 20;
            b.append(line(lx, ly, lx + 24, ly, "stroke=\"" + colour + "\" stroke-width=\"2\""));
            b.append(text(lx + 30, ly + 4, "start", TEXT.escape(name) + "._refcount", ""));
            b.append(line(lx, ly + 16, lx + 24, ly + 16, "stroke=\"" + colour
                    + "\" stroke-width=\"2\" stroke-dasharray=\"2 3\""));
            b.append(text(lx + 30, ly + 20, "start", TEXT.escape(name) + "._pincount", ""));
            if (pf != null) {
                b.append(line(lx, ly + 32, lx + 24, ly + 32, "stroke=\"" + colour
                        + "\" stroke-width=\"1\" stroke-dasharray=\"8 3 2 3\""));
                b.append(text(lx + 30, ly + 36, "start", TEXT.escape(name) + ": what its owners hold", ""));
            }
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
                    b.append("<circle cx=\"").append(ax.x(harm)).append("\" cy=\"")
                            .append(ax.y(pg.ref()) - PAGE_OFFSET * pages.indexOf(page))
                            .append("\" r=\"7\" fill=\"none\" stroke=\"" + HARM_COLOUR + "\" stroke-width=\"2\"/>\n");
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

    /** A step line: the value of state i from x(i) to x(i+1), then up or down to the next. */
    private static void series(StringBuilder b, Axes ax, List<Snapshot> states, String page,
                               ToLongFunction<PageState> value, int lift, String colour, String style, String kind) {
        StringBuilder pts = new StringBuilder();
        int last = -1;
        for (int i = 0; i < states.size(); i++) {
            PageState pg = states.get(i).pages().get(page);
            if (pg == null) {
                continue;
            }
            int y = ax.y(value.applyAsLong(pg)) - lift;
            if (last >= 0) {
                pts.append(' ').append(ax.x(i)).append(',').append(last);
            }
            pts.append(pts.length() == 0 ? "" : " ").append(ax.x(i)).append(',').append(y);
            last = y;
        }
        if (last >= 0) {
            pts.append(' ').append(ax.x(states.size() - 1) + ax.dx() / 2).append(',').append(last);
        }
        b.append("<polyline class=\"").append(kind).append("\" points=\"").append(pts)
                .append("\" fill=\"none\" stroke=\"").append(colour).append('"').append(style).append("/>\n");
    }

    private static String line(int x1, int y1, int x2, int y2, String style) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" " + style + "/>\n";
    }

    private static String text(int x, int y, String anchor, String escaped, String style) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\"" + (style.isEmpty() ? "" : " "
                + style) + ">" + escaped + "</text>\n";
    }
}
