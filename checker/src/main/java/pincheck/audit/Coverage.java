package pincheck.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import pincheck.scenario.CoveredSite;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;

/**
 * Which scenarios model which kernel functions: their {@code covers FILE:FUNCTION} lines, each
 * for the kernels the scenario follows (its {@code kernel} line).
 */
public final class Coverage {
    private final ImmutableList<Scenario> scenarios;
    private final ImmutableSortedMap<String, ImmutableList<String>> bySite;

    private Coverage(List<Scenario> scenarios) {
        this.scenarios = ImmutableList.copyOf(scenarios);
        Map<String, SortedSet<String>> m = new TreeMap<>();
        for (Scenario s : scenarios) {
            for (CoveredSite c : s.covers()) {
                m.computeIfAbsent(c.toString(), k -> new TreeSet<>()).add(s.name());
            }
        }
        ImmutableSortedMap.Builder<String, ImmutableList<String>> b = ImmutableSortedMap.naturalOrder();
        m.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
        this.bySite = b.build();
    }

    /** No scenario covers anything. */
    public static Coverage none() {
        return new Coverage(List.of());
    }

    /** The covers lines of the given scenarios. */
    public static Coverage of(List<Scenario> scenarios) {
        return new Coverage(scenarios);
    }

    /**
     * For a tree of one kernel series ("6.1", "6.12"): only the scenarios that follow that
     * kernel's code, since another kernel's scenario models other calls at the same function. A
     * series no scenario is written for keeps every scenario.
     */
    public Coverage forSeries(String series) {
        return pincheck.scenario.Kernel.fromToken(series)
                .filter(k -> k != pincheck.scenario.Kernel.THREAD_2019)
                .map(k -> new Coverage(scenarios.stream().filter(s -> s.follows(k)).toList()))
                .orElse(this);
    }

    /** Every .pin file under {@code dir}, subfolders included (specs/scenarios/**.pin). */
    public static Coverage read(Path dir) throws ScenarioException {
        if (!Files.isDirectory(dir)) {
            return none();
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(p -> p.toString().endsWith(".pin") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioException(dir.toString(), 0, "cannot list the scenarios (" + e.getMessage()
                    + "); check the folder's permissions");
        }
        ImmutableList.Builder<Scenario> scenarios = ImmutableList.builder();
        for (Path f : files) {
            scenarios.add(ScenarioParser.parse(f));
        }
        return of(scenarios.build());
    }

    /** The scenarios covering a function, by name; empty: not modelled. */
    ImmutableList<String> scenarios(String file, String function) {
        return bySite.getOrDefault(file + ":" + function, ImmutableList.of());
    }

    /** Every covered site, for the report's list of covers lines that match no audited site. */
    ImmutableSortedMap<String, ImmutableList<String>> sites() {
        return bySite;
    }
}
