package pincheck.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    /** As above, only the built-in scenarios named (all when none is), or empty after an error naming them. */
    static Optional<SuiteInputs> read(Path out, List<String> only) throws IOException {
        Optional<SuiteInputs> in = read(out);
        if (in.isEmpty()) {
            return in;
        }
        ImmutableList<Scenario> chosen = in.get().scenarios().stream()
                .filter(s -> only.isEmpty() || only.contains(s.name())).collect(ImmutableList.toImmutableList());
        if (chosen.isEmpty()) {
            System.err.println("pincheck: no built-in scenario is named " + only + "; see 'pincheck list'");
            return Optional.empty();
        }
        return Optional.of(new SuiteInputs(in.get().home(), chosen, in.get().target()));
    }
}
