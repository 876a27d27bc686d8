package pincheck.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import pincheck.design.DesignException;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;

/** What the suite-wide commands start from: the checkout, its scenarios and a writable output folder. */
record SuiteInputs(Path home, ImmutableList<Scenario> scenarios, Path target) {

    /** The inputs, or empty after a one-line error on stderr (the caller exits with BAD_INPUT). */
    static Optional<SuiteInputs> read(Path out) throws IOException {
        Path home;
        ImmutableList<Scenario> scenarios;
        try {
            home = Inputs.home();
            scenarios = BuiltIn.scenarios(home);
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Optional.empty();
        }
        Path target;
        try {
            target = Inputs.outputFolder(out, home);
        } catch (DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new SuiteInputs(home, scenarios, target));
    }
}
