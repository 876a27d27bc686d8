package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    void theReadmeCommandRerunsTlcOnTheCopiedGlueAndFindsTheSameTrace(@TempDir Path checkout) throws Exception {
        PropertyResult x = Counterexample.violation();
        Trace t = x.trace().orElseThrow();
        String folder = "counterexamples/s/d/NoUnderflow";
        Map<String, String> files = Reproduce.files(folder, x.inputs(), Optional.empty());
        assertEquals(List.of("MC.cfg", "MC.tla", "README.md"), List.copyOf(files.keySet()));
        List<String> cmd = Reproduce.tlcCommand(folder);
        assertTrue(files.get("README.md").contains("cd " + folder + "\n" + String.join(" ", cmd) + "\n"),
                files.get("README.md"));

        // A checkout as the README assumes: specs/tla, the folder, the jar (here: wherever TLC is).
        Path tla = Files.createDirectories(checkout.resolve("specs/tla"));
        for (String m : SpecFiles.TLA_MODULES) {
            Files.copy(SpecFiles.tlaDir(Models.home()).resolve(m), tla.resolve(m));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            OutputTree.writeFile(checkout.resolve(folder).resolve(f.getKey()), f.getValue());
        }
        List<String> run = new ArrayList<>(cmd);
        run.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        run.set(run.indexOf("-cp") + 1, Path.of(tlc2.TLC.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString());
        run.set(run.indexOf("-metadir") + 1, checkout.resolve("meta").toString());
        Path out = checkout.resolve("tlc.out");
        Process p = new ProcessBuilder(run).directory(checkout.resolve(folder).toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "TLC did not finish");
        String text = Files.readString(out);
        assertTrue(text.contains("Error: Invariant NoUnderflow is violated."), text);
        long states = text.lines().filter(l -> l.matches("State \\d+: .*")).count();
        assertEquals(t.steps().size() + 1, states, text);
    }

    @Test
    void anAlloyModuleIsCopiedAndListed() {
        Map<String, String> files = Reproduce.files("counterexamples/s/d/P", Map.of(), Optional.of("module MC\n"));
        assertEquals("module MC\n", files.get(Reproduce.ALLOY_MODULE));
        assertTrue(files.get("README.md").contains("`MC.als`"), files.get("README.md"));
    }
}
