package pincheck.report;

import com.google.common.collect.ImmutableMap;
import pincheck.property.PageFacts;
import pincheck.scenario.Scenario;

/** The page facts of a scenario, as properties and explanations need them. */
public final class Facts {
    private Facts() {}

    public static ImmutableMap<String, PageFacts> of(Scenario s) {
        ImmutableMap.Builder<String, PageFacts> b = ImmutableMap.builder();
        s.pages().forEach(p -> b.put(p.name(), new PageFacts(p.kind().token(), p.folio().name().equals("LARGE"))));
        return b.build();
    }
}
