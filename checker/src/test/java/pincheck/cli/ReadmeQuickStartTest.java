package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.tla.Models;
import pincheck.verdict.ExitStatus;

/** The README's quick start says what its first check prints: each quoted trace line is in the real trace. */
@Isolated
class ReadmeQuickStartTest {
    @Test
    void theQuotedCounterexampleIsTheOneTheCheckFinds(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(Models.home().resolve("README.md"));
        int start = readme.indexOf("```\n  1. dio");
        assertTrue(start >= 0, "README quick start quotes no trace");
        List<String> quoted = readme.substring(start + 4, readme.indexOf("```", start + 4)).lines()
                .filter(l -> !l.isBlank() && !l.strip().equals("...")).toList();
        Path out = tmp.resolve("dio");
        CliTest.Run r = CliTest.run("check", CliTest.dio(), "--design", "split-end-io", "--out", out.toString());
        assertEquals(ExitStatus.VIOLATED.code(), r.code(), r.err());
        List<String> trace = Files.readString(out.resolve("NoUnderflow/trace.md")).lines().toList();
        assertFalse(quoted.isEmpty());
        for (String line : quoted) {
            // "..." inside a line stands for the effects left out: the rest must match around it.
            String[] parts = line.split("\\.\\.\\.; |\\.\\.\\.", -1);
            assertTrue(trace.stream().anyMatch(t -> containsInOrder(t, parts)),
                    "README quotes a line the trace does not have: " + line);
        }
    }

    private static boolean containsInOrder(String text, String[] parts) {
        int at = 0;
        for (String p : parts) {
            int i = text.indexOf(p, at);
            if (i < 0) return false;
            at = i + p.length();
        }
        return true;
    }
}
