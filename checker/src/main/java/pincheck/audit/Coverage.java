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

/** Which scenarios model which kernel functions: their {@code covers FILE:FUNCTION} lines. */
public final class Coverage {
    private final ImmutableSortedMap<String, ImmutableList<String>> bySite;

    private Coverage(Map<String, SortedSet<String>> bySite) {
        ImmutableSortedMap.Builder<String, ImmutableList<String>> b = ImmutableSortedMap.naturalOrder();
        bySite.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
        this.bySite = b.build();
    }

    /** No scenario covers anything. */
    public static Coverage none() {
        return new Coverage(Map.of());
    }

    /** The covers lines of the given scenarios. */
    public static Coverage of(List<Scenario> scenarios) {
        Map<String, SortedSet<String>> m = new TreeMap<>();
        for (Scenario s : scenarios) {
            for (CoveredSite c : s.covers()) {
                m.computeIfAbsent(c.toString(), k -> new TreeSet<>()).add(s.name());
            }
        }
        return new Coverage(m);
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
