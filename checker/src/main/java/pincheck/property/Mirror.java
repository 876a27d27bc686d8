package pincheck.property;

import pincheck.design.Design;
import pincheck.design.Knob;
import pincheck.design.Scaling;
import pincheck.trace.PageState;

/**
 * Java mirrors of two operators of the specs, used only to word explanations
 * (which page broke a state property, and why). Verdicts always come from the engine.
 */
public final class Mirror {
    private Mirror() {}

    /** MaybeDmaPinned in specs/tla/PageRef.tla (folio_maybe_dma_pinned). */
    public static boolean maybeDmaPinned(PageState pg, PageFacts f, Design d, Scaling s) {
        return switch (d.value(Knob.PIN_ACCOUNTING)) {
            case "get" -> false;
            case "bias" -> f.large() ? pg.pin() > 0 : pg.ref() >= s.bias() || pg.ref() < 0;
            case "pincount" -> pg.pin() > 0;
            default -> pg.gupref() > 0;
        };
    }

    /** Expected in specs/tla/Pinning.tla: the count a quiet page's owners account for. */
    public static long expectedRef(PageState pg, PageFacts f, Scaling s) {
        if (f.zero()) {
            return s.zeroBase();
        }
        return (pg.mapped() ? 1 : 0) + (pg.mm().child() ? 1 : 0) + (pg.cache() ? 1 : 0)
                + (f.kind().equals("kernel") ? 1 : 0);
    }
}
