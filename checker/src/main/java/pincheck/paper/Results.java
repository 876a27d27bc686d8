package pincheck.paper;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalLong;
import pincheck.report.JsonFiles;
import pincheck.report.ResultsDocument;

/** counterexamples/results.json, as written by `./pincheck suite`. */
record Results(String scaling, ImmutableList<Scenario> scenarios, ImmutableList<Design> designs,
               ImmutableList<Prop> properties, ImmutableList<Model> models) {

    record Scenario(String name, String title, String file) {}

    record Design(String name, ImmutableMap<String, String> knobs) {
        /** knob=value pairs in file order, as reports print a design. */
        String describe() {
            return knobs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(" "));
        }
    }

    /** kind: property, liveness or condition. */
    record Prop(String name, String kind, String title, String sentence) {
        boolean isCondition() { return kind.equals("condition"); }
    }

    record Model(String scenario, String design, String engine, ImmutableList<Outcome> results) {
        Optional<Outcome> result(String property) {
            return results.stream().filter(o -> o.property().equals(property)).findFirst();
        }
    }

    /** One verdict; reason is empty unless inconclusive, trace empty unless violated. */
    record Outcome(String property, String verdict, OptionalLong distinct, OptionalLong depth, OptionalLong steps,
                   String reason, String trace) {}

    static Results read(String file, String text) throws PaperException {
        ResultsDocument d;
        try {
            d = ResultsDocument.read(text, file);
        } catch (JsonFiles.BadFile e) {
            throw new PaperException(e.getMessage());
        }
        return new Results(d.scaling().describe(),
                d.scenarios().stream().map(s -> new Scenario(s.name(), s.title(), s.file()))
                        .collect(ImmutableList.toImmutableList()),
                d.designs().stream().map(s -> new Design(s.name(), ImmutableMap.copyOf(s.knobs())))
                        .collect(ImmutableList.toImmutableList()),
                d.properties().stream().map(p -> new Prop(p.name(), p.kind(), p.title(), p.sentence()))
                        .collect(ImmutableList.toImmutableList()),
                d.models().stream().map(m -> new Model(m.scenario(), m.design(), m.engine(), m.results().stream()
                        .map(o -> new Outcome(o.property(), o.verdict(), unboxed(o.distinct()), unboxed(o.depth()),
                                unboxed(o.steps()), o.reason().orElse(""), o.trace().orElse("")))
                        .collect(ImmutableList.toImmutableList()))).collect(ImmutableList.toImmutableList()));
    }

    private static OptionalLong unboxed(Optional<Long> n) {
        return n.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    Optional<Model> model(String scenario, String design) {
        return models.stream().filter(m -> m.scenario().equals(scenario) && m.design().equals(design)).findFirst();
    }
}
