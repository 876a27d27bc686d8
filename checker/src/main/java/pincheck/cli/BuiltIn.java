package pincheck.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;

/** The built-in scenarios: every .pin file of specs/scenarios, in name order. */
final class BuiltIn {
    static final String EXTENSION = ".pin";

    private BuiltIn() {}

    static ImmutableList<Scenario> scenarios(Path home) throws IOException, ScenarioException {
        // Reports name the file relative to the checkout, so they read the same on every machine.
        return folder(home.resolve("specs").resolve("scenarios"), f -> home.relativize(f).toString());
    }

    /** The scenarios written for the thread's claims (specs/scenarios/claims), not part of the suite. */
    static ImmutableList<Scenario> claimScenarios(Path home) throws IOException, ScenarioException {
        return folder(home.resolve("specs").resolve("scenarios").resolve("claims"), f -> home.relativize(f).toString());
    }

    /** Every .pin file of a folder, in name order, each cited in reports as {@code cite} says. */
    static ImmutableList<Scenario> folder(Path dir, java.util.function.Function<Path, String> cite)
            throws IOException, ScenarioException {
        ImmutableList.Builder<Scenario> out = ImmutableList.builder();
        // Two files naming one scenario would share its work folder, cache keys and output folder.
        java.util.Map<String, Path> named = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(EXTENSION)).sorted().toList()) {
                Scenario s = ScenarioParser.parse(f);
                Path first = named.putIfAbsent(s.name(), f);
                if (first != null) {
                    throw new ScenarioException(f.toString(), headerLine(f), "scenario '" + s.name()
                            + "' is already the name of " + first + ":" + headerLine(first)
                            + "; give each scenario a name of its own");
                }
                out.add(s.withFile(cite.apply(f)));
            }
        }
        return out.build();
    }

    /** The line of a parsed file's {@code scenario} line: its first line that is not blank or a comment. */
    private static int headerLine(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return i + 1;
            }
        }
        return 0;
    }
}
