package pincheck.sweep;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pincheck.design.Knob;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.JsonFiles;
import pincheck.scenario.Scenario;

/** sweep-SCENARIO.md (the decision tree and the full table) and sweep-SCENARIO.json. No timings. */
public final class SweepReport {
    private SweepReport() {}

    public static ImmutableSortedMap<String, String> files(Scenario s, KnobSpace space, List<SweepRow> rows) {
        var influence = DecisionTree.influence(rows, space.knobs());
        StringBuilder md = new StringBuilder();
        long safe = rows.stream().filter(SweepRow::safe).count();
        md.append("# Sweep of ").append(s.name()).append("\n\n").append(s.description()).append(" (`")
                .append(s.file()).append("`).\n\n")
                .append("Every combination of the knobs that apply to this scenario (")
                .append(String.join(", ", space.knobs().stream().map(Knob::key).toList())).append("): ")
                .append(rows.size()).append(" combinations, one exhaustive TLC run each, ").append(safe)
                .append(" satisfy every property. The other knobs stay at ").append(space.base().name())
                .append("'s values (the scenario never reaches what they choose); warn stays none. Properties: ")
                .append(String.join(", ", Sweep.PROPERTIES.stream().map(Property::tlaName).toList()))
                .append(". ").append(Scaling.DEFAULT.describe()).append(".\n\n");
        md.append("## Which knob decides\n\nOf the pairs of combinations that differ in one knob alone, the share "
                + "where that knob turns a safe design unsafe:\n\n| knob | pairs that flip | share |\n|---|---|---|\n");
        for (var i : influence) {
            md.append(String.format(Locale.ROOT, "| %s | %d of %d | %.0f%% |%n", i.knob().key(), i.flips(), i.pairs(),
                    100 * i.share()));
        }
        md.append("\n## Decision tree\n\n```\n");
        DecisionTree.lines(rows, space.knobs()).forEach(l -> md.append(l).append('\n'));
        md.append("```\n\n## Every combination\n\n| ");
        space.knobs().forEach(k -> md.append(k.key()).append(" | "));
        md.append("outcome | distinct states |\n|");
        space.knobs().forEach(k -> md.append("---|"));
        md.append("---|---|\n");
        for (SweepRow r : rows) {
            md.append("| ");
            space.knobs().forEach(k -> md.append(r.values().get(k)).append(" | "));
            md.append(r.inconclusive().map(x -> "inconclusive: " + x.replace("|", "\\|")).orElse(r.outcome()))
                    .append(" | ").append(r.distinct()).append(" |\n");
        }
        md.append("\nRegenerate with `./pincheck sweep ").append(s.file()).append("`.\n");

        List<SweepDocument.RowDoc> jr = new ArrayList<>();
        for (SweepRow r : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            space.knobs().forEach(k -> values.put(k.key(), r.values().get(k)));
            jr.add(new SweepDocument.RowDoc(values, r.violated().stream().map(Property::tlaName).toList(),
                    r.inconclusive().stream().toList(), r.distinct()));
        }
        List<SweepDocument.DecidingDoc> deciding = new ArrayList<>();
        for (var i : influence) {
            deciding.add(new SweepDocument.DecidingDoc(i.knob().key(), "changing " + i.knob().key()
                    + " alone turns safe into unsafe in " + i.flips() + " of " + i.pairs() + " pairs"));
        }
        SweepDocument doc = new SweepDocument(SweepDocument.SCHEMA, s.name(),
                space.knobs().stream().map(Knob::key).toList(), space.base().name(),
                Sweep.PROPERTIES.stream().map(Property::tlaName).toList(), jr, deciding,
                DecisionTree.lines(rows, space.knobs()));
        return ImmutableSortedMap.of("sweep-" + s.name() + ".md", md.toString(),
                "sweep-" + s.name() + ".json", JsonFiles.write(doc));
    }
}
