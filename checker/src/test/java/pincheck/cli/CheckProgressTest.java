package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pincheck.tla.TlcRun;
import pincheck.tla.out.TlcOutcome;

class CheckProgressTest {
    @Test
    void theLineSaysWhichEngineRunsWhatFinishedAndHowLong() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (CheckProgress p = new CheckProgress(new PrintStream(err, true, StandardCharsets.UTF_8), false, now::get)) {
            assertEquals("check: TLC running, 0:00 elapsed", p.line());
            now.set(75_000_000_000L);
            p.finished(new TlcRun("safety0", TlcOutcome.Kind.INVARIANT_VIOLATED, OptionalLong.of(10), OptionalLong.of(5),
                    OptionalLong.of(3), OptionalLong.of(500), 0.5));
            p.engine("Alloy");
            assertEquals("check: Alloy running, 1 TLC run finished, last safety0 (invariant violated), 1:15 elapsed",
                    p.line());
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "not a terminal: nothing drawn, the output stays the report");
    }
}
