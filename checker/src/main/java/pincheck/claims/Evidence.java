package pincheck.claims;

import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/** One verdict a finding rests on, and what it shows for the claim. */
public record Evidence(Scenario scenario, CheckResult result, PropertyResult verdict, String shows) {

    public static Evidence of(Scenario s, CheckResult r, Property p, String shows) {
        PropertyResult x = r.results().stream().filter(y -> y.property() == p).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(p + " was not checked for " + s.name()));
        return new Evidence(s, r, x, shows);
    }
}
