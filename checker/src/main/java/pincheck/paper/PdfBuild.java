package pincheck.paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import pincheck.report.OutputTree;
import pincheck.suite.WorkDirs;

/** pincheck.tex to pincheck.pdf with pdflatex, when the machine has it. */
public final class PdfBuild {
    private PdfBuild() {}

    /**
     * What happened: built (with the overfull boxes pdflatex reported, and the pages before the
     * appendix when it has one) or why not.
     */
    public record Outcome(boolean built, int overfull, String message, java.util.OptionalInt bodyPages) {
        Outcome(boolean built, int overfull, String message) {
            this(built, overfull, message, java.util.OptionalInt.empty());
        }
    }

    /** {@code \newlabel{appendix-start}{{A}{15}}} in the .aux: the appendix starts on page 15. */
    private static final java.util.regex.Pattern APPENDIX = java.util.regex.Pattern.compile(
            "\\\\newlabel\\{" + LatexWriter.APPENDIX_LABEL + "\\}\\{\\{[^}]*\\}\\{(\\d+)\\}");

    public static Outcome build(Path tex, Path pdf, Duration timeout) throws IOException, InterruptedException {
        Optional<Path> exe = Executables.find("pdflatex");
        if (exe.isEmpty()) {
            return new Outcome(false, 0, "pdflatex not found: skipped the PDF");
        }
        Path work = Files.createTempDirectory("pincheck-pdf-");
        try {
            Files.copy(tex, work.resolve("pincheck.tex"));
            // the figures Chromium printed, where it could; the .tex falls back to a line of text for the rest
            Path figures = tex.resolveSibling("figures");
            if (Files.isDirectory(figures)) {
                Files.createDirectories(work.resolve("figures"));
                try (java.util.stream.Stream<Path> pdfs = Files.list(figures)) {
                    for (Path f : pdfs.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                        Files.copy(f, work.resolve("figures").resolve(f.getFileName()));
                    }
                }
            }
            // Twice: longtable settles its column widths on the second run.
            for (int run = 0; run < 2; run++) {
                ProcessBuilder pb = new ProcessBuilder(exe.get().toString(), "-interaction=nonstopmode",
                        "-halt-on-error", "pincheck.tex").directory(work.toFile())
                        .redirectErrorStream(true).redirectOutput(work.resolve("run.out").toFile());
                // Fixed dates inside the PDF, so rebuilding it changes nothing when the text did not change.
                pb.environment().put("SOURCE_DATE_EPOCH", "0");
                pb.environment().put("FORCE_SOURCE_DATE", "1");
                Process p = pb.start();
                if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Outcome(false, 0, "pdflatex did not finish in " + timeout.toSeconds() + " s: no PDF");
                }
                if (p.exitValue() != 0) {
                    return new Outcome(false, 0, "pdflatex failed on " + tex + " (exit " + p.exitValue()
                            + "); see the log with: pdflatex " + tex);
                }
            }
            List<String> log = Files.readAllLines(work.resolve("pincheck.log"), java.nio.charset.StandardCharsets.ISO_8859_1);
            int overfull = (int) log.stream().filter(l -> l.startsWith("Overfull \\hbox")).count();
            OutputTree.writeFile(pdf, Files.readAllBytes(work.resolve("pincheck.pdf")));
            java.util.regex.Matcher m = APPENDIX.matcher(Files.readString(work.resolve("pincheck.aux"),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            java.util.OptionalInt body = m.find() ? java.util.OptionalInt.of(Integer.parseInt(m.group(1)) - 1)
                    : java.util.OptionalInt.empty();
            return new Outcome(true, overfull, "wrote " + pdf + (overfull == 0 ? "" : " (" + overfull
                    + " overfull lines reported by pdflatex)") + (body.isPresent() ? "; " + body.getAsInt()
                    + " pages before the appendix" : ""), body);
        } finally {
            WorkDirs.delete(work);
        }
    }
}
