package pincheck.paper;

import com.google.common.collect.ImmutableSortedMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pincheck.tla.SpecFiles;

/** Assembles the paper from the suite's results and the checkout, and renders its files. */
public final class PaperBuilder {
    public static final String HTML = LatexWriter.HTML_NAME;
    public static final String TEX = "pincheck.tex";

    private PaperBuilder() {}

    /** pincheck.html, pincheck.tex and the figures as SVG: the same inputs give the same bytes. */
    public static ImmutableSortedMap<String, String> files(Path results, Path home) throws PaperException {
        Paper p = build(PaperInputs.read(results, home));
        ImmutableSortedMap.Builder<String, String> files = ImmutableSortedMap.<String, String>naturalOrder()
                .put(HTML, HtmlWriter.write(p)).put(TEX, LatexWriter.write(p));
        // The SVGs beside the paper too: `paper` prints them to PDF for the LaTeX build.
        for (int k = 1; k <= p.figures().size(); k++) {
            files.put(Paper.figureName(k) + ".svg", p.figures().get(k - 1).svg());
        }
        return files.build();
    }

    static Paper build(PaperInputs in) throws PaperException {
        Results r = in.results();
        Path tla = SpecFiles.tlaDir(in.home());
        List<Section> s = new ArrayList<>();
        s.add(ProblemSection.build());
        s.add(ModelSection.build(r, tla));
        s.add(PropertiesSection.build(r));
        s.add(MatrixSection.build(r));
        s.add(KernelSection.build(r));
        s.add(AgreementSection.build(in.agreement()));
        s.add(ClaimsSection.build(in.claims()));
        for (CounterexampleSection.Featured f : CounterexampleSection.FEATURED) {
            s.add(CounterexampleSection.build(in, f));
        }
        s.add(SweepSection.build(in.sweeps()));
        s.add(AuditSection.build(in));
        s.add(StatisticsSection.build(r, in.file("bench.json").isPresent()));
        s.add(RelatedWorkSection.build());
        s.add(ValiditySection.threats(r, tla));
        s.add(ValiditySection.reproduce(Versions.of(in.home())));
        // what the body summarises, in full; sections added after these come after them
        List<Section> appendix = new ArrayList<>();
        appendix.add(ModelSection.designs(r));
        appendix.add(MatrixSection.scenarios(r));
        appendix.add(ModelSection.listings(tla));
        ClaimsSection.appendix(in.claims()).ifPresent(appendix::add);
        AuditSection.appendix(in).ifPresent(appendix::add);
        AgreementSection.appendix(in.agreement()).ifPresent(appendix::add);
        SweepSection.appendix(in.sweeps()).ifPresent(appendix::add);
        appendix.add(StatisticsSection.appendix(r));
        return new Paper("Checking the page-pinning designs of \"Keep track of GUPed pages\" with a model checker",
                summary(r), s, appendix);
    }

    /** The abstract: what was checked and the headline findings, all from results.json. */
    private static String summary(Results r) {
        long safety = r.properties().stream().filter(p -> !p.isCondition()).count();
        StringBuilder b = new StringBuilder();
        b.append("In 2019 the linux-kernel thread \"Keep track of GUPed pages in fs and block\" discussed how to ")
                .append("tell pages pinned for DMA from pages with ordinary references, and how each release ")
                .append("site knows which it holds. pincheck states the proposed designs and the kernel's ")
                .append("eventual one as knobs of a TLA+ model of pages, iterators, bios and the kernel calls ")
                .append("between them, and checks ").append(r.scenarios().size()).append(" kernel I/O scenarios ")
                .append("under ").append(r.designs().size()).append(" designs against ").append(safety)
                .append(" properties and ").append(r.properties().size() - safety)
                .append(" reachable conditions, exhaustively, on scaled counter values.");
        // one sentence per design and property, naming every featured scenario that violates it
        java.util.Map<String, List<String>> featured = new java.util.LinkedHashMap<>();
        for (CounterexampleSection.Featured f : CounterexampleSection.FEATURED) {
            Optional<Results.Outcome> o = r.model(f.scenario(), f.design()).flatMap(m -> m.result(f.property()));
            o.filter(x -> x.verdict().equals("violated")).ifPresent(x -> featured.computeIfAbsent(
                    "`" + f.design() + "`\u0000`" + f.property() + "`", k -> new ArrayList<>())
                    .add("`" + f.scenario() + "` (" + (x.steps().isPresent() ? x.steps().getAsLong() : 0) + " calls)"));
        }
        featured.forEach((key, scenarios) -> {
            String[] dp = key.split("\u0000");
            b.append(" Under ").append(dp[0]).append(", ").append(dp[1]).append(" is violated in ")
                    .append(scenarios.size() == 1 ? "scenario " : "scenarios ")
                    .append(String.join(scenarios.size() == 2 ? " and " : ", ", scenarios)).append('.');
        });
        List<String> clean = MatrixSection.clean(r);
        b.append(clean.isEmpty() ? " Every design fails some property in some scenario."
                : " Designs with every property holding in every scenario: " + String.join(", ", clean) + ".");
        return b.toString();
    }
}
