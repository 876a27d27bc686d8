package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.report.OutputFolder;

/** check --out on a scenario outside the checkout, the folder moved elsewhere, replay finding the same trace. */
@Isolated
class CheckOutTest {
    @Test
    void theFolderOfAUsersScenarioReplaysFromWhereverItIs(@TempDir Path tmp) throws Exception {
        Path pin = tmp.resolve("mine/my-path.pin");
        Files.createDirectories(pin.getParent());
        Files.writeString(pin, CliTest.USER_SCENARIO);
        Path out = tmp.resolve("out");
        CliTest.Run r = CliTest.run("check", pin.toString(), "--design", "bias-unconverted", "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        List<String> folders;
        try (Stream<Path> s = Files.list(out)) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "a folder per violated property: " + r.out());
        for (String f : folders) {
            assertTrue(r.out().contains("Counterexample for " + f + " ") || r.out().contains("Witness for " + f + " "), f);
            for (String file : List.of("trace.md", "trace.itf.json", "sequence.svg", "refcount.svg", "MC.tla", "MC.cfg",
                    "README.md")) {
                assertTrue(Files.isRegularFile(out.resolve(f).resolve(file)), f + "/" + file);
            }
            String readme = Files.readString(out.resolve(f).resolve("README.md"));
            assertFalse(readme.contains("built-in suite") || readme.contains("../"), readme);
        }
        // moved far from where it was written: the README's command still finds the same trace
        Path moved = tmp.resolve("elsewhere/" + folders.get(0));
        Files.createDirectories(moved.getParent());
        Files.move(out.resolve(folders.get(0)), moved);
        CliTest.Run replay = CliTest.run("replay", moved.toString());
        assertEquals(0, replay.code(), replay.out() + replay.err());
        assertTrue(replay.out().contains("with the same trace as trace.itf.json"), replay.out());

        // a changed trace is found out
        Path itf = moved.resolve("trace.itf.json");
        Files.writeString(itf, Files.readString(itf).replaceFirst("\"#bigint\": \"1\"", "\"#bigint\": \"7\""));
        assertEquals(1, CliTest.run("replay", moved.toString()).code());
    }

    @Test
    void aFilePincheckDidNotWriteIsNeverOverwritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("NoUnderflow"));
        Files.writeString(out.resolve("NoUnderflow/trace.md"), "my notes\n");
        CliTest.Run r = CliTest.run("check", CliTest.dio(), "--design", "split-end-io", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(out + " holds files pincheck did not write (NoUnderflow/trace.md); choose an"
                + " empty or new folder with --out"), r.err());
        assertEquals("", r.out(), "refused before any check ran");
        assertEquals("my notes\n", Files.readString(out.resolve("NoUnderflow/trace.md")));
        assertFalse(Files.exists(out.resolve(OutputFolder.MANIFEST)), "nothing was written");

        // its own files it rewrites, and removes those of a violation that went away
        Path mine = tmp.resolve("mine");
        assertEquals(1, CliTest.run("check", CliTest.dio(), "--design", "split-end-io", "--out", mine.toString()).code());
        assertTrue(Files.isRegularFile(mine.resolve("NoUnderflow/trace.md")));
        assertEquals(0, CliTest.run("check", CliTest.dio(), "--design", "linux-6.12", "--out", mine.toString()).code());
        assertFalse(Files.exists(mine.resolve("NoUnderflow")), "the old folder pincheck wrote is gone");
        assertFalse(Files.readString(mine.resolve(OutputFolder.MANIFEST)).contains("NoUnderflow"),
                "the manifest no longer lists it");
    }

    @Test
    void aFileInTheWayThatTheManifestDoesNotNameIsNeverOverwritten(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("out");
        OutputFolder.open(root, false).write("pincheck check --out", java.util.Map.of("P/a.md", "x"));
        Files.writeString(root.resolve("P/b.md"), "mine\n");
        OutputFolder again = OutputFolder.open(root, false);
        org.junit.jupiter.api.Assertions.assertThrows(OutputFolder.Refused.class,
                () -> again.write("pincheck check --out", java.util.Map.of("P/a.md", "y", "P/b.md", "y")));
        assertEquals("mine\n", Files.readString(root.resolve("P/b.md")));
        assertEquals("x", Files.readString(root.resolve("P/a.md")), "nothing written when one file is in the way");
    }
}
