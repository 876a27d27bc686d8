package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.tla.Models;
import pincheck.tla.SpecFiles;
import pincheck.trace.Trace;
import pincheck.verdict.PropertyResult;

class ReproduceTest {
    @Test
    void theReadmesTlcCommandFindsTheSameTraceWhereverTheFolderIs(@TempDir Path tmp) throws Exception {
        PropertyResult x = Counterexample.violation();
        Trace t = x.trace().orElseThrow();
        Map<String, String> files = Reproduce.files(x.inputs(), Optional.empty());
        assertEquals(List.of("MC.cfg", "MC.tla", "README.md"), List.copyOf(files.keySet()));
        String readme = files.get("README.md");
        String cmd = String.join(" ", Reproduce.tlcCommand());
        assertTrue(readme.contains("\n" + cmd + "\n"), readme);
        assertTrue(readme.contains("\n" + Reproduce.REPLAY + "\n"), readme);
        assertFalse(readme.contains("../"), "no path relative to where the folder was written: " + readme);

        // A checkout as $PINCHECK names it (specs/tla and the jar, here TLC's own), and the folder far from it.
        Path checkout = tmp.resolve("pincheck");
        Path tla = Files.createDirectories(checkout.resolve("specs/tla"));
        for (String m : SpecFiles.TLA_MODULES) {
            Files.copy(SpecFiles.tlaDir(Models.home()).resolve(m), tla.resolve(m));
        }
        Files.createDirectories(checkout.resolve("checker/target"));
        Files.createSymbolicLink(checkout.resolve("checker/target/pincheck.jar"),
                Path.of(tlc2.TLC.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        Path folder = tmp.resolve("elsewhere/my-counterexample");
        for (Map.Entry<String, String> f : files.entrySet()) {
            OutputTree.writeFile(folder.resolve(f.getKey()), f.getValue());
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", cmd).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("tlc.out").toFile());
        pb.environment().put("PINCHECK", checkout.toString());
        pb.environment().put("TMPDIR", tmp.toString());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();

        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "TLC did not finish");
        String text = Files.readString(tmp.resolve("tlc.out"));
        assertTrue(text.contains("Error: Invariant NoUnderflow is violated."), text);
        long states = text.lines().filter(l -> l.matches("State \\d+: .*")).count();
        assertEquals(t.steps().size() + 1, states, text);
    }

    @Test
    void theGeneratedAlloyModulesAreCopiedAndListedWithWhatTheyOpen() {
        Map<String, String> files = Reproduce.files(Map.of(),
                Optional.of(Map.of("MC.als", "module MC\n", "Scenario.als", "module Scenario\n")));
        assertEquals("module MC\n", files.get("MC.als"));
        assertEquals("module Scenario\n", files.get("Scenario.als"));
        String readme = files.get("README.md");
        assertTrue(readme.contains("`MC.als`, `Scenario.als`"), readme);
        assertTrue(readme.contains(Reproduce.ALLOY_COPY), readme);
        // the copy line names files the checkout has, and the modules MC.als opens
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$PINCHECK/([^\"]+)\"").matcher(Reproduce.ALLOY_COPY);
        List<String> copied = new java.util.ArrayList<>();
        while (m.find()) {
            copied.add(m.group(1));
            assertTrue(Files.isRegularFile(Models.home().resolve(m.group(1))), m.group(1));
        }
        assertEquals(List.of("specs/alloy/Pinning.als", "specs/alloy/Objects.als"), copied);
        assertTrue(readme.contains("Prevent Overflows set to No"), readme);
        assertTrue(readme.contains("check Open"), readme);
    }

    @Test
    void aDesignWithOverridesIsGivenAsThePresetAndItsSets() throws Exception {
        // an alias names the preset by its own name
        assertEquals("--design linux-6.12", Reproduce.designArgs(pincheck.design.Presets.get("kernel-2023")));
        assertEquals("--design linux-6.12 --set zero_page=get --set warn=underflow",
                Reproduce.designArgs(pincheck.design.Presets.override(pincheck.design.Presets.get("kernel-2023"),
                        List.of("zero_page=get", "warn=underflow"))));
    }
}
