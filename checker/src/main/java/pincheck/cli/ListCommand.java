package pincheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import pincheck.design.DesignException;
import pincheck.design.Knob;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;

@Command(name = "list", description = "List the built-in scenarios, the knobs, the presets and the properties.")
final class ListCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try {
            Path home = Inputs.home();
            System.out.println("Scenarios (specs/scenarios):");
            for (Scenario s : BuiltIn.scenarios(home)) {
                System.out.printf("  %-16s %s%n", s.name(), s.description());
            }
        } catch (DesignException | ScenarioException | IOException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        System.out.println("\nKnobs (--set KNOB=VALUE):");
        for (Knob k : Knob.values()) {
            System.out.printf("  %-16s %s: %s%n", k.key(), k.meaning(), String.join(" | ", k.choices()));
        }
        System.out.println("\nPresets (--design NAME):");
        for (Presets.Preset p : Presets.all()) {
            System.out.printf("  %-18s %s%n  %-18s   %s%n", p.design().name(), p.origin(), "", p.design().describe());
        }
        System.out.println("\nProperties:");
        for (Property p : Property.values()) {
            System.out.printf("  %-20s %s%n", p.tlaName(), p.title());
        }
        return 0;
    }
}
