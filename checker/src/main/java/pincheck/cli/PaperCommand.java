package pincheck.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pincheck.design.DesignException;
import pincheck.paper.BrowserCheck;
import pincheck.paper.Executables;
import pincheck.paper.PaperBuilder;
import pincheck.paper.PaperException;
import pincheck.paper.PdfBuild;
import pincheck.report.OutputFolder;

@Command(name = "paper", description = "Write the paper (HTML and LaTeX, PDF with pdflatex) from the suite's results.")
final class PaperCommand implements Callable<Integer> {
    static final String SCREENSHOT = "screenshot.png";
    /** What writes the paper's files in the folder's manifest. */
    static final String COMMAND = "paper";

    @Option(names = "--results", description = "the suite's folder (default: counterexamples/ of the checkout)")
    Path results;

    @Option(names = "--out", description = "output folder (default: paper/ of the checkout)")
    Path out;

    @Option(names = "--check", description = "load the HTML in headless Chromium: no console errors, every SVG"
            + " rendered; save " + SCREENSHOT)
    boolean check;

    @Override
    public Integer call() throws Exception {
        Path home;
        Map<String, String> files;
        Path target;
        OutputFolder folder;
        try {
            home = Inputs.home();
            files = PaperBuilder.files(results != null ? results : home.resolve("counterexamples"), home);
            folder = Inputs.outputFolder(out != null ? out : home.resolve("paper"), home, false);
            target = folder.root();
            folder.write(COMMAND, files);
            // the files Chromium and pdflatex write, recorded before they are
            for (String f : files.keySet().stream().filter(f -> f.endsWith(".svg")).toList()) {
                folder.claim(COMMAND, f.replaceFirst("\\.svg$", ".pdf"));
            }
            folder.claim(COMMAND, "pincheck.pdf");
            if (check) {
                folder.claim(COMMAND, SCREENSHOT);
            }
        } catch (DesignException | PaperException | OutputFolder.Refused e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        System.err.println("paper: wrote " + target.resolve(PaperBuilder.HTML) + " and " + target.resolve(PaperBuilder.TEX));
        Optional<Path> chromium = Executables.find("chromium");
        List<Path> figures = files.keySet().stream().filter(f -> f.endsWith(".svg")).sorted().map(target::resolve)
                .toList();
        if (chromium.isPresent() && !figures.isEmpty()) {
            int printed = BrowserCheck.printFigures(chromium.get(), figures, Duration.ofMinutes(2));
            System.err.println("paper: printed " + printed + " figures to PDF for the LaTeX build");
        } else if (!figures.isEmpty()) {
            System.err.println("paper: chromium not found: the PDF names its figures instead of showing them");
        }
        PdfBuild.Outcome pdf = PdfBuild.build(target.resolve(PaperBuilder.TEX), target.resolve("pincheck.pdf"),
                Duration.ofMinutes(5));
        System.err.println(pdf.built() ? "paper: " + pdf.message() : pdf.message());
        if (!check) {
            return 0;
        }
        if (chromium.isEmpty()) {
            System.err.println("pincheck: chromium not found on PATH; install it (apt-get install chromium) or drop --check");
            return Main.BAD_INPUT;
        }
        BrowserCheck.Report r = BrowserCheck.run(chromium.get(), target.resolve(PaperBuilder.HTML),
                target.resolve(SCREENSHOT), Duration.ofMinutes(2));
        System.err.println("chromium: " + r.describe() + "; screenshot " + target.resolve(SCREENSHOT));
        return r.ok() ? 0 : 1;
    }
}
