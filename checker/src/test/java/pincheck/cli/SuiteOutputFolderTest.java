package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.cli.CliTest.Run;
import pincheck.report.OutputFolder;
import pincheck.report.ResultsDocument;
import pincheck.suite.RunCache;
import pincheck.tla.Models;

/**
 * The suite removes and overwrites only files it wrote, and a smaller suite never prunes results
 * it did not recompute (issue 15, item 3): a user's files in --out survive two suites whose files
 * are byte for byte the same. dio-zero-page under two presets that break it; the second and third
 * suites take their TLC runs from the cache. Isolated: it swaps System.out.
 */
@Isolated
class SuiteOutputFolderTest {
    private static Run suite(Path scenarios, Path out, String... designs) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("suite", "--scenarios",
                scenarios.toString(), "--engine", "tlc", "--jobs", "2", "--out", out.toString()));
        for (String d : designs) {
            args.addAll(java.util.List.of("--design", d));
        }
        return CliTest.run(args.toArray(String[]::new));
    }

    /** Every file of the folder but the timings and the cache, by path. */
    private static Map<String, String> files(Path out) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (!rel.equals("stats.json") && !rel.startsWith(RunCache.FOLDER + "/")) {
                    all.put(rel, Files.readString(p));
                }
            }
        }
        return all;
    }

    @Test
    void usersFilesSurviveTwoSuitesAndASmallerSuiteKeepsWhatItDidNotRecompute(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Models.home().resolve("specs/scenarios/dio-zero-page.pin"), in.resolve("dio-zero-page.pin"));
        Path out = dir.resolve("out");
        Run first = suite(in, out, "pre-2019", "bias-unpin-all");
        assertEquals(0, first.code(), first.err());
        Map<String, String> written = files(out);
        assertTrue(written.containsKey("dio-zero-page/pre-2019/PinsVisible/trace.md"), written.keySet().toString());
        assertTrue(written.containsKey("dio-zero-page/bias-unpin-all/NoUnderflow/trace.md"));

        // the user's notes, one beside the results, one inside a folder the suite writes
        Files.writeString(out.resolve("notes.md"), "mine");
        Files.writeString(out.resolve("dio-zero-page/pre-2019/PinsVisible/notes.txt"), "mine too");
        Run again = suite(in, out, "pre-2019", "bias-unpin-all");
        assertEquals(0, again.code(), again.err());
        assertEquals("mine", Files.readString(out.resolve("notes.md")));
        assertEquals("mine too", Files.readString(out.resolve("dio-zero-page/pre-2019/PinsVisible/notes.txt")));
        Map<String, String> twice = files(out);
        twice.remove("notes.md");
        twice.remove("dio-zero-page/pre-2019/PinsVisible/notes.txt");
        assertEquals(written, twice, "the same files, byte for byte");

        // a smaller suite: bias-unpin-all's verdicts and traces stay
        Run smaller = suite(in, out, "pre-2019");
        assertEquals(0, smaller.code(), smaller.err());
        assertEquals(written.get("dio-zero-page/bias-unpin-all/NoUnderflow/trace.md"),
                Files.readString(out.resolve("dio-zero-page/bias-unpin-all/NoUnderflow/trace.md")));
        ResultsDocument results = ResultsDocument.read(Files.readString(out.resolve("results.json")), "results.json");
        assertEquals(java.util.List.of("pre-2019", "bias-unpin-all"),
                results.models().stream().map(ResultsDocument.ModelDoc::design).toList());
        assertEquals(written.get("README.md"), Files.readString(out.resolve("README.md")));
        assertEquals(written.get("results.json"), Files.readString(out.resolve("results.json")));
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("my-path.pin"), CliTest.USER_SCENARIO);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("README.md"), "my project");
        Files.createDirectories(out.resolve("my-path/kernel-2023"));
        Files.writeString(out.resolve("my-path/kernel-2023/data.csv"), "1,2");
        Run r = suite(in, out, "kernel-2023");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(out + " holds files pincheck did not write (README.md and 1 more)"), r.err());
        r = CliTest.run("suite", "--scenarios", in.toString(), "--engine", "tlc", "--design", "kernel-2023",
                "--out", out.toString(), "--allow-other-files");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(out.resolve("README.md") + " exists and pincheck did not write it"), r.err());
        assertEquals("my project", Files.readString(out.resolve("README.md")));
        assertEquals("1,2", Files.readString(out.resolve("my-path/kernel-2023/data.csv")));
        assertFalse(Files.exists(out.resolve("results.json")), "nothing of the suite's was written");
        assertFalse(Files.exists(out.resolve(OutputFolder.MANIFEST)));
    }
}
