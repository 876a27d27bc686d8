package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.cli.CliTest.Run;
import pincheck.suite.RunCache;

/**
 * Input a user may give on purpose or by accident: TLA+ and Alloy keywords as names, quotes and
 * non-ASCII text in call sites, odd file names, unknown presets and knobs, folders that cannot be
 * written. Isolated: it swaps System.out.
 */
@Isolated
class HostileInputTest {

    /** The example scenario with every name a keyword of TLA+ or Alloy, and hostile call sites. */
    private static final String KEYWORDS = """
            scenario fact "names that are TLA+ and Alloy keywords"
            page VARIABLE user
            page sig zero
            iter pred iovec VARIABLE
            bio  MODULE write end_io dio_bio_end_io
            actor EXTENDS
              iov_iter_get_pages pred        @ fs/"quoted" \\back\\slash ==== (* not a comment *)
              bio_add_page MODULE VARIABLE   @ fs/direct-io.c:dio_bio_add_page -- fact { 1 = 0 } */
              bio_add_page MODULE sig        @ fs/direct-io.c:dio_zero_block \\* ----
              submit_bio MODULE              @ fs/direct-io.c:dio_bio_submit
            actor fun
              munmap VARIABLE
            """;

    @Test
    void keywordNamesAreCheckedAndNothingIsWrittenOutsideTheOutputFolder() throws Exception {
        Path dir = Files.createTempDirectory("pincheck-hostile-");
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        // A file name with a line break and TLA+ text in it: it is quoted in the generated module's comment.
        Files.writeString(scenarios.resolve("fact\nVARIABLE x ====.pin"), KEYWORDS);
        Path out = dir.resolve("out");
        // TLC alone: Alloy with keyword names is AlloyGlueTest's and EngineInputFuzzTest's
        Run r = CliTest.run("suite", "--scenarios", scenarios.toString(), "--design", "bias-unpin-all", "--engine",
                "tlc", "--out", out.toString());
        // bias-unpin-all underflows on ZERO_PAGE: a violation, so SANY parsed the module and TLC finished.
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*\\[1/1\\] fact / bias-unpin-all: [1-9]\\d* violated, 0 inconclusive.*"),
                r.err());
        List<String> written;
        try (Stream<Path> all = Files.walk(dir)) {
            written = all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.startsWith("out/" + RunCache.FOLDER + "/")).sorted().toList();
        }
        assertTrue(written.contains("out/fact/bias-unpin-all/NoUnderflow/trace.md"), written.toString());
        for (String w : written) {
            assertTrue(w.matches("out/(\\.pincheck-manifest\\.json|README\\.md|stats\\.json|results\\.json|agreement\\.(md|json)"
                    + "|fact/bias-unpin-all/\\w+/(trace\\.md|trace\\.itf\\.json|\\w+\\.svg|MC\\.(tla|cfg|als)|Scenario\\.als|README\\.md))")
                    || w.equals("scenarios/fact\nVARIABLE x ====.pin"), "written outside the output folder: " + w);
        }
        String trace = Files.readString(out.resolve("fact/bias-unpin-all/NoUnderflow/trace.md"));
        assertTrue(trace.contains("dio_zero_block \\* ----"), trace);
        assertTrue(trace.contains("dio_bio_add_page -- fact { 1 = 0 } */"), trace);
    }

    /** Exit 2 and one line on stderr holding every part. */
    static void oneLineError(Run r, String... parts) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        for (String p : parts) {
            assertTrue(r.err().contains(p), p + " in " + r.err());
        }
    }

    @Test
    void unknownPresetsKnobsAndUnwritableFoldersAreOneLineWithTheFix() throws Exception {
        String dio = CliTest.dio();
        oneLineError(CliTest.run("check", dio, "--set", "endio=split"), "unknown knob 'endio'");
        oneLineError(CliTest.run("check", dio, "--set", "end_io"), "is not knob=value; e.g. --set end_io=split");
        oneLineError(CliTest.run("check", dio, "--set", "end_io=sometimes"), "unknown value 'sometimes' for knob end_io");
        oneLineError(CliTest.run("check", dio, "--design", "kernel-2099"), "unknown design preset 'kernel-2099'",
                "use one of");
        oneLineError(CliTest.run("check", dio, "--heap", "lots"), "--heap 'lots' is not a size", "e.g. --heap 8g");
        oneLineError(CliTest.run("suite", "--heap", "-1g"), "--heap '-1g' is not a size");
        oneLineError(CliTest.run("suite", "--design", "kernel-2099"), "unknown design preset 'kernel-2099'",
                "use one of");

        Path file = Files.createTempFile("pincheck-not-a-folder", ".txt");
        oneLineError(CliTest.run("suite", "--out", file.toString()), "cannot write " + file,
                "choose another folder with --out");
        oneLineError(CliTest.run("suite", "--out", file.resolve("sub").toString()), "cannot write",
                "choose another folder with --out");
        oneLineError(CliTest.run("suite", "--scenarios", "/nonexistent/scenarios"), "/nonexistent/scenarios",
                "give a folder of .pin files with --scenarios");
        oneLineError(CliTest.run("suite", "--scenarios", Files.createTempDirectory("pincheck-empty-").toString()),
                "has no .pin files", "--scenarios");
    }
}
