package pincheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import pincheck.design.DesignException;
import java.util.stream.Collectors;
import pincheck.design.Knob;
import pincheck.design.KnobValue;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Kernel;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;

@Command(name = "list", description = "List the built-in scenarios, the knobs, the presets and the properties.")
final class ListCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try {
            Path home = Inputs.home();
            System.out.println("Scenarios (specs/scenarios):");
            // Grouped by the kernel subsystem each models, as its covers lines say.
            java.util.Map<String, java.util.List<Scenario>> bySubsystem = new java.util.TreeMap<>();
            for (Scenario s : BuiltIn.scenarios(home)) {
                bySubsystem.computeIfAbsent(s.subsystem(), k -> new java.util.ArrayList<>()).add(s);
            }
            bySubsystem.forEach((subsystem, scenarios) -> {
                System.out.println("  " + subsystem + ":");
                for (Scenario s : scenarios) {
                    System.out.printf("    %-22s %-14s %s%n", s.name(), "[" + s.kernels().stream().map(Kernel::token)
                            .collect(Collectors.joining(" ")) + "]", s.description());
                }
            });
        } catch (DesignException | ScenarioException | IOException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        System.out.println("\nKnobs (--set KNOB=VALUE), each value with where it comes from:");
        for (Knob k : Knob.values()) {
            System.out.printf("  %-16s %s%n", k.key(), k.meaning());
            for (KnobValue v : k.options()) {
                System.out.printf("      %-20s %s: %s%n", v.value(), v.status().label(), v.source());
            }
        }
        System.out.println("\nReal kernels (--design NAME), each knob as that version's source has it:");
        for (Presets.Preset p : Presets.all().stream().filter(Presets.Preset::real).toList()) {
            System.out.printf("  %-18s %s%n", p.design().name(), p.origin());
            for (Knob k : Knob.values()) {
                String v = p.design().value(k);
                System.out.printf("      %-30s %s%n", k.key() + "=" + v, k.value(v).source());
            }
        }
        System.out.println("\nThe 2019 thread's proposals (--design NAME), on the path as the thread describes it:");
        for (Presets.Preset p : Presets.all().stream().filter(x -> !x.real()).toList()) {
            System.out.printf("  %-18s %s%n  %-18s   %s%n", p.design().name(), p.origin(), "", p.design().describe());
        }
        System.out.println("  (kernel-2023 is another name for linux-6.12)");
        System.out.println("\nProperties:");
        for (Property p : Property.values()) {
            System.out.printf("  %-20s %s%n", p.tlaName(), p.title());
        }
        return 0;
    }
}
