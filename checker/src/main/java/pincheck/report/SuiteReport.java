package pincheck.report;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import pincheck.alloy.AgreementSummary;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Explanation;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.trace.Narration;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/**
 * The files of counterexamples/: the verdict matrix and one folder per violation.
 * Deterministic: no timings, no paths of this machine (those go to stats.json).
 */
public final class SuiteReport {
    /** Where ./pincheck suite writes by default, relative to the checkout: reproduce commands start there. */
    public static final String CHECKOUT_FOLDER = "counterexamples";

    private SuiteReport() {}

    /** Every verdict as data, for `./pincheck paper` and other readers (format: notes in README). */
    public static final String RESULTS = "results.json";

    /**
     * One checked model of the suite: TLC's result, the Alloy module of each violated
     * property the mirror states (text, made whether or not Alloy ran), and the two
     * engines' agreement when Alloy ran.
     */
    public record Entry(Scenario scenario, CheckResult result, ImmutableMap<Property, String> alloyModules,
                        Optional<AgreementSummary> agreement) {
        public Entry(Scenario scenario, CheckResult result) {
            this(scenario, result, ImmutableMap.of(), Optional.empty());
        }
    }

    public static ImmutableSortedMap<String, String> files(List<Entry> entries) {
        Map<String, String> files = new TreeMap<>();
        files.put("README.md", readme(entries));
        files.put(RESULTS, results(entries));
        if (entries.stream().anyMatch(e -> e.agreement().isPresent())) {
            files.put(AgreementReport.MARKDOWN, AgreementReport.markdown(entries));
            files.put(AgreementReport.JSON, AgreementReport.json(entries));
        }
        for (Entry e : entries) {
            for (PropertyResult x : e.result().results()) {
                x.trace().ifPresent(t -> artifacts(e, x, t, Optional.ofNullable(e.alloyModules().get(x.property())))
                        .forEach((name, text) -> files.put(folder(e, x) + "/" + name, text)));
            }
        }
        return ImmutableSortedMap.copyOf(files);
    }

    /** results.json: scaling, scenarios, designs, properties and one record per model, in suite order. */
    static String results(List<Entry> entries) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Scaling sc = entries.isEmpty() ? Scaling.DEFAULT : entries.get(0).result().scaling();
        doc.put("scaling", ordered("bias", sc.bias(), "ref_max", sc.refMax(), "zero_base", sc.zeroBase(),
                "describe", sc.describe()));
        Map<String, Object> scenarios = new LinkedHashMap<>();
        Map<String, Object> designs = new LinkedHashMap<>();
        for (Entry e : entries) {
            Scenario s = e.scenario();
            scenarios.putIfAbsent(s.name(), ordered("name", s.name(), "title", s.description(), "file", s.file()));
            Design d = e.result().design();
            Map<String, Object> knobs = new LinkedHashMap<>();
            d.values().forEach((k, v) -> knobs.put(k.key(), v));
            designs.putIfAbsent(d.name(), ordered("name", d.name(), "knobs", knobs));
        }
        doc.put("scenarios", List.copyOf(scenarios.values()));
        doc.put("designs", List.copyOf(designs.values()));
        doc.put("properties", Arrays.stream(Property.values())
                .map(p -> (Object) ordered("name", p.tlaName(), "kind", p.kind().name().toLowerCase(Locale.ROOT),
                        "title", p.title(), "sentence", p.brokenMeans()))
                .toList());
        List<Object> models = new ArrayList<>();
        for (Entry e : entries) {
            List<Object> results = new ArrayList<>();
            for (PropertyResult x : e.result().results()) {
                results.add(result(e, x));
            }
            models.add(ordered("scenario", e.scenario().name(), "design", e.result().design().name(),
                    "engine", e.result().engine(), "results", results));
        }
        doc.put("models", models);
        return Json.write(doc) + "\n";
    }

    private static Map<String, Object> result(Entry e, PropertyResult x) {
        Map<String, Object> m = ordered("property", x.property().tlaName(), "verdict", x.verdict().word());
        x.distinct().ifPresent(n -> m.put("distinct", n));
        x.generated().ifPresent(n -> m.put("generated", n));
        switch (x.verdict()) {
            case HOLDS -> x.depth().ifPresent(n -> m.put("depth", n));
            case VIOLATED -> {
                x.depth().ifPresent(n -> m.put("steps", n));
                m.put("trace", folder(e, x) + "/trace.md");
            }
            case INCONCLUSIVE -> m.put("reason", x.reason().orElse(""));
        }
        return m;
    }

    /** A JSON object with its keys in the order given. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /**
     * The files of one violation's folder: the narration, the ITF trace, the two
     * diagrams, and the engine inputs with the command that reruns them. alloyModule
     * is the Alloy module of the same model, when the suite ran Alloy on it. The files
     * name no other place, so the folder works wherever it is copied.
     */
    public static ImmutableSortedMap<String, String> artifacts(Entry e, PropertyResult x, Trace t,
                                                               Optional<String> alloyModule) {
        Scenario s = e.scenario();
        String title = x.property().tlaName() + (x.property().isCondition() ? " reachable: " : " violated: ")
                + s.name() + " under " + e.result().design().name();
        Map<String, String> files = new TreeMap<>();
        files.put("trace.md", traceMd(e, x));
        files.put("trace.itf.json", Itf.of(t, s.file(), title + " (" + e.result().design().describe() + ")"));
        Figure fig = new Figure(s, e.result().design(), e.result().scaling(), x.property(), t, title);
        files.put("sequence.svg", SequenceDiagram.svg(fig));
        files.put("refcount.svg", RefcountChart.svg(fig));
        files.putAll(Reproduce.files(x.inputs(), alloyModule));
        return ImmutableSortedMap.copyOf(files);
    }

    static String folder(Entry e, PropertyResult x) {
        return e.scenario().name() + "/" + e.result().design().name() + "/" + x.property().tlaName();
    }

    private static String readme(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        // a user's own scenarios (suite --scenarios DIR) are not the built-in suite
        java.util.Set<String> dirs = new java.util.TreeSet<>();
        entries.forEach(e -> {
            String f = e.scenario().file();
            int slash = f.lastIndexOf('/');
            dirs.add(slash < 0 ? "." : f.substring(0, slash));
        });
        boolean builtIn = dirs.equals(java.util.Set.of("specs/scenarios"));
        b.append(builtIn ? "# pincheck: verdicts of the built-in suite\n\n"
                : "# pincheck: verdicts of the scenarios in " + String.join(", ", dirs) + "\n\n");
        b.append("Generated by `pincheck suite").append(builtIn ? "" : " --scenarios " + String.join(" ", dirs))
                .append("`; do not edit. Engine: TLC 2.18, exhaustive breadth-first search.\n");
        b.append("Scaling: ").append(Scaling.DEFAULT.describe()).append(".\n\n");
        b.append("Each cell: `holds (distinct states / depth)`, `VIOLATED` with a link to the narrated\n");
        b.append("counterexample, or `inconclusive` with the reason. The last four columns are reachable\n");
        b.append("conditions, not failures: `reachable` links to a witness, `unreachable` gives the state count.\n\n");
        if (entries.stream().anyMatch(e -> e.agreement().isPresent())) {
            b.append("Alloy 6 checked the same models up to TLC's depth: [agreement.md](agreement.md).\n\n");
        }
        b.append("## Designs\n\n| preset | knobs | origin |\n|---|---|---|\n");
        for (Presets.Preset p : Presets.all()) {
            b.append("| ").append(p.design().name()).append(" | ").append(p.design().describe()).append(" | ")
                    .append(p.origin().replace("|", "\\|")).append(" |\n");
        }
        Map<String, List<Entry>> byScenario = new java.util.LinkedHashMap<>();
        entries.forEach(e -> byScenario.computeIfAbsent(e.scenario().name(), k -> new java.util.ArrayList<>()).add(e));
        byScenario.values().forEach(rows -> b.append(section(rows)));
        b.append("\n## Regenerate\n\nThe command above rewrites this folder. Timings and machine details are in\n");
        b.append("`stats.json`, which is not compared. `results.json` holds these verdicts as data (read by\n");
        b.append("`./pincheck paper`).\n");
        return b.toString();
    }

    /** The verdict table of one scenario: a row per design. */
    public static String section(List<Entry> rows) {
        StringBuilder b = new StringBuilder();
        Scenario s = rows.get(0).scenario();
        b.append("\n## ").append(s.name()).append("\n\n").append(s.description()).append("\n\n");
        b.append("| design |");
        for (Property p : Property.values()) {
            b.append(' ').append(p.tlaName()).append(" |");
        }
        b.append("\n|---|").append("---|".repeat(Property.values().length)).append('\n');
        for (Entry e : rows) {
            b.append("| ").append(e.result().design().name()).append(" |");
            for (PropertyResult x : e.result().results()) {
                b.append(' ').append(cell(e, x)).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String cell(Entry e, PropertyResult x) {
        boolean cond = x.property().isCondition();
        return switch (x.verdict()) {
            case HOLDS -> (cond ? "unreachable (" : "holds (") + x.distinct().orElse(0) + " / " + x.depth().orElse(0)
                    + ")";
            case BOUNDED -> (cond ? "unreachable up to " : "holds up to ") + x.depth().orElse(0) + " steps";
            case NOT_CHECKED -> "not checked";
            case VIOLATED -> cond ? "[reachable](" + folder(e, x) + "/trace.md)"
                    : "[**VIOLATED**](" + folder(e, x) + "/trace.md)";
            case INCONCLUSIVE -> "inconclusive: " + x.reason().orElse("").replace("|", "\\|");
        };
    }

    /** One counterexample or witness as markdown: what was checked, the narrated steps, how to rerun it. */
    public static String traceMd(Entry e, PropertyResult x) {
        StringBuilder b = new StringBuilder();
        Scenario s = e.scenario();
        CheckResult r = e.result();
        b.append("# ").append(x.property().tlaName()).append(x.property().isCondition() ? " reachable: " : " violated: ")
                .append(s.name()).append(" under ")
                .append(r.design().name()).append("\n\n");
        b.append("- scenario: `").append(s.file()).append("` (").append(s.description()).append(")\n");
        b.append("- design: ").append(r.design().describe()).append('\n');
        b.append("- property: ").append(x.property().title()).append('\n');
        b.append("- scaling: ").append(r.scaling().describe()).append("\n\n");
        b.append("```\n");
        x.trace().ifPresent(t -> {
            Narration.lines(t, r.design()).forEach(l -> b.append(l).append('\n'));
            b.append("=> ").append(Explanation.of(x.property(), t, Facts.of(s), r.design(), r.scaling()))
                    .append('\n');
        });
        b.append("```\n\n![sequence diagram](sequence.svg)\n\n![refcounts per step](refcount.svg)\n\n");
        b.append("States in [trace.itf.json](trace.itf.json); the TLC run that found it in [README.md](README.md).\n\n");
        if (!x.inputs().isEmpty()) {
            b.append("Reproduce, from wherever this folder is: `").append(Reproduce.REPLAY).append("`\n");
        }
        b.append("Check the scenario again: `pincheck check ").append(s.file()).append(' ')
                .append(Reproduce.designArgs(r.design())).append("`\n");
        return b.toString();
    }

}
