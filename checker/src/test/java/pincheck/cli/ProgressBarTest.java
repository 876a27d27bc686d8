package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.suite.Suite;
import pincheck.tla.Models;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

class ProgressBarTest {
    static final long SECOND = 1_000_000_000L;

    static Suite.Progress finished(int done, int total, String design, PropertyResult x) throws Exception {
        Scenario s = Models.scenario("scenario s \"one page\"\npage U0 user\nactor a\n  munmap U0\n");
        CheckResult r = new CheckResult("s", Presets.get(design), Scaling.DEFAULT, "tlc", ImmutableList.of(x));
        return new Suite.Progress(done, total, new SuiteReport.Entry(s, r), ImmutableList.of(), 0, 0, 1, false);
    }

    @Test
    void aLogGetsOnePlainLinePerModelAndTheSummary() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 2, clock::get,
                80);
        bar.started("s / pre-2019");
        clock.set(65 * SECOND);
        bar.finished(finished(1, 2, "pre-2019", PropertyResult.inconclusive(Property.NO_UNDERFLOW, "timeout", 1)));
        bar.close();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("[1/2] s / pre-2019: 0 violated, 1 inconclusive  (1:05 elapsed)\n", out);
        assertFalse(out.contains("\r"), "no redrawing in a log");
        assertEquals("suite: 1 of 2 models checked, 0 with a violated property, 1 with an inconclusive verdict,"
                + " 0 with a safety verdict not compared with Alloy's, 1:05 wall time", bar.summary());
    }

    @Test
    void aResumedModelSaysWhatCameFromTheCache() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 1, () -> 0L, 80);
        Suite.Progress p = finished(1, 1, "pre-2019", PropertyResult.holds(Property.NO_UNDERFLOW, 3, 2, 1, 1));
        bar.finished(new Suite.Progress(1, 1, p.entry(), p.runs(), 0, 2, 0, true));
        assertEquals("[1/1] s / pre-2019: 0 violated, 0 inconclusive; reused 2 of 2 TLC runs; Alloy's comparison"
                + " reused  (0:00 elapsed)\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTerminalGetsTheBarRedrawnInPlaceWithTheRunningModels() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 4,
                clock::get, 70)) {
            bar.started("s / pre-2019");
            bar.started("s / kernel-2023");
            clock.set(3 * SECOND);
            assertEquals("[0/4] .................... s / pre-2019, s / kernel-2023  0:03", bar.bar());
            bar.finished(finished(1, 4, "pre-2019", PropertyResult.holds(Property.NO_UNDERFLOW, 3, 2, 1, 1)));
            assertEquals("[1/4] #####............... s / kernel-2023  0:03", bar.bar());
            bar.started("a-very-long-scenario-name / a-very-long-design-name");
            assertTrue(bar.bar().length() == 69 && bar.bar().endsWith("...  0:03"), bar.bar());
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r[0/4] ...................."), out);
        assertTrue(out.contains("\r[1/4] s / pre-2019: 0 violated, 0 inconclusive  (0:03 elapsed)\n"), out);
        assertTrue(out.endsWith("\r" + " ".repeat(69) + "\r"), "the bar is wiped at the end: " + out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), "one finished line; the bar never scrolls: " + out);
    }
}
