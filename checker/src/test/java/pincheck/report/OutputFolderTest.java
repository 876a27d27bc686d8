package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pincheck overwrites and removes only files it wrote, as the folder's manifest lists them (issue 15, item 3). */
class OutputFolderTest {
    @Test
    void aFolderWithOtherFilesIsRefusedUnlessAllowedAndThenTheyAreNeverTouched(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class, () -> OutputFolder.open(dir, false));
        assertTrue(e.getMessage().contains(dir + " holds files pincheck did not write (notes.txt); choose an empty or"
                + " new folder with --out, or add --allow-other-files"), e.getMessage());

        OutputFolder f = OutputFolder.open(dir, true);
        f.write("suite", Map.of("results.json", "{}\n", "s/d/P/trace.md", "t\n"));
        f.prune("suite", p -> true, Set.of());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertFalse(Files.exists(dir.resolve("s")), "what it wrote and the folders that left empty are gone");
        // a manifest-owned folder keeps accepting writes beside the user's file
        OutputFolder.open(dir, false).write("suite", Map.of("results.json", "{}\n"));
    }

    @Test
    void aFileOfTheSameNameItDidNotWriteStopsTheWholeWrite(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "my own readme");
        OutputFolder f = OutputFolder.open(dir, true);
        OutputFolder.Refused e = assertThrows(OutputFolder.Refused.class,
                () -> f.write("suite", Map.of("README.md", "x", "results.json", "{}")));
        assertTrue(e.getMessage().endsWith("README.md exists and pincheck did not write it; move it away or choose"
                + " another folder with --out"), e.getMessage());
        assertEquals("my own readme", Files.readString(dir.resolve("README.md")));
        assertFalse(Files.exists(dir.resolve("results.json")), "nothing written");
    }

    /** counterexamples/ as committed before manifests: recognised by its README and the names pincheck gives. */
    @Test
    void aFolderWrittenBeforeManifestsIsRecognisedByItsMarkerAndNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "# pincheck: verdicts of the built-in suite\n");
        for (String n : new String[] {"results.json", "agreement.md", "claims.json", "sweep-x.json",
                "dio/pre-2019/NoUnderflow/trace.md", "dio/pre-2019/NoUnderflow/MC.tla", ".cache/" + "a".repeat(64)
                + ".tlcrun", ".results.json.tmp"}) {
            Files.createDirectories(dir.resolve(n).getParent());
            Files.writeString(dir.resolve(n), "old");
        }
        OutputFolder f = OutputFolder.open(dir, false);
        assertFalse(Files.exists(dir.resolve(".results.json.tmp")), "a write of its own cut off is removed");
        f.write("suite", Map.of("README.md", "# pincheck: new\n", "results.json", "{}"));
        f.prune("suite", p -> true, Set.of("README.md", "results.json"));
        assertFalse(Files.exists(dir.resolve("dio")), "the suite's stale violation folder");
        assertFalse(Files.exists(dir.resolve("agreement.md")));
        assertTrue(Files.exists(dir.resolve("claims.json")) && Files.exists(dir.resolve("sweep-x.json")),
                "other commands' files are not the suite's to remove");
        assertTrue(Files.exists(dir.resolve(".cache/" + "a".repeat(64) + ".tlcrun")), "the cache is the cache's");
        assertTrue(Files.readString(dir.resolve(OutputFolder.MANIFEST)).contains("\"claims.json\": \"claims\""));
    }

    @Test
    void withoutTheMarkerFilesOfPincheckNamesAreNotTakenAsItsOwn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("results.json"), "someone else's");
        assertThrows(OutputFolder.Refused.class, () -> OutputFolder.open(dir, false));
    }

    /** Issue 15, item 11: a full disk in the middle of a write leaves no .tmp file and the old file whole. */
    @Test
    void aWriteThatFailsLeavesNoTemporaryFileAndTheOldFileWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("results.json");
        Files.writeString(target, "old");
        IOException full = assertThrows(IOException.class, () -> OutputTree.writeFile(target, "new".getBytes(),
                (file, bytes) -> {
                    Files.write(file, new byte[] {bytes[0]});
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", full.getMessage());
        assertEquals("old", Files.readString(target));
        assertFalse(Files.exists(dir.resolve(".results.json.tmp")));

        // the rename failing too (here: a folder where the file goes) removes the temporary file
        Path folder = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(folder.resolve("x"), "x");
        assertThrows(IOException.class, () -> OutputTree.writeFile(folder, "new"));
        assertFalse(Files.exists(dir.resolve(".taken.tmp")));
    }
}
