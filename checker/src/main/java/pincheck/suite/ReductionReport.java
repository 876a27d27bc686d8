package pincheck.suite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pincheck.property.Property;
import pincheck.report.JsonFiles;
import pincheck.tla.StateReduction;
import pincheck.tla.TlcWatcher;

/** The reduction report: state counts and verdicts (reproducible), and the times apart. */
public final class ReductionReport {
    private static final String NOTE = "Distinct states of one exhaustive TLC run per configuration, every safety"
            + " property watched at once: (a) no VIEW, no SYMMETRY; (b) VIEW View (the event variable left out);"
            + " (c) VIEW and SYMMETRY over the actors the scenario declares 'symmetric'. Liveness is not run.";

    private ReductionReport() {}

    /** reduction.json; distinct has a count for each configuration whose run finished. */
    record Document(String schema, String note, boolean sameVerdicts, List<ModelDoc> models) {}

    record ModelDoc(String scenario, String design, Map<String, Long> distinct, List<String> violated,
                    boolean sameVerdicts, Optional<String> inconclusive) {}

    /** reduction-times.json: TLC's seconds per configuration. */
    record TimesDocument(String schema, List<TimesDoc> models) {}

    record TimesDoc(String scenario, String design, Map<String, Double> seconds) {}

    public static String json(List<Reduction.Row> rows) {
        return JsonFiles.write(new Document("pincheck.reduction/1", NOTE,
                rows.stream().allMatch(Reduction.Row::sameVerdicts), rows.stream().map(ReductionReport::row).toList()));
    }

    public static String markdown(List<Reduction.Row> rows) {
        StringBuilder b = new StringBuilder("# State-space reduction\n\n").append(NOTE).append("\n\n");
        b.append("| scenario | design | (a) none | (b) VIEW | (c) VIEW + SYMMETRY | (c)/(b) | violated | same verdicts |\n");
        b.append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (Reduction.Row r : rows) {
            Optional<Long> sym = distinct(r, StateReduction.VIEW_AND_SYMMETRY);
            long view = distinct(r, StateReduction.VIEW).orElse(0L);
            b.append("| ").append(r.scenario()).append(" | ").append(r.design()).append(" | ")
                    .append(distinct(r, StateReduction.NONE).map(String::valueOf).orElse("-")).append(" | ")
                    .append(view).append(" | ")
                    .append(sym.map(String::valueOf).orElse("not declared")).append(" | ")
                    .append(sym.map(x -> String.format(Locale.ROOT, "%.2f", x / (double) Math.max(1, view)))
                            .orElse("")).append(" | ")
                    .append(String.join(", ", violated(r))).append(" | ")
                    .append(r.sameVerdicts() ? "yes" : "**NO**").append(" |\n");
        }
        return b.toString();
    }

    /** TLC's own seconds per run: not reproducible, so kept out of the compared files. */
    public static String times(List<Reduction.Row> rows) {
        return JsonFiles.write(new TimesDocument("pincheck.reduction-times/1", rows.stream().map(r -> {
            Map<String, Double> seconds = new LinkedHashMap<>();
            r.runs().forEach((k, w) -> seconds.put(key(k), Math.round(w.seconds() * 100) / 100.0));
            return new TimesDoc(r.scenario(), r.design(), seconds);
        }).toList()));
    }

    private static ModelDoc row(Reduction.Row r) {
        Map<String, Long> distinct = new LinkedHashMap<>();
        r.runs().forEach((k, w) -> w.inconclusive().ifPresentOrElse(x -> { }, () -> distinct.put(key(k), w.distinct())));
        return new ModelDoc(r.scenario(), r.design(), distinct, violated(r), r.sameVerdicts(),
                r.runs().values().stream().flatMap(w -> w.inconclusive().stream()).findFirst());
    }

    private static String key(StateReduction r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<Long> distinct(Reduction.Row r, StateReduction k) {
        return Optional.ofNullable(r.runs().get(k)).filter(w -> w.inconclusive().isEmpty()).map(TlcWatcher.Watched::distinct);
    }

    // The unreduced run's violated properties; sameVerdicts says whether the others agree.
    private static List<String> violated(Reduction.Row r) {
        return r.runs().get(StateReduction.NONE).violated().stream().map(Property::tlaName).toList();
    }
}
