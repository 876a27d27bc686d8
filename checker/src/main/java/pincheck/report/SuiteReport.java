package pincheck.report;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
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
     * One checked model of the suite: TLC's result, the generated Alloy modules of each
     * violated property the mirror states (file name to text, made whether or not Alloy ran),
     * and the two engines' agreement when Alloy ran.
     */
    public record Entry(Scenario scenario, CheckResult result,
                        ImmutableMap<Property, ImmutableMap<String, String>> alloyModules,
                        Optional<AgreementSummary> agreement) {
        public Entry(Scenario scenario, CheckResult result) {
            this(scenario, result, ImmutableMap.of(), Optional.empty());
        }
    }

    /**
     * The two documents a suite's folder is summed up in: results.json and, when Alloy ran,
     * agreement.json. README.md and agreement.md are written from them.
     */
    public record Documents(ResultsDocument results, Optional<AgreementDocument> agreement) {
        /** A folder with no results yet. */
        public static final Documents NONE = new Documents(new ResultsDocument(ResultsDocument.SCHEMA,
                new ResultsDocument.ScalingDoc(0, 0, 0, ""), List.of(), List.of(), List.of(), List.of()),
                Optional.empty());

        /** These models, with the models of old this run did not check again kept (a smaller suite). */
        public Documents over(Documents old) {
            Set<List<String>> fresh = new HashSet<>();
            results.models().forEach(m -> fresh.add(List.of(m.scenario(), m.design())));
            Map<String, ResultsDocument.ScenarioDoc> scenarios = new LinkedHashMap<>();
            old.results.scenarios().forEach(x -> scenarios.put(x.name(), x));
            results.scenarios().forEach(x -> scenarios.put(x.name(), x));
            Map<String, ResultsDocument.DesignDoc> designs = new LinkedHashMap<>();
            old.results.designs().forEach(x -> designs.put(x.name(), x));
            results.designs().forEach(x -> designs.put(x.name(), x));
            // a model's place: its scenario's, then its design's, as the folder listed them first
            List<String> sOrder = List.copyOf(scenarios.keySet());
            List<String> dOrder = List.copyOf(designs.keySet());
            Comparator<List<String>> order = Comparator.<List<String>>comparingInt(k -> sOrder.indexOf(k.get(0)))
                    .thenComparingInt(k -> dOrder.indexOf(k.get(1)));
            List<ResultsDocument.ModelDoc> models = new ArrayList<>(results.models());
            old.results.models().stream().filter(m -> !fresh.contains(List.of(m.scenario(), m.design())))
                    .forEach(models::add);
            models.sort(Comparator.comparing(m -> List.of(m.scenario(), m.design()), order));
            List<AgreementDocument.ModelDoc> agreed = new ArrayList<>();
            agreement.ifPresent(a -> agreed.addAll(a.models()));
            old.agreement.ifPresent(a -> a.models().stream()
                    .filter(m -> !fresh.contains(List.of(m.scenario(), m.design()))).forEach(agreed::add));
            agreed.sort(Comparator.comparing(m -> List.of(m.scenario(), m.design()), order));
            return new Documents(new ResultsDocument(results.schema(), results.scaling(), List.copyOf(scenarios.values()),
                    List.copyOf(designs.values()), results.properties(), models),
                    agreed.isEmpty() ? Optional.empty()
                            : Optional.of(new AgreementDocument(AgreementDocument.SCHEMA, agreed)));
        }
    }

    /** The documents of these models alone. */
    public static Documents documents(List<Entry> entries) {
        return new Documents(resultsDocument(entries), entries.stream().anyMatch(e -> e.agreement().isPresent())
                ? Optional.of(AgreementReport.document(entries)) : Optional.empty());
    }

    /** The files of a suite of these models alone. */
    public static ImmutableSortedMap<String, String> files(List<Entry> entries) {
        return files(entries, documents(entries));
    }

    /** The folder-wide files written from the documents, and a folder per violation of these models. */
    public static ImmutableSortedMap<String, String> files(List<Entry> entries, Documents docs) {
        Map<String, String> files = new TreeMap<>();
        files.put("README.md", readme(docs));
        files.put(RESULTS, JsonFiles.write(docs.results()));
        docs.agreement().ifPresent(a -> {
            files.put(AgreementReport.MARKDOWN, AgreementReport.markdown(a));
            files.put(AgreementReport.JSON, JsonFiles.write(a));
        });
        for (Entry e : entries) {
            for (PropertyResult x : e.result().results()) {
                x.trace().ifPresent(t -> artifacts(e, x, t, Optional.ofNullable(e.alloyModules().get(x.property())))
                        .forEach((name, text) -> files.put(folder(e, x) + "/" + name, text)));
            }
        }
        return ImmutableSortedMap.copyOf(files);
    }

    /** The folder of a model's violations, {@code scenario/design/}: a smaller suite prunes only in those it ran. */
    public static String modelFolder(String scenario, String design) {
        return scenario + "/" + design + "/";
    }

    /** results.json: scaling, scenarios, designs, properties and one record per model, in suite order. */
    public static ResultsDocument resultsDocument(List<Entry> entries) {
        Scaling sc = entries.isEmpty() ? Scaling.DEFAULT : entries.get(0).result().scaling();
        Map<String, ResultsDocument.ScenarioDoc> scenarios = new LinkedHashMap<>();
        Map<String, ResultsDocument.DesignDoc> designs = new LinkedHashMap<>();
        List<ResultsDocument.ModelDoc> models = new ArrayList<>();
        for (Entry e : entries) {
            Scenario s = e.scenario();
            scenarios.putIfAbsent(s.name(), new ResultsDocument.ScenarioDoc(s.name(), s.description(), s.file()));
            Design d = e.result().design();
            designs.putIfAbsent(d.name(), ResultsDocument.DesignDoc.of(d));
            models.add(new ResultsDocument.ModelDoc(s.name(), d.name(), e.result().engine(),
                    e.result().results().stream().map(x -> result(e, x)).toList()));
        }
        List<ResultsDocument.PropertyDoc> properties = Arrays.stream(Property.values())
                .map(p -> new ResultsDocument.PropertyDoc(p.tlaName(), p.kind().name().toLowerCase(Locale.ROOT),
                        p.title(), p.brokenMeans()))
                .toList();
        return new ResultsDocument(ResultsDocument.SCHEMA,
                new ResultsDocument.ScalingDoc(sc.bias(), sc.refMax(), sc.zeroBase(), sc.describe()),
                List.copyOf(scenarios.values()), List.copyOf(designs.values()), properties, models);
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
     * holds the generated Alloy modules of the same model (MC.als, Scenario.als), when the
     * mirror states it. The files name the checkout only as $PINCHECK, so the folder works
     * wherever it is copied (Alloy needs the two spec modules copied beside it, as its README says).
     */
    public static ImmutableSortedMap<String, String> artifacts(Entry e, PropertyResult x, Trace t,
                                                               Optional<? extends Map<String, String>> alloyModule) {
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

    private static String readme(Documents docs) {
        StringBuilder b = new StringBuilder();
        // a user's own scenarios (suite --scenarios DIR) are not the built-in suite
        java.util.Set<String> dirs = new java.util.TreeSet<>();
        docs.results().scenarios().forEach(sc -> {
            String f = sc.file();
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
        if (docs.agreement().isPresent()) {
            b.append("Alloy 6 checked the same models up to TLC's depth: [agreement.md](agreement.md).\n\n");
        }
        b.append("## Designs\n\n| preset | knobs | origin |\n|---|---|---|\n");
        for (Presets.Preset p : Presets.all()) {
            b.append("| ").append(p.design().name()).append(" | ").append(p.design().describe()).append(" | ")
                    .append(p.origin().replace("|", "\\|")).append(" |\n");
        }
        for (ResultsDocument.ScenarioDoc s : docs.results().scenarios()) {
            b.append(section(docs.results(), s.name()));
        }
        b.append("\n## Regenerate\n\nThe command above rewrites this folder. Timings and machine details are in\n");
        b.append("`stats.json`, which is not compared. `results.json` holds these verdicts as data (read by\n");
        b.append("`./pincheck paper`).\n");
        return b.toString();
    }

    /** The verdict table of one scenario of a results document: a row per design. */
    public static String section(ResultsDocument doc, String scenario) {
        StringBuilder b = new StringBuilder();
        ResultsDocument.ScenarioDoc s = doc.scenarios().stream().filter(x -> x.name().equals(scenario)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + scenario));
        b.append("\n## ").append(s.name()).append("\n\n").append(s.title()).append("\n\n");
        b.append("| design |");
        for (ResultsDocument.PropertyDoc p : doc.properties()) {
            b.append(' ').append(p.name()).append(" |");
        }
        b.append("\n|---|").append("---|".repeat(doc.properties().size())).append('\n');
        Set<String> conditions = new HashSet<>();
        doc.properties().stream().filter(p -> p.kind().equals("condition")).forEach(p -> conditions.add(p.name()));
        for (ResultsDocument.ModelDoc m : doc.models()) {
            if (!m.scenario().equals(scenario)) {
                continue;
            }
            b.append("| ").append(m.design()).append(" |");
            for (ResultsDocument.ResultDoc x : m.results()) {
                b.append(' ').append(cell(x, conditions.contains(x.property()))).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String cell(ResultsDocument.ResultDoc x, boolean cond) {
        String trace = x.trace().orElse("");
        return switch (Verdict.ofWord(x.verdict())) {
            case HOLDS -> (cond ? "unreachable (" : "holds (") + x.distinct().orElse(0L) + " / " + x.depth().orElse(0L)
                    + ")";
            case BOUNDED -> (cond ? "unreachable up to " : "holds up to ") + x.depth().orElse(0L) + " steps";
            case NOT_CHECKED -> "not checked";
            case VIOLATED -> cond ? "[reachable](" + trace + ")" : "[**VIOLATED**](" + trace + ")";
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
