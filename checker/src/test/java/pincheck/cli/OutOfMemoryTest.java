package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.report.CheckDocument;
import pincheck.tla.Models;

/**
 * Issue 15, item 10: fourteen symmetric actors make 14! permutations for TLC's SYMMETRY, more
 * than pincheck's heap holds. Out of memory is inconclusive (exit 3) with the reason, never a
 * stack trace and exit 1. check runs as a JVM of its own with 64 MB; the liveness run, which
 * gets no symmetry, stops at its one-second time limit first.
 */
class OutOfMemoryTest {
    @Test
    void outOfMemoryInPincheckIsInconclusiveWithTheReason(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(List.of("scenario many-pins \"fourteen interchangeable pins\"",
                "page U0 user"));
        List<String> actors = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            lines.add("iter a" + i + " iovec U0");
        }
        for (int i = 1; i <= 14; i++) {
            lines.addAll(List.of("actor t" + i, "  iov_iter_get_pages2 a" + i));
            actors.add("t" + i);
        }
        lines.add("symmetric " + String.join(" ", actors));
        Path f = dir.resolve("many-pins.pin");
        Files.write(f, lines);
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "-Dpincheck.home=" + Models.home(),
                Main.class.getName(), "check", f.toString(), "--symmetry", "--timeout", "1", "--json"))
                .redirectError(dir.resolve("err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        String err = Files.readString(dir.resolve("err"));
        assertEquals(3, p.exitValue(), out + err);
        assertTrue(err.contains("pincheck: inconclusive: out of memory in pincheck (Java heap space; "), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace: " + err);
        CheckDocument d = CheckDocument.read(out, "stdout");
        assertEquals("inconclusive", d.outcome());
        assertTrue(d.error().orElseThrow().message().contains("out of memory in pincheck"), d.toString());
    }
}
