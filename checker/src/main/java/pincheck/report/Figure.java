package pincheck.report;

import com.google.common.collect.ImmutableMap;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.HarmfulStep;
import pincheck.property.PageFacts;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.trace.Trace;

/** What a diagram of one counterexample draws: the model it came from, the property, the trace, a title. */
public record Figure(Scenario scenario, Design design, Scaling scaling, Property property, Trace trace,
                     String title) {
    public ImmutableMap<String, PageFacts> facts() { return Facts.of(scenario); }

    /** The step both diagrams mark (see {@link HarmfulStep}). */
    public int harmfulStep() { return HarmfulStep.of(property, trace, facts(), scaling); }
}
