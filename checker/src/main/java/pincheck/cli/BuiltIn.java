package pincheck.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;

/** The built-in scenarios: every .pin file of specs/scenarios, in name order. */
final class BuiltIn {
    static final String EXTENSION = ".pin";

    private BuiltIn() {}

    static ImmutableList<Scenario> scenarios(Path home) throws IOException, ScenarioException {
        return in(home, home.resolve("specs").resolve("scenarios"));
    }

    /** The scenarios written for the thread's claims (specs/scenarios/claims), not part of the suite. */
    static ImmutableList<Scenario> claimScenarios(Path home) throws IOException, ScenarioException {
        return in(home, home.resolve("specs").resolve("scenarios").resolve("claims"));
    }

    private static ImmutableList<Scenario> in(Path home, Path folder) throws IOException, ScenarioException {
        ImmutableList.Builder<Scenario> out = ImmutableList.builder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(EXTENSION)).sorted().toList()) {
                // Reports name the file relative to the checkout, so they read the same on every machine.
                out.add(ScenarioParser.parse(f).withFile(home.relativize(f).toString()));
            }
        }
        return out.build();
    }
}
