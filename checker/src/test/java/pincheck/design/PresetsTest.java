package pincheck.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {
    @Test
    void everyPresetOfTheIssueExists() throws DesignException {
        for (String name : List.of("pre-2019", "bias-unconverted", "bias-unpin-all", "split-end-io",
                "zero-page-pinned", "per-page-mark", "gup-ref", "kernel-2023")) {
            assertEquals(name, Presets.get(name).name());
        }
    }

    @Test
    void kernel2023IsWhatWasMerged() throws DesignException {
        Design d = Presets.get("kernel-2023");
        assertEquals("bias", d.value(Knob.PIN_ACCOUNTING));
        assertEquals("pin-neutral", d.value(Knob.ZERO_PAGE));
        assertEquals("bio-flag", d.value(Knob.END_IO));
        assertEquals("sign", d.value(Knob.OVERFLOW_CHECK));
    }

    @Test
    void overridesChangeOneKnobAndTheName() throws DesignException {
        Design d = Presets.override(Presets.get("kernel-2023"), List.of("zero_page=get"));
        assertEquals("get", d.value(Knob.ZERO_PAGE));
        assertEquals("kernel-2023+zero_page=get", d.name());
    }

    @Test
    void badOverridesNameTheFix() {
        DesignException unknownValue = assertThrows(DesignException.class,
                () -> Presets.override(Presets.get("kernel-2023"), List.of("end_io=sometimes")));
        assertTrue(unknownValue.getMessage().contains("use one of put-all"), unknownValue.getMessage());
        DesignException unknownKnob = assertThrows(DesignException.class,
                () -> Presets.override(Presets.get("kernel-2023"), List.of("endio=split")));
        assertTrue(unknownKnob.getMessage().contains("unknown knob 'endio'"), unknownKnob.getMessage());
        DesignException noEquals = assertThrows(DesignException.class,
                () -> Presets.override(Presets.get("kernel-2023"), List.of("split")));
        assertTrue(noEquals.getMessage().contains("knob=value"), noEquals.getMessage());
        DesignException preset = assertThrows(DesignException.class, () -> Presets.get("kernel-2024"));
        assertTrue(preset.getMessage().contains("use one of pre-2019"), preset.getMessage());
    }
}
