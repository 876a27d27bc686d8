package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.cli.Main;

/**
 * Issue 15, item 11: a damaged class-data archive made every TLC run abort until deleted by hand.
 * Now it is found (its checksum, or the JVM crashing on it), removed, rebuilt, and the run made
 * again. Each check is a pincheck JVM of its own with the archives in a folder of this test.
 */
class ClassDataArchiveTest {
    private record Out(int code, String text) {}

    private static Out check(Path archives) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dpincheck.home=" + Models.home(),
                "-D" + TlcJvm.CDS_FOLDER + "=" + archives, Main.class.getName(), "check",
                Models.home().resolve("specs/scenarios/sync-release.pin").toString()))
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Out(p.exitValue(), text);
    }

    private static Path archive(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jsa")).findFirst().orElseThrow(
                    () -> new AssertionError("no archive in " + dir));
        }
    }

    private static void holds(Out o) {
        assertEquals(0, o.code(), o.text());
        assertTrue(o.text().contains("NoUnderflow               holds: 6 distinct states"), o.text());
    }

    @Test
    void aDamagedArchiveIsFoundRemovedAndRebuiltAndTheRunMadeAgain(@TempDir Path dir) throws Exception {
        holds(check(dir));
        Path archive = archive(dir);
        byte[] good = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);

        // cut in half: its checksum no longer matches
        Files.write(archive, java.util.Arrays.copyOf(good, good.length / 2));
        Out cut = check(dir);
        holds(cut);
        assertTrue(cut.text().contains("is damaged or unverified; removed, the next TLC run writes a new one"),
                cut.text());
        // rebuilt: whole again and with its checksum (the size varies with the classes the run loaded)
        Path rebuilt = archive(dir);
        assertTrue(Files.size(rebuilt) > good.length / 2, "rebuilt");
        assertEquals(com.google.common.hash.Hashing.sha256().hashBytes(Files.readAllBytes(rebuilt)).toString(),
                Files.readString(rebuilt.resolveSibling(rebuilt.getFileName() + ".sha256")).strip(), "rebuilt");

        // damaged bytes with a checksum that matches them: the JVM crashes on it, and the run is made again
        byte[] bad = good.clone();
        // in the first half only (class metadata the JVM maps and uses unchecked): the second holds the
        // class-path table the JVM validates, and damage there makes it refuse the archive, not crash
        for (int i = 4096; i < bad.length / 2; i += 997) {
            bad[i] ^= (byte) 0xff;
        }
        archive = archive(dir);
        archive.toFile().setWritable(true);
        Files.write(archive, bad);
        Files.writeString(archive.resolveSibling(archive.getFileName() + ".sha256"),
                com.google.common.hash.Hashing.sha256().hashBytes(bad).toString());
        Out crashed = check(dir);
        holds(crashed);
        assertTrue(crashed.text().contains("TLC's JVM crashed with the class-data archive; removed it, running again"),
                crashed.text());
    }
}
