package pincheck.claims;

import com.google.common.collect.ImmutableList;
import pincheck.scenario.Scenario;

/** The scenarios claims are checked on: the built-in kernel paths, and the claims' own. */
public record Catalogue(ImmutableList<Scenario> paths, ImmutableList<Scenario> claimScenarios) {

    public Scenario named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario named " + name));
    }

    public ImmutableList<Scenario> all() {
        return ImmutableList.<Scenario>builder().addAll(paths).addAll(claimScenarios).build();
    }
}
