package pincheck.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import pincheck.design.DesignException;
import pincheck.report.OutputFolder;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.tla.TlcRunner;

/**
 * What the suite-wide commands start from: the checkout, its scenarios (those named, or all),
 * a writable output folder and how TLC runs.
 */
record SuiteInputs(Path home, ImmutableList<Scenario> scenarios, OutputFolder target, TlcRunner.Options tlc) {

    /** The inputs, or empty after a one-line error on stderr (the caller exits with BAD_INPUT). */
    static Optional<SuiteInputs> read(OutputOptions output, TlcOptions tlcOptions, List<String> only)
            throws IOException {
        Optional<TlcRunner.Options> tlc = tlcOptions.checked();
        if (tlc.isEmpty()) {
            return Optional.empty();
        }
        Path home;
        ImmutableList<Scenario> scenarios;
        try {
            home = Inputs.home();
            scenarios = BuiltIn.scenarios(home);
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Optional.empty();
        }
        OutputFolder target;
        try {
            target = output.folder(home);
        } catch (DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Optional.empty();
        }
        ImmutableList<Scenario> chosen = scenarios.stream().filter(s -> only.isEmpty() || only.contains(s.name()))
                .collect(ImmutableList.toImmutableList());
        if (chosen.isEmpty()) {
            System.err.println("pincheck: no built-in scenario is named " + only + "; see 'pincheck list'");
            return Optional.empty();
        }
        return Optional.of(new SuiteInputs(home, chosen, target, tlc.get()));
    }
}
