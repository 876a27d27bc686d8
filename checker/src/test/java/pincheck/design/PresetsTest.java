package pincheck.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.scenario.Kernel;

class PresetsTest {
    @Test
    void everyPresetOfTheIssueExists() throws DesignException {
        for (String name : List.of("linux-6.1", "linux-6.12", "pre-2019", "bias-unconverted", "bias-unpin-all",
                "split-end-io", "zero-page-pinned", "per-page-mark", "gup-ref")) {
            assertEquals(name, Presets.get(name).name());
        }
        // The merged design's old name is another name for 6.12.
        assertEquals(Presets.get("linux-6.12"), Presets.get("kernel-2023"));
    }

    @Test
    void theKernelsAreWhatTheirSourceDoes() throws DesignException {
        Design old = Presets.get("linux-6.1");
        assertEquals(Kernel.LINUX_6_1, old.kernel());
        assertEquals("get", old.value(Knob.ZERO_PAGE));
        assertEquals("no-page-ref", old.value(Knob.END_IO));
        Design now = Presets.get("linux-6.12");
        assertEquals(Kernel.LINUX_6_12, now.kernel());
        assertEquals("add-pin", now.value(Knob.ZERO_PAGE));
        assertEquals("page-pinned", now.value(Knob.END_IO));
        for (Design d : List.of(old, now)) {
            assertEquals("bias", d.value(Knob.PIN_ACCOUNTING));
            assertEquals("neutral", d.value(Knob.ZERO_PIN));
            assertEquals("foll-get", d.value(Knob.GET_PAGES));
            assertEquals("sign", d.value(Knob.OVERFLOW_CHECK));
            assertEquals("no-check", d.value(Knob.WRITEBACK));
            assertEquals(List.of(), d.hypotheticals(), d.name());
            // Every knob of a real kernel is a value some kernel has.
            for (Knob k : Knob.values()) {
                assertEquals(Status.KERNEL, k.value(d.value(k)).status(), d.name() + " " + k.key());
            }
        }
    }

    @Test
    void theProposalsRunTheThreadsDescriptionAndNoHypotheticalValue() {
        for (Presets.Preset p : Presets.all()) {
            assertEquals(p.real(), p.design().kernel() != Kernel.THREAD_2019, p.design().name());
            assertEquals(List.of(), p.design().hypotheticals(), p.design().name());
        }
    }

    @Test
    void overridesChangeOneKnobAndTheName() throws DesignException {
        Design d = Presets.override(Presets.get("linux-6.12"), List.of("zero_page=get"));
        assertEquals("get", d.value(Knob.ZERO_PAGE));
        assertEquals("linux-6.12+zero_page=get", d.name());
        assertEquals(Kernel.LINUX_6_12, d.kernel());
        Design hypothetical = Presets.override(Presets.get("linux-6.12"), List.of("writeback=skip-pinned"));
        assertEquals(List.of("writeback=skip-pinned"), hypothetical.hypotheticals());
        assertFalse(Presets.get("linux-6.12").hypotheticals().contains("writeback=skip-pinned"));
    }

    @Test
    void badOverridesNameTheFix() {
        DesignException unknownValue = assertThrows(DesignException.class,
                () -> Presets.override(Presets.get("linux-6.12"), List.of("end_io=sometimes")));
        assertTrue(unknownValue.getMessage().contains("use one of no-page-ref, page-pinned, put-all"),
                unknownValue.getMessage());
        DesignException unknownKnob = assertThrows(DesignException.class,
                () -> Presets.override(Presets.get("linux-6.12"), List.of("endio=split")));
        assertTrue(unknownKnob.getMessage().contains("unknown knob 'endio'"), unknownKnob.getMessage());
        DesignException noEquals = assertThrows(DesignException.class,
                () -> Presets.override(Presets.get("linux-6.12"), List.of("split")));
        assertTrue(noEquals.getMessage().contains("knob=value"), noEquals.getMessage());
        DesignException preset = assertThrows(DesignException.class, () -> Presets.get("kernel-2024"));
        assertTrue(preset.getMessage().contains("use one of linux-6.1, linux-6.12, pre-2019"), preset.getMessage());
    }
}
