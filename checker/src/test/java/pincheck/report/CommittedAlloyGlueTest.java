package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import pincheck.alloy.AlloyChecker;
import pincheck.alloy.AlloyModel;
import pincheck.alloy.AlloySpec;
import pincheck.alloy.run.AlloyOutcome;
import pincheck.alloy.run.AlloyRequest;
import pincheck.alloy.run.AlloyRunner;
import pincheck.tla.Models;

/**
 * Every committed violation folder holds the Alloy glue only (MC.als and Scenario.als, at most
 * 200 lines each, opening specs/alloy), and a folder reproduces as its README says: with the two
 * spec modules copied beside it, Alloy finds the counterexample.
 */
@ResourceLock(Models.ALLOY_LOCK)
class CommittedAlloyGlueTest {
    static final int MAX_LINES = 200;

    /** What is wrong with a folder's Alloy files; empty when it has none or they are glue only. */
    static List<String> problems(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        Path root = folder.resolve(AlloyModel.ROOT);
        if (!Files.exists(root)) {
            return out;
        }
        for (String name : List.of(AlloyModel.ROOT, AlloyModel.SCENARIO)) {
            Path f = folder.resolve(name);
            if (!Files.exists(f)) {
                out.add(name + " is missing");
                continue;
            }
            List<String> lines = Files.readAllLines(f);
            if (lines.size() > MAX_LINES) {
                out.add(name + " has " + lines.size() + " lines, more than " + MAX_LINES);
            }
            // the semantics' dispatch: a module holding it is a copy of Pinning.als
            if (lines.stream().anyMatch(l -> l.startsWith("pred Call["))) {
                out.add(name + " holds a copy of the semantics (pred Call)");
            }
        }
        if (!Files.readString(root).contains("\nopen Pinning\n")) {
            out.add(AlloyModel.ROOT + " does not open Pinning");
        }
        Path readme = folder.resolve("README.md");
        if (!Files.exists(readme) || !Files.readString(readme).contains(Reproduce.ALLOY_COPY)) {
            out.add("README.md does not say to copy the spec modules beside " + AlloyModel.ROOT);
        }
        return out;
    }

    private static List<Path> committedFolders() throws IOException {
        try (Stream<Path> all = Files.walk(Models.home().resolve("counterexamples"))) {
            return all.filter(p -> p.getFileName().toString().equals(AlloyModel.ROOT)).map(Path::getParent)
                    .sorted().toList();
        }
    }

    @Test
    void everyCommittedFolderHoldsTheGlueOnly() throws Exception {
        List<Path> folders = committedFolders();
        assertTrue(folders.size() > 50, "the suite's violations have Alloy glue: " + folders.size());
        List<String> bad = new ArrayList<>();
        for (Path f : folders) {
            problems(f).forEach(p -> bad.add(Models.home().relativize(f) + ": " + p));
        }
        assertEquals(List.of(), bad, bad.size() + " problems in " + folders.size() + " folders");
    }

    @Test
    void aFolderWithTheSemanticsCopiedInIsCaught() throws Exception {
        Path dir = Files.createTempDirectory("pincheck-glue-copy-");
        String semantics = AlloySpec.read(AlloyChecker.alloyDir(Models.home())).pinning();
        Files.writeString(dir.resolve(AlloyModel.ROOT), semantics + "\ncheck Open for 1 but 6 Int, 3..3 steps\n");
        List<String> p = problems(dir);
        assertTrue(p.contains(AlloyModel.SCENARIO + " is missing"), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("MC.als has ") && x.endsWith("more than 200")), p.toString());
        assertTrue(p.contains("MC.als holds a copy of the semantics (pred Call)"), p.toString());
        assertTrue(p.contains("MC.als does not open Pinning"), p.toString());
        assertTrue(p.contains("README.md does not say to copy the spec modules beside MC.als"), p.toString());
    }

    @Test
    void aCommittedFolderReproducesInAlloyWithTheSpecModulesBesideIt() throws Exception {
        // the smallest scenario module: the quickest check
        Path folder = committedFolders().stream()
                .min(Comparator.comparingLong(f -> f.resolve(AlloyModel.SCENARIO).toFile().length())).orElseThrow();
        Map<String, String> beside = new HashMap<>(AlloySpec.read(AlloyChecker.alloyDir(Models.home())).files());
        beside.put(AlloyModel.SCENARIO, Files.readString(folder.resolve(AlloyModel.SCENARIO)));
        AlloyOutcome o = AlloyRunner.run(Files.readString(folder.resolve(AlloyModel.ROOT)),
                AlloyRequest.check(AlloyModel.CHECK).withSourceName(AlloyModel.ROOT).withOpened(beside)
                        .withNoOverflow(false).withTimeLimit(Duration.ofMinutes(3)));
        assertEquals(AlloyOutcome.Kind.COUNTEREXAMPLE, o.kind(), folder + ": " + o);
    }
}
