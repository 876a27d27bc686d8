package pincheck.tla;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.Optional;

/** Where the hand-written semantics live: {@code specs/} of the pincheck checkout. */
public final class SpecFiles {
    public static final ImmutableList<String> TLA_MODULES = ImmutableList.of("PageRef.tla", "Pinning.tla");

    private SpecFiles() {}

    /**
     * The checkout root: the {@code pincheck.home} property (set by ./pincheck and
     * the tests), else the working directory or one of its parents holding specs/tla.
     */
    public static Optional<Path> home() {
        String prop = System.getProperty("pincheck.home");
        if (prop != null && Files.isDirectory(Path.of(prop, "specs", "tla"))) {
            return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("specs").resolve("tla"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Path tlaDir(Path home) { return home.resolve("specs").resolve("tla"); }

    /**
     * Lays out a run folder: the semantics modules, the glue and its cfg, and the
     * tmp folder TLC unpacks its standard modules into.
     */
    public static void writeModel(TlaModel model, Path specsDir, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        for (String spec : TLA_MODULES) {
            Files.copy(specsDir.resolve(spec), dir.resolve(spec), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(dir.resolve(TlaModel.MODULE_NAME + ".tla"), model.module(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(TlaModel.MODULE_NAME + ".cfg"), model.cfg(), StandardCharsets.UTF_8);
    }
}
