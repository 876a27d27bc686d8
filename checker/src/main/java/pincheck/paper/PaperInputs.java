package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import pincheck.report.SuiteReport;

/**
 * What the paper is made from: the suite's folder (results.json, traces, and the files
 * other commands add when they have run) and the checkout (specs/, pom.xml).
 */
record PaperInputs(Path folder, Path home, Results results, Optional<Doc> claims, ImmutableList<Doc> sweeps,
                   Optional<Doc> agreement) {
    static final String CLAIMS = "claims.json";

    static PaperInputs read(Path folder, Path home) throws PaperException {
        Path res = folder.resolve(SuiteReport.RESULTS);
        if (!Files.isRegularFile(res)) {
            throw new PaperException(res + " not found; run ./pincheck suite first, or name its folder with --results");
        }
        Results results = Results.read(res.toString(), text(res));
        Optional<Doc> claims = Optional.empty();
        Path c = folder.resolve(CLAIMS);
        if (Files.isRegularFile(c)) {
            claims = Optional.of(Doc.parse(c.toString(), text(c)));
        }
        Optional<Doc> agreement = Optional.empty();
        Path a = folder.resolve(AgreementSection.FILE);
        if (Files.isRegularFile(a)) {
            agreement = Optional.of(Doc.parse(a.toString(), text(a)));
        }
        ImmutableList.Builder<Doc> sweeps = ImmutableList.builder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("sweep-.*\\.json")).sorted().toList()) {
                sweeps.add(Doc.parse(p.toString(), text(p)));
            }
        } catch (IOException e) {
            throw new PaperException(folder + ": cannot list (" + e.getMessage() + ")");
        }
        return new PaperInputs(folder, home, results, claims, sweeps.build(), agreement);
    }

    /** A file of the suite's folder by its relative path, if it is there. */
    Optional<String> file(String relative) throws PaperException {
        Path p = folder.resolve(relative);
        return Files.isRegularFile(p) ? Optional.of(text(p)) : Optional.empty();
    }

    static String text(Path p) throws PaperException {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new PaperException(p + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
