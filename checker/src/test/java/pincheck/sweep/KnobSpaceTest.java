package pincheck.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Design;
import pincheck.design.Knob;
import pincheck.design.Presets;
import pincheck.tla.Models;

class KnobSpaceTest {

    @Test
    void directIoVariesEveryKnobItReaches() throws Exception {
        // As the proposals' path (2019's lines): no put_page at a call site, no RELEASE knob.
        KnobSpace space = KnobSpace.of(Models.builtIn("dio-zero-page"), Presets.get("split-end-io"));
        assertEquals(List.of(Knob.PIN_ACCOUNTING, Knob.ZERO_PAGE, Knob.ZERO_PIN, Knob.END_IO, Knob.GET_PAGES,
                Knob.OVERFLOW_CHECK, Knob.FILL_RULE), space.knobs());
        assertEquals(4 * 4 * 2 * 8 * 2 * 2 * 2, space.size());
        List<Design> designs = space.designs();
        assertEquals(space.size(), designs.size());
        assertEquals(space.size(), designs.stream().map(Design::values).distinct().count(), "combinations repeat");
        // Knobs the scenario never reaches keep the base design's values.
        assertEquals(1, designs.stream().map(d -> d.value(Knob.RELEASE) + d.value(Knob.MERGE) + d.value(Knob.WARN))
                .distinct().count());
        // 6.1's lines drop the dio's own references with put_page: RELEASE is reached there.
        assertTrue(KnobSpace.of(Models.builtIn("dio-zero-page"), Presets.get("linux-6.1")).knobs()
                .contains(Knob.RELEASE));
    }

    @Test
    void noZeroPageNoZeroPageKnobAndNoBioNoEndIo() throws Exception {
        KnobSpace space = KnobSpace.of(Models.scenario("""
                scenario pins "pin and unpin"
                page U0 user
                iter it iovec U0
                actor a
                  iov_iter_get_pages it
                  iov_iter_put_pages it
                """), Presets.get("per-page-mark"));
        assertEquals(List.of(Knob.PIN_ACCOUNTING, Knob.GET_PAGES, Knob.OVERFLOW_CHECK), space.knobs());
    }
}
