package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioParser;
import pincheck.tla.Models;

/** Every growth step is a valid scenario that grows only its own dimension. */
class ScaleTest {
    @Test
    void variantsParseAndGrowOneDimension() throws Exception {
        Path file = Models.home().resolve("specs/scenarios/dio-zero-page.pin");
        String text = Files.readString(file);
        Scenario base = ScenarioParser.parse(text, file.toString());
        for (int k = 0; k <= 3; k++) {
            Scenario pins = ScenarioParser.parse(text + Scale.Dimension.PINS.lines(k, base), "v.pin");
            assertEquals(base.actors().size() + k, pins.actors().size());
            assertEquals(base.pages().size(), pins.pages().size());
            Scenario bios = ScenarioParser.parse(text + Scale.Dimension.BIOS.lines(k, base), "v.pin");
            assertEquals(base.bios().size() + k, bios.bios().size());
            Scenario pages = ScenarioParser.parse(text + Scale.Dimension.PAGES.lines(k, base), "v.pin");
            assertEquals(base.pages().size() + k, pages.pages().size());
            assertEquals(base.actors().size() + (k > 0 ? 1 : 0), pages.actors().size());
        }
    }
}
