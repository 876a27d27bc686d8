package pincheck.paper;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalLong;

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
        Doc d = Doc.parse(file, text);
        String scaling = d.obj("scaling").orElseThrow(() -> new PaperException(file
                + ": no 'scaling'; run ./pincheck suite")).str("describe");
        ImmutableList.Builder<Scenario> scenarios = ImmutableList.builder();
        for (Doc s : d.list("scenarios")) {
            scenarios.add(new Scenario(s.str("name"), s.str("title"), s.str("file")));
        }
        ImmutableList.Builder<Design> designs = ImmutableList.builder();
        for (Doc s : d.list("designs")) {
            designs.add(new Design(s.str("name"), s.strMap("knobs")));
        }
        ImmutableList.Builder<Prop> props = ImmutableList.builder();
        for (Doc s : d.list("properties")) {
            props.add(new Prop(s.str("name"), s.str("kind"), s.strOr("title", s.str("name")), s.str("sentence")));
        }
        ImmutableList.Builder<Model> models = ImmutableList.builder();
        for (Doc m : d.list("models")) {
            ImmutableList.Builder<Outcome> outcomes = ImmutableList.builder();
            for (Doc o : m.list("results")) {
                outcomes.add(new Outcome(o.str("property"), o.str("verdict"), o.num("distinct"), o.num("depth"),
                        o.num("steps"), o.strOr("reason", ""), o.strOr("trace", "")));
            }
            models.add(new Model(m.str("scenario"), m.str("design"), m.strOr("engine", "TLC"), outcomes.build()));
        }
        return new Results(scaling, scenarios.build(), designs.build(), props.build(), models.build());
    }

    Optional<Model> model(String scenario, String design) {
        return models.stream().filter(m -> m.scenario().equals(scenario) && m.design().equals(design)).findFirst();
    }
}
