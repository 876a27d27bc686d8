package pincheck.study;

import com.google.common.collect.ImmutableList;
import pincheck.design.Design;
import pincheck.property.Property;
import pincheck.scenario.Scenario;

/** One question for the engine: these properties of a scenario under a design. */
public record Model(Scenario scenario, Design design, ImmutableList<Property> properties) {

    public static Model of(Scenario s, Design d, Property... properties) {
        return new Model(s, d, ImmutableList.copyOf(properties));
    }

    /** Models with equal keys ask the same question, so one run answers both. */
    String key() {
        return scenario.name() + "|" + scenario.file() + "|" + design.describe() + "|" + properties;
    }
}
