package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import pincheck.tla.Models;

/**
 * Issue 15, item 5: check stopped by SIGTERM or SIGINT leaves no TLC running and no temporary
 * folder. check runs as a JVM of its own with its temporary folder in this test's.
 */
class CheckInterruptedTest {
    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalStopsTlcAndRemovesTheWorkingFolder(String signal, @TempDir Path tmp) throws Exception {
        Process check = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dpincheck.home=" + Models.home(),
                "-Djava.io.tmpdir=" + tmp, Main.class.getName(), "check",
                Models.home().resolve("specs/scenarios/pin-overflow.pin").toString(), "--timeout", "600"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("check.out").toFile()).start();
        ProcessHandle tlc = null;
        for (int i = 0; i < 600 && tlc == null; i++) {
            Optional<ProcessHandle> found = check.descendants()
                    .filter(h -> h.info().commandLine().orElse("").contains(pincheck.tla.TlcLauncher.class.getName())).findFirst();
            tlc = found.orElse(null);
            Thread.sleep(50);
        }
        assertTrue(tlc != null, "TLC started: " + Files.readString(tmp.resolve("check.out")));
        assertTrue(hasWorkFolder(tmp), "check's working folder exists while TLC runs");
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(check.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "check ended");
        ProcessHandle t = tlc;
        for (int i = 0; i < 100 && t.isAlive(); i++) {
            Thread.sleep(100);
        }
        assertFalse(t.isAlive(), "TLC was stopped with check");
        assertFalse(hasWorkFolder(tmp), "the working folder is removed");
    }

    private static boolean hasWorkFolder(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("pincheck-") && Files.isDirectory(p));
        }
    }
}
