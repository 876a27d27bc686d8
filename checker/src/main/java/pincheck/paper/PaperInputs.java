package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import pincheck.claims.ClaimsDocument;
import pincheck.report.AgreementDocument;
import pincheck.report.JsonFiles;
import pincheck.report.SuiteReport;
import pincheck.sweep.SweepDocument;

/**
 * What the paper is made from: the suite's folder (results.json, traces, and the files
 * other commands add when they have run) and the checkout (specs/, pom.xml).
 */
record PaperInputs(Path folder, Path home, Results results, Optional<ClaimsDocument> claims,
                   ImmutableList<SweepDocument> sweeps, Optional<AgreementDocument> agreement) {
    static final String CLAIMS = "claims.json";

    static PaperInputs read(Path folder, Path home) throws PaperException {
        Path res = folder.resolve(SuiteReport.RESULTS);
        if (!Files.isRegularFile(res)) {
            throw new PaperException(res + " not found; run ./pincheck suite first, or name its folder with --results");
        }
        Results results = Results.read(res.toString(), text(res));
        ImmutableList.Builder<SweepDocument> sweeps = ImmutableList.builder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("sweep-.*\\.json")).sorted().toList()) {
                sweeps.add(SweepDocument.read(text(p), p.toString()));
            }
            return new PaperInputs(folder, home, results, optional(folder.resolve(CLAIMS), ClaimsDocument::read),
                    sweeps.build(), optional(folder.resolve(AgreementSection.FILE), AgreementDocument::read));
        } catch (IOException e) {
            throw new PaperException(folder + ": cannot list (" + e.getMessage() + ")");
        } catch (JsonFiles.BadFile e) {
            throw new PaperException(e.getMessage());
        }
    }

    /** How a document is read from its text, naming its file in errors. */
    private interface Reader<T> {
        T read(String text, String where) throws JsonFiles.BadFile;
    }

    /** A document the folder has when its command ran. */
    private static <T> Optional<T> optional(Path p, Reader<T> reader) throws PaperException, JsonFiles.BadFile {
        return Files.isRegularFile(p) ? Optional.of(reader.read(text(p), p.toString())) : Optional.empty();
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
