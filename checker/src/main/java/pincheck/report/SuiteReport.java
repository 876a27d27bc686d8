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
import pincheck.verdict.Verdict;

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
        Scaling sc = entries.isEmpty() ? Scaling.DEFAULT : entries.get(0).result().scaling();
        Map<String, ResultsDocument.ScenarioDoc> scenarios = new LinkedHashMap<>();
        Map<String, ResultsDocument.DesignDoc> designs = new LinkedHashMap<>();
        List<ResultsDocument.ModelDoc> models = new ArrayList<>();
        for (Entry e : entries) {
            Scenario s = e.scenario();
            scenarios.putIfAbsent(s.name(), new ResultsDocument.ScenarioDoc(s.name(), s.description(), s.file()));
            Design d = e.result().design();
            Map<String, String> knobs = new LinkedHashMap<>();
            d.values().forEach((k, v) -> knobs.put(k.key(), v));
            designs.putIfAbsent(d.name(), new ResultsDocument.DesignDoc(d.name(), knobs));
            models.add(new ResultsDocument.ModelDoc(s.name(), d.name(), e.result().engine(),
                    e.result().results().stream().map(x -> result(e, x)).toList()));
        }
        List<ResultsDocument.PropertyDoc> properties = Arrays.stream(Property.values())
                .map(p -> new ResultsDocument.PropertyDoc(p.tlaName(), p.kind().name().toLowerCase(Locale.ROOT),
                        p.title(), p.brokenMeans()))
                .toList();
        return JsonFiles.write(new ResultsDocument(ResultsDocument.SCHEMA,
                new ResultsDocument.ScalingDoc(sc.bias(), sc.refMax(), sc.zeroBase(), sc.describe()),
                List.copyOf(scenarios.values()), List.copyOf(designs.values()), properties, models));
    }

    private static ResultsDocument.ResultDoc result(Entry e, PropertyResult x) {
        boolean violated = x.verdict() == Verdict.VIOLATED;
        return new ResultsDocument.ResultDoc(x.property().tlaName(), x.verdict().word(), boxed(x.distinct()),
                boxed(x.generated()), x.verdict() == Verdict.HOLDS ? boxed(x.depth()) : Optional.empty(),
                violated ? boxed(x.depth()) : Optional.empty(),
                violated ? Optional.of(folder(e, x) + "/trace.md") : Optional.empty(),
                x.verdict() == Verdict.INCONCLUSIVE ? Optional.of(x.reason().orElse("")) : Optional.empty());
    }

    static Optional<Long> boxed(java.util.OptionalLong n) {
        return n.isPresent() ? Optional.of(n.getAsLong()) : Optional.empty();
    }

    /**
     * The files of one violation's folder: the narration, the ITF trace, the two
     * diagrams, and the engine inputs with the command that reruns them. alloyModule
     * is the Alloy module of the same model, when the suite ran Alloy on it.
     */
    public static ImmutableSortedMap<String, String> artifacts(Entry e, PropertyResult x, Trace t,
                                                               Optional<String> alloyModule) {
        return artifacts(e, x, t, alloyModule, CHECKOUT_FOLDER + "/" + folder(e, x));
    }

    /** As above, for a folder elsewhere under the checkout (the claims' evidence). */
    public static ImmutableSortedMap<String, String> artifacts(Entry e, PropertyResult x, Trace t,
                                                               Optional<String> alloyModule, String checkoutFolder) {
        Scenario s = e.scenario();
        String title = x.property().tlaName() + (x.property().isCondition() ? " reachable: " : " violated: ")
                + s.name() + " under " + e.result().design().name();
        Map<String, String> files = new TreeMap<>();
        files.put("trace.md", traceMd(e, x));
        files.put("trace.itf.json", Itf.of(t, s.file(), title + " (" + e.result().design().describe() + ")"));
        files.put("sequence.svg", SequenceDiagram.svg(s, x.property(), t, title));
        files.put("refcount.svg", RefcountChart.svg(x.property(), t, e.result().scaling(), title));
        files.putAll(Reproduce.files(checkoutFolder, x.inputs(), alloyModule));
        return ImmutableSortedMap.copyOf(files);
    }

    static String folder(Entry e, PropertyResult x) {
        return e.scenario().name() + "/" + e.result().design().name() + "/" + x.property().tlaName();
    }

    private static String readme(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        b.append("# pincheck: verdicts of the built-in suite\n\n");
        b.append("Generated by `./pincheck suite`; do not edit. Engine: TLC 2.18, exhaustive breadth-first search.\n");
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
        b.append("\n## Regenerate\n\n`./pincheck suite` rewrites this folder. Timings and machine details are in\n");
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
            Narration.lines(t).forEach(l -> b.append(l).append('\n'));
            b.append("=> ").append(Explanation.of(x.property(), t, Facts.of(s), r.design(), r.scaling()))
                    .append('\n');
        });
        b.append("```\n\n![sequence diagram](sequence.svg)\n\n![refcounts per step](refcount.svg)\n\n");
        b.append("States in [trace.itf.json](trace.itf.json); the TLC run that found it in [README.md](README.md).\n\n");
        b.append("Reproduce: `./pincheck check ").append(s.file()).append(" --design ")
                .append(r.design().name()).append("`\n");
        return b.toString();
    }

}
