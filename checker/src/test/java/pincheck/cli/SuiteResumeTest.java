package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pincheck.suite.RunCache;
import pincheck.tla.Models;

/**
 * A suite killed (SIGKILL, SIGINT) partway and started again keeps what it finished, reruns
 * only the rest, and ends with the same files as an uninterrupted suite; two suites writing to
 * different folders at once do not disturb each other. Suites run as forked JVMs, on one tiny
 * user scenario under two presets.
 */
class SuiteResumeTest {
    private static final Pattern PROGRESS = Pattern.compile("\\[(\\d)/2\\] my-path / (\\S+): .*");
    private static final Pattern REUSED = Pattern.compile("reused (\\d+) of (\\d+) TLC runs");

    private static Path scenarios() throws IOException {
        Path dir = Files.createTempDirectory("pincheck-user-scenarios-");
        Files.writeString(dir.resolve("my-path.pin"), CliTest.USER_SCENARIO);
        return dir;
    }

    private static Process suite(Path scenarios, Path out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dpincheck.home=" + Models.home(), Main.class.getName(),
                "suite", "--scenarios", scenarios.toString(), "--design", "kernel-2023", "--design", "bias-unpin-all",
                "--jobs", "1", "--engine", "tlc", "--out", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    /** Reads the suite's output until its first model is done; returns that model's design. */
    private static String untilFirstModel(Process p) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l = r.readLine(); l != null; l = r.readLine()) {
            lines.add(l);
            if (l.startsWith("[1/2]")) {
                return design(l);
            }
        }
        throw new AssertionError("the suite ended before its first model: " + lines);
    }

    private static String finish(Process p) throws Exception {
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), text);
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    /** Every file of an output folder but the cache and the timings, by relative path. */
    private static Map<String, String> reports(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString();
                if (!rel.startsWith(RunCache.FOLDER + "/") && !rel.equals(SuiteCommand.STATS)) {
                    files.put(rel, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** The progress line of the design's model. */
    private static String line(String output, String design) {
        return output.lines().filter(l -> PROGRESS.matcher(l).matches() && l.contains(" / " + design + ": "))
                .findFirst().orElseThrow(() -> new AssertionError("no progress line for " + design + " in " + output));
    }

    private static void assertResumed(String resumed, String firstDesign) {
        Matcher m = REUSED.matcher(line(resumed, firstDesign));
        assertTrue(m.find(), "the finished model was rerun: " + resumed);
        assertEquals(m.group(1), m.group(2), "the finished model made new TLC runs: " + resumed);
    }

    private static String design(String progressLine) {
        Matcher m = PROGRESS.matcher(progressLine);
        assertTrue(m.matches(), progressLine);
        return m.group(2);
    }

    @Test
    void killedSuitesResumeAndConcurrentSuitesDoNotCollide() throws Exception {
        Path scenarios = scenarios();
        Path reference = Files.createTempDirectory("pincheck-suite-ref-");
        Path killed = Files.createTempDirectory("pincheck-suite-killed-");
        Path interrupted = Files.createTempDirectory("pincheck-suite-int-");

        // The reference and the suite to be killed run at the same time, in different folders.
        Process ref = suite(scenarios, reference);
        Process victim = suite(scenarios, killed);
        String first = untilFirstModel(victim);
        List<ProcessHandle> tlc = victim.descendants().toList();
        victim.destroyForcibly();
        victim.waitFor();
        // SIGKILL leaves no chance to stop the TLC processes the suite started: this test stops them.
        tlc.forEach(ProcessHandle::destroyForcibly);
        finish(ref);

        String resumed = finish(suite(scenarios, killed));
        assertResumed(resumed, first);
        assertEquals(reports(reference), reports(killed));

        Process sigint = suite(scenarios, interrupted);
        String firstInt = untilFirstModel(sigint);
        List<ProcessHandle> tlcInt = sigint.descendants().toList();
        new ProcessBuilder("kill", "-INT", Long.toString(sigint.pid())).start().waitFor();
        assertTrue(sigint.waitFor(1, TimeUnit.MINUTES));
        for (ProcessHandle h : tlcInt) {
            h.onExit().get(30, TimeUnit.SECONDS); // the suite's exit hook stopped its TLC processes
        }
        String resumedInt = finish(suite(scenarios, interrupted));
        assertResumed(resumedInt, firstInt);
        assertEquals(reports(reference), reports(interrupted));
    }
}
