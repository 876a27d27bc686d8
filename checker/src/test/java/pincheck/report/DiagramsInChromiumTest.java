package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.design.Presets;
import pincheck.paper.BrowserCheck;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * Both diagrams of real counterexamples, rendered in headless Chromium (installed by .ci/run):
 * the step drawn red is the harmful one, read from what Chromium laid out (the red text of the
 * sequence diagram, the step label under the red line of the refcount chart).
 */
class DiagramsInChromiumTest {
    /** The red texts of a sequence diagram, in document order; the step label nearest the red line of a chart. */
    private static final String MARKED = """
            JSON.stringify((() => {
              const box = e => { const r = e.getBoundingClientRect(); return {x: r.left + r.width / 2, w: r.width}; };
              const root = document.querySelector('svg');
              const drawn = root.getBBox().width > 0;
              const red = [...document.querySelectorAll('text')]
                .filter(t => getComputedStyle(t).fill === 'rgb(255, 0, 0)').map(t => t.textContent);
              const harm = document.querySelector('line.harm');
              let step = null;
              if (harm) {
                const hx = box(harm).x;
                const labels = [...document.querySelectorAll('text.step')];
                labels.sort((a, b) => Math.abs(box(a).x - hx) - Math.abs(box(b).x - hx));
                step = labels.length ? labels[0].textContent : null;
              }
              return {drawn: drawn, red: red, step: step};
            })())""";

    record Case(String scenario, String preset, Property property, int harmful, String cause) {}

    /** What each trace's narration shows (see counterexamples/): the harm or the leak, and its step. */
    private static final List<Case> CASES = List.of(
            // the leak is step 7 (U0 released the wrong way); step 8 only completes the other bio
            new Case("bio-merge", "bias-unconverted", Property.EVENTUALLY_QUIET, 7, "MISMATCHED RELEASE of U0"),
            new Case("bio-merge", "bias-unconverted", Property.BALANCED_WHEN_QUIET, 6, "MISMATCHED RELEASE of U0"),
            new Case("bio-merge", "bias-unconverted", Property.RELEASED_AS_TAKEN, 4, "MISMATCHED RELEASE of U0"),
            new Case("dio-zero-page", "split-end-io", Property.NO_UNDERFLOW, 8, "UNDERFLOW of Z"));

    @Test
    void theHarmfulStepIsTheOneDrawnRed(@TempDir Path dir) throws Exception {
        Path chromium = pincheck.Required.chromium();
        List<Path> pages = new ArrayList<>();
        for (Case c : CASES) {
            Scenario s = Models.builtIn(c.scenario());
            CheckResult r = Models.check(s, List.of(c.property()), c.preset());
            PropertyResult x = Models.result(r, c.property());
            assertEquals(Verdict.VIOLATED, x.verdict(), c.toString());
            Trace t = x.trace().orElseThrow();
            // the leak's cause comes before the trace ends: red must mark it, not the last step
            assertTrue(t.steps().size() > c.harmful() || c.property() != Property.BALANCED_WHEN_QUIET,
                    "the leak is not the last step: " + c);
            Figure f = new Figure(s, Presets.get(c.preset()), r.scaling(), c.property(), t, c.toString());
            String name = c.scenario() + "-" + c.preset() + "-" + c.property().tlaName();
            Files.writeString(dir.resolve(name + "-sequence.svg"), SequenceDiagram.svg(f));
            Files.writeString(dir.resolve(name + "-refcount.svg"), RefcountChart.svg(f));
            pages.add(dir.resolve(name + "-sequence.svg"));
            pages.add(dir.resolve(name + "-refcount.svg"));
        }
        List<String> answers = BrowserCheck.evaluate(chromium, pages, 1200, MARKED, Duration.ofMinutes(2));
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            JsonObject seq = JsonParser.parseString(answers.get(2 * i)).getAsJsonObject();
            JsonObject chart = JsonParser.parseString(answers.get(2 * i + 1)).getAsJsonObject();
            assertTrue(seq.get("drawn").getAsBoolean() && chart.get("drawn").getAsBoolean(), c + ": not drawn");
            List<String> red = seq.getAsJsonArray("red").asList().stream().map(e -> e.getAsString()).toList();
            assertTrue(!red.isEmpty() && red.get(0).startsWith(c.harmful() + ". "), c + ": red texts " + red);
            assertTrue(red.contains(c.cause()), c + ": the cause is shown in the marked step: " + red);
            assertEquals(Integer.toString(c.harmful()), chart.get("step").getAsString(), c + ": the chart's red line");
        }
    }
}
